package nl.bmo.site.model;

import java.util.Objects;

/**
 * What a translated page was translated from, as its front matter records it: {@code translation: {from: nl, source:
 * 1a2b3c4d5e6f}}.
 *
 * @param from the language code of the page it was translated from
 * @param source the {@link TranslatableText#hash} of that page's text when the translation was last brought up to date
 */
public record Translation(String from, String source) {
    public Translation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(source, "source");
    }

    /** The front matter line that records it. */
    public String yamlLine() {
        return "translation: {from: " + from + ", source: " + source + "}";
    }
}
