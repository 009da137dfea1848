package nl.bmo.site.model;

import nl.bmo.site.SourcePosition;

/**
 * A link in Markdown to another source file of the site, as the editor wrote it.
 *
 * @param target the target's path relative to the site root ({@code content/nl/brief.md}), or the page's own path for a
 *     link to an anchor in the same page
 * @param fragment the anchor without {@code #}, or empty
 * @param where the place of the link in the source
 */
public record ContentLink(String target, String fragment, SourcePosition where) {}
