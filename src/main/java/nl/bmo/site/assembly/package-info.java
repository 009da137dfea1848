/** Stage 4: gives every page its URL and layout, links translations, and checks that URLs are unique and safe. */
package nl.bmo.site.site;
