package nl.bmo.site.markdown;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.bmo.site.model.SitePath;

/** What the markdown stage needs to know about the rest of the site to resolve links. */
public interface LinkTargets {
    /** The site path of the page built from a source file ({@code content/nl/brief.md} → {@code brief/}). */
    Optional<SitePath> pagePath(String sourcePath);

    /** Whether the site has a static file at this path below {@code static/} ({@code img/logo.png}). */
    boolean hasStaticFile(String path);

    /**
     * The source file of the page at a site path ({@code brief/}), or of the page that an alias at that path redirects
     * to; for links written as site paths.
     */
    default Optional<String> pageAt(SitePath sitePath) {
        return Optional.empty();
    }

    /** The site paths of all pages, to suggest the nearest one for a site path that leads nowhere. */
    default Collection<SitePath> pagePaths() {
        return List.of();
    }

    /** The path of the base URL ({@code /}, {@code /campaign/}); a site path may start with it. */
    default String basePath() {
        return "/";
    }

    /**
     * The base URL the site is published at ({@code https://example.org/campaign/}); a link written as the site's own
     * full address is an internal link. Empty when unknown.
     */
    default String baseUrl() {
        return "";
    }
}
