package nl.bmo.site.model;

import java.util.Optional;
import nl.bmo.site.internal.SitePaths;

/**
 * A site path: the URL of a page or file relative to the site root, with no leading slash. {@code ""} is the home,
 * {@code en/demands/} a page (a folder with an {@code index.html}), {@code css/main.1a2b3c4d.css} a file. Always
 * normal: no empty, {@code .} or {@code ..} parts, no backslash. Not an output path ({@link #outputFile()}) and not a
 * source path ({@code content/nl/eisen/x.md}); templates see it as its plain string ({@link #toString()}).
 *
 * @param value the plain path, such as {@code en/demands/}
 */
public record SitePath(String value) implements Comparable<SitePath> {
    /** The site's root: the home of the default language, or the language chooser. */
    public static final SitePath HOME = new SitePath("");

    public SitePath {
        if (!valid(value)) throw new IllegalArgumentException("not a site path: " + value);
    }

    /**
     * The site path {@code path}, which must already be normal ({@code eisen/x/}, not {@code /eisen/x} or
     * {@code a/../b}).
     */
    public static SitePath of(String path) {
        return new SitePath(path);
    }

    /**
     * The site path a root-relative URL names, the way hosts serve it: {@code /eisen/1} and {@code /eisen/1/index.html}
     * are {@code eisen/1/}; a file such as {@code /oud.html} or {@code /sitemap.xml} stays a file. Empty when the URL
     * is not a normal path ({@code /a//b}, {@code /../x}).
     */
    public static Optional<SitePath> fromUrlPath(String url) {
        String p = url.strip();
        if (p.startsWith("/")) p = p.substring(1);
        if (p.endsWith("index.html")) p = p.substring(0, p.length() - "index.html".length());
        if (!p.isEmpty() && !p.endsWith("/") && !p.endsWith(".html") && !p.endsWith(".xml")) p += "/";
        return valid(p) ? Optional.of(new SitePath(p)) : Optional.empty();
    }

    /** The home (empty), or a normal path ({@link SitePaths#isNormal}) with or without a trailing slash. */
    private static boolean valid(String p) {
        if (p == null) return false;
        if (p.isEmpty()) return true;
        return SitePaths.isNormal(p.endsWith("/") ? p.substring(0, p.length() - 1) : p);
    }

    /** Whether this is the site's root. */
    public boolean isHome() {
        return value.isEmpty();
    }

    /** Whether this names a page (a folder served by its {@code index.html}) rather than a file. */
    public boolean isPage() {
        return value.isEmpty() || value.endsWith("/");
    }

    /** The output file, relative to the output folder: {@code eisen/x/} is {@code eisen/x/index.html}. */
    public OutputPath outputFile() {
        return OutputPath.of(SitePaths.outputFile(value));
    }

    /** The folder this lives in: the path itself for a page, the parent for a file. */
    public SitePath folder() {
        return new SitePath(SitePaths.folderOf(value));
    }

    /** A file in this page's folder: {@code eisen/}'s {@code atom.xml} is {@code eisen/atom.xml}. */
    public SitePath file(String name) {
        if (!isPage()) throw new IllegalArgumentException("not a page: " + value);
        return new SitePath(value + name);
    }

    /**
     * The relative URL from this page or file to {@code target}, so that links work under any sub-path: from
     * {@code eisen/x/} to {@code en/demands/y/} is {@code ../../en/demands/y/}. A link to the same page is {@code ./}.
     */
    public String linkTo(SitePath target) {
        return SitePaths.relative(value, target.value);
    }

    /** The root-relative URL path: {@code /eisen/x/}. */
    public String urlPath() {
        return "/" + value;
    }

    @Override
    public int compareTo(SitePath o) {
        return value.compareTo(o.value);
    }

    /** The plain path, as templates and messages show it. */
    @Override
    public String toString() {
        return value;
    }
}
