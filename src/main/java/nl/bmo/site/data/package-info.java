/**
 * Stage: reads the site's data files ({@code data/*.yaml}) strictly, and checks the demand tracker
 * ({@code data/tracker.yaml}) against the asks of the rendered pages.
 */
package nl.bmo.site.data;
