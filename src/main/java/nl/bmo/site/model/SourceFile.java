package nl.bmo.site.model;

import java.util.Objects;

/**
 * One Markdown file as read from disk, split into front matter and body.
 *
 * @param path the path relative to the site root, with {@code /}: {@code content/nl/eisen/middenveld.md}
 * @param lang the language code (the folder under {@code content/})
 * @param langPath the path below the language folder: {@code eisen/middenveld.md}
 * @param frontMatter the YAML between the {@code ---} lines
 * @param frontMatterLine the file line of the first front matter line
 * @param body the Markdown after the front matter
 * @param bodyLine the file line of the body's first line
 */
public record SourceFile(
        SourcePath path,
        String lang,
        String langPath,
        String frontMatter,
        int frontMatterLine,
        String body,
        int bodyLine) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(langPath, "langPath");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
    }

    public nl.bmo.site.SourcePosition position(int line, int column) {
        return nl.bmo.site.SourcePosition.of(path.value(), line, column);
    }

    /**
     * The position of the front matter line that sets {@code field} ({@code layout: …}), or the file's first line when
     * the field is not written.
     */
    public nl.bmo.site.SourcePosition fieldPosition(String field) {
        String[] lines = frontMatter.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(field + ":")) return position(frontMatterLine + i, 1);
        }
        return position(1, 1);
    }

    /**
     * Where {@code value} is written as (part of) the value of {@code field}: on the field's line, as in
     * {@code aliases: [/a/, /b/]}, or on the indented lines below it, as in a list of {@code - /b/} lines. The field's
     * position when the value is not found as written.
     */
    public nl.bmo.site.SourcePosition valuePosition(String field, String value) {
        String[] lines = frontMatter.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith(field + ":")) continue;
            for (int j = i; j < lines.length && (j == i || isContinuation(lines[j])); j++) {
                int from = j == i ? field.length() + 1 : 0;
                int at = value.isEmpty() ? -1 : lines[j].indexOf(value, from);
                if (at >= 0) return position(frontMatterLine + j, at + 1);
            }
            return position(frontMatterLine + i, 1);
        }
        return position(1, 1);
    }

    private static boolean isContinuation(String line) {
        return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '-');
    }

    /** The position of a body line (0-based within the body). */
    public nl.bmo.site.SourcePosition bodyPosition(int bodyLineIndex, int column) {
        return position(bodyLine + bodyLineIndex, column);
    }

    /** The file name without {@code .md}. */
    public String baseName() {
        String name = langPath.substring(langPath.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** True for a section's own page, {@code _index.md}. */
    public boolean isIndex() {
        return baseName().equals("_index");
    }

    /** The folder below the language folder: {@code eisen} for {@code eisen/x.md}, {@code ""} at the top. */
    public String folder() {
        int slash = langPath.lastIndexOf('/');
        return slash < 0 ? "" : langPath.substring(0, slash);
    }
}
