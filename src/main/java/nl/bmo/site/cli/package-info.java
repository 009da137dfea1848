/** The command line (picocli): the only package that prints or exits. */
package nl.bmo.site.cli;
