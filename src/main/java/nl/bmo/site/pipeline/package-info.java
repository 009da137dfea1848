/** Runs the stages in order: the one package that knows all of them. */
package nl.bmo.site.pipeline;
