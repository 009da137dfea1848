package nl.bmo.site.markdown;

import java.util.Optional;

/** What the markdown stage needs to know about the rest of the site to resolve links. */
public interface LinkTargets {
    /** The site path of the page built from a source file ({@code content/nl/brief.md} → {@code brief/}). */
    Optional<String> pagePath(String sourcePath);

    /** Whether the site has a static file at this path below {@code static/} ({@code img/logo.png}). */
    boolean hasStaticFile(String path);
}
