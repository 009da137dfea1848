/** Reads YAML (front matter, site.yaml, interface strings) strictly, and turns Jackson's errors into problems. */
package nl.bmo.site.yaml;
