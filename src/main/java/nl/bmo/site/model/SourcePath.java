package nl.bmo.site.model;

import java.util.Optional;
import nl.bmo.site.internal.SitePaths;

/**
 * A source path: a file of the site's sources relative to the site root, with {@code /} and no leading slash, such as
 * {@code content/nl/eisen/middenveld.md}. Always normal: no empty, {@code .} or {@code ..} parts, no backslash. Not a
 * site path ({@link SitePath}) and not an output path ({@link OutputPath}); messages show it as its plain string
 * ({@link #toString()}).
 *
 * @param value the plain path, such as {@code content/nl/eisen/middenveld.md}
 */
public record SourcePath(String value) implements Comparable<SourcePath> {
    public SourcePath {
        if (!valid(value)) throw new IllegalArgumentException("not a source path: " + value);
    }

    /** The source path {@code path}, which must already be normal ({@code content/nl/x.md}, not {@code /x.md}). */
    public static SourcePath of(String path) {
        return new SourcePath(path);
    }

    /** The source path {@code path}, or empty when it is not a normal path (as a link in Markdown may be). */
    public static Optional<SourcePath> parse(String path) {
        return valid(path) ? Optional.of(new SourcePath(path)) : Optional.empty();
    }

    private static boolean valid(String p) {
        return SitePaths.isNormal(p);
    }

    /** The last part: {@code middenveld.md} for {@code content/nl/eisen/middenveld.md}. */
    public String fileName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    @Override
    public int compareTo(SourcePath o) {
        return value.compareTo(o.value);
    }

    /** The plain path, as messages show it. */
    @Override
    public String toString() {
        return value;
    }
}
