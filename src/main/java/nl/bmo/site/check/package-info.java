/**
 * Checks a built site without writing it: links and anchors in every rendered page (templates included), alt text,
 * empty links, heading levels, hreflang symmetry, interface-string parity, and the list of published URLs.
 */
package nl.bmo.site.check;
