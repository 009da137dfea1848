/**
 * The preview ({@code serve}): keeps the build warm, watches the site's files, rebuilds what an edit affects, serves
 * the site from memory on this computer and tells the browser to reload.
 */
package nl.bmo.site.serve;
