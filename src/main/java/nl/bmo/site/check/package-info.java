/**
 * Checks a built site without writing it: links and anchors in every rendered page (templates included), alt text,
 * empty links, heading levels, hreflang symmetry, interface-string parity, the list of published URLs, and the site's
 * own content rules ({@code content/rules.yaml}).
 */
package nl.bmo.site.check;
