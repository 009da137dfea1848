package nl.bmo.site.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One page of the site.
 *
 * @param source the Markdown file it comes from
 * @param meta its front matter
 * @param path its site path: {@code en/demands/civic-space/} ({@code ""} for the default language's home)
 * @param kind home, section or single page
 * @param section the first folder below the language folder ({@code eisen}), {@code ""} for top-level pages
 * @param layout the layout that renders it
 * @param content the rendered Markdown; {@link #NOT_RENDERED} until the markdown stage has run
 */
public record Page(
        SourceFile source,
        FrontMatter meta,
        SitePath path,
        Kind kind,
        String section,
        String layout,
        RenderedMarkdown content) {

    public static final RenderedMarkdown NOT_RENDERED =
            new RenderedMarkdown("", List.of(), Set.of(), List.of(), List.of(), List.of());

    public enum Kind {
        HOME,
        SECTION,
        PAGE
    }

    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(content, "content");
    }

    public String lang() {
        return source.lang();
    }

    /** The key that links translations: {@code translationKey}, else the path below the language folder. */
    public String translationKey() {
        return meta.translationKey().orElse(source.langPath());
    }

    public Page withContent(RenderedMarkdown rendered) {
        return new Page(source, meta, path, kind, section, layout, rendered);
    }

    public OutputPath outputFile() {
        return path.outputFile();
    }
}
