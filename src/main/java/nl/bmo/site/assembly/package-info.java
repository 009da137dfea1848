/**
 * Stage 4, site assembly: puts the parsed content files together into the {@code SiteModel}. Gives every page its URL
 * and layout, links translations, plans alias redirects, and checks that URLs are unique and safe.
 */
package nl.bmo.site.assembly;
