package nl.bmo.site;

import java.util.Objects;

/**
 * A place in a source file: the path relative to the site root, with {@code /} separators, and a 1-based line and
 * column. Line or column 0 means "unknown".
 */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {
    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) throw new IllegalArgumentException("negative line or column");
    }

    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    public static SourcePosition of(String file, int line, int column) {
        return new SourcePosition(file, line, column);
    }

    /** {@code file:line:column}, leaving out what is unknown, as compilers and IDEs print it. */
    @Override
    public String toString() {
        if (line == 0) return file;
        if (column == 0) return file + ":" + line;
        return file + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(SourcePosition o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
