package nl.bmo.site.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.bmo.site.internal.Digests;

/**
 * The text of a page that a translator must look at: title, summary, description, the text values under {@code extra}
 * and the body; not dates, weights, slugs, layouts or other settings. Whitespace that does not change the text
 * (trailing spaces, line endings, runs of blank lines) is normalised away, so the {@link #hash} changes only when the
 * text does.
 */
public final class TranslatableText {
    /** Hex digits of the hash written to front matter. */
    public static final int HASH_LENGTH = 12;

    private TranslatableText() {}

    /** The text as lines: {@code title: …}, {@code summary: …}, …, a blank line, then the body. */
    public static String of(FrontMatter meta, String body) {
        StringBuilder sb = new StringBuilder();
        sb.append("title: ").append(oneLine(meta.title())).append('\n');
        meta.summary().ifPresent(s -> sb.append("summary: ").append(oneLine(s)).append('\n'));
        meta.description()
                .ifPresent(s -> sb.append("description: ").append(oneLine(s)).append('\n'));
        Map<String, String> extra = new TreeMap<>();
        texts("extra", meta.extra(), extra);
        extra.forEach((k, v) -> sb.append(k).append(": ").append(oneLine(v)).append('\n'));
        String text = normaliseBody(body);
        if (!text.isEmpty()) sb.append('\n').append(text).append('\n');
        return sb.toString();
    }

    /** The text of a page. */
    public static String of(ContentFile file) {
        return of(file.meta(), file.source().body());
    }

    /** The first {@value #HASH_LENGTH} hex digits of the SHA-256 of {@link #of}. */
    public static String hash(FrontMatter meta, String body) {
        return hashOf(of(meta, body));
    }

    public static String hash(ContentFile file) {
        return hash(file.meta(), file.source().body());
    }

    public static String hash(Page page) {
        return hash(page.meta(), page.source().body());
    }

    static String hashOf(String text) {
        return Digests.sha256Hex(text).substring(0, HASH_LENGTH);
    }

    private static void texts(String prefix, Object value, Map<String, String> out) {
        if (value instanceof String s) {
            if (!s.isBlank()) out.put(prefix, s);
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> texts(prefix + "." + k, v, out));
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) texts(prefix + "." + i, l.get(i), out);
        }
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** Line endings as {@code \n}, no trailing spaces, at most one blank line in a row, none at either end. */
    static String normaliseBody(String body) {
        List<String> lines = new ArrayList<>();
        boolean blank = false;
        for (String line : body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String l = line.stripTrailing();
            if (l.isEmpty()) {
                blank = !lines.isEmpty();
                continue;
            }
            if (blank) lines.add("");
            blank = false;
            lines.add(l);
        }
        return String.join("\n", lines);
    }
}
