package nl.bmo.site.model;

/** A heading in a page's content: level 1–6, its anchor id and its text. */
public record Heading(int level, String id, String text) {}
