/** The values that flow between the stages: immutable records, JDK only. */
package nl.bmo.site.model;
