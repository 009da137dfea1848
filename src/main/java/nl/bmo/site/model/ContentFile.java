package nl.bmo.site.model;

import java.util.Objects;

/** A Markdown source with its parsed front matter. */
public record ContentFile(SourceFile source, FrontMatter meta) {
    public ContentFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(meta, "meta");
    }
}
