package nl.bmo.site.model;

import java.util.Optional;
import nl.bmo.site.internal.SitePaths;

/**
 * An output path: a file of the built site relative to the output folder, with {@code /}, such as
 * {@code eisen/x/index.html}, {@code sitemap.xml} or {@code css/main.3f2a.css}. Always normal: not empty, no leading
 * {@code /}, no empty, {@code .} or {@code ..} parts, no backslash or NUL. Not a site path ({@link SitePath}, the URL a
 * page is served at) and not a source path. Ordered by its string, so sorted maps keep the order of plain paths.
 *
 * @param value the plain path, such as {@code eisen/x/index.html}
 */
public record OutputPath(String value) implements Comparable<OutputPath> {
    public OutputPath {
        if (!valid(value)) throw new IllegalArgumentException("not a relative output path: " + value);
    }

    /** The output path {@code path}, which must already be normal ({@code eisen/x/index.html}, not {@code /x}). */
    public static OutputPath of(String path) {
        return new OutputPath(path);
    }

    /** The output path {@code path} if it is normal, else empty: for paths read from input, such as links. */
    public static Optional<OutputPath> parse(String path) {
        return valid(path) ? Optional.of(new OutputPath(path)) : Optional.empty();
    }

    private static boolean valid(String p) {
        return SitePaths.isNormal(p);
    }

    /** The file name: the part after the last {@code /}. */
    public String fileName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    /** Whether the file name ends with {@code suffix}, such as {@code .html}. */
    public boolean endsWith(String suffix) {
        return value.endsWith(suffix);
    }

    @Override
    public int compareTo(OutputPath o) {
        return value.compareTo(o.value);
    }

    /** The plain path, as messages and the output folder show it. */
    @Override
    public String toString() {
        return value;
    }
}
