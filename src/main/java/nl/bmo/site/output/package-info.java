/**
 * Stage 7: the files besides pages that no template writes (static assets with fingerprints, share images, the
 * tracker's data) and writing the site into a staging folder that replaces the destination only when everything
 * succeeded.
 */
package nl.bmo.site.output;
