/** The BMO site generator: shared error types; each sub-package is one stage of the build pipeline. */
package nl.bmo.site;
