/**
 * Stage 7: the files besides pages (static assets with fingerprints, sitemap, robots.txt, feeds, redirects) and
 * writing the site into a staging folder that replaces the destination only when everything succeeded.
 */
package nl.bmo.site.output;
