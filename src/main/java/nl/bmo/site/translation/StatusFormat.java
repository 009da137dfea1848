package nl.bmo.site.translation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.bmo.site.Messages;
import nl.bmo.site.internal.Json;
import nl.bmo.site.model.Language;

/**
 * The translation status as text for a terminal, JSON for tools, or Markdown for a pull request. Text and Markdown are
 * in the language of the {@link Messages} given; JSON has English ids and notes, so that tools can rely on them.
 */
public final class StatusFormat {
    private StatusFormat() {}

    /** {@code 10 up to date, 1 behind, 1 missing}: the states that occur, besides originals. */
    public static String summary(StatusReport r, Messages m) {
        Map<State, Integer> counts = r.counts();
        List<String> parts = new ArrayList<>();
        for (State s : State.values()) {
            if (s != State.ORIGINAL && counts.get(s) > 0) parts.add(m.count(countKey(s), counts.get(s)));
        }
        return m.text(
                "status.summary",
                m.count("common.count.page", r.rows().size()),
                codes(r),
                parts.isEmpty() ? m.text("status.summary.none") : String.join(", ", parts));
    }

    private static String countKey(State s) {
        return switch (s) {
            case ORIGINAL -> throw new IllegalArgumentException("originals are not counted in the summary");
            case UP_TO_DATE -> "status.count.upToDate";
            case BEHIND -> "status.count.behind";
            case UNRECORDED -> "status.count.notRecorded";
            case MISSING -> "status.count.missing";
        };
    }

    private static String codes(StatusReport r) {
        return r.languages().stream().map(Language::code).collect(Collectors.joining(", "));
    }

    /** A table with one row per key and a column per language, then what to do for each page that needs work. */
    public static String text(StatusReport r, Messages m) {
        String keyHeading = m.text("status.text.key");
        int keyWidth = Math.max(
                keyHeading.length(),
                r.rows().stream().mapToInt(row -> row.key().length()).max().orElse(0));
        int cellWidth = Math.max(
                12,
                Arrays.stream(State.values())
                        .mapToInt(s -> s.label(m).length())
                        .max()
                        .orElse(0));
        StringBuilder sb = new StringBuilder();
        sb.append(m.text("status.text.heading", summary(r, m))).append("\n\n");
        sb.append(pad(keyHeading, keyWidth));
        for (Language l : r.languages()) sb.append("  ").append(pad(l.code(), cellWidth));
        sb.setLength(sb.length() - trailingSpaces(sb));
        sb.append('\n');
        for (Row row : r.rows()) {
            sb.append(pad(row.key(), keyWidth));
            for (Cell c : row.cells()) sb.append("  ").append(pad(c.state().label(m), cellWidth));
            sb.setLength(sb.length() - trailingSpaces(sb));
            sb.append('\n');
        }
        List<Cell> todo = r.todo();
        if (!todo.isEmpty()) sb.append('\n');
        for (Cell c : todo) {
            switch (c.state()) {
                case MISSING -> {
                    line(sb, "", m.text("status.todo.missing", c.file(), c.source()));
                    line(sb, "  → ", m.text("status.todo.missing.hint", c.file(), c.source()));
                }
                case UNRECORDED -> {
                    line(
                            sb,
                            "",
                            c.note().isEmpty()
                                    ? m.text("status.todo.notRecorded", c.file())
                                    : m.text(
                                            "status.todo.notRecordedNote",
                                            c.file(),
                                            c.note().get()));
                    line(
                            sb,
                            "  → ",
                            c.source().isEmpty()
                                    ? m.text("status.todo.notRecorded.hintNoSource", c.file())
                                    : m.text("status.todo.notRecorded.hint", c.file(), c.source()));
                }
                case BEHIND -> {
                    line(sb, "", m.text("status.todo.behind", c.file(), c.source()));
                    line(sb, "  → ", m.text("status.todo.behind.hint", c.file(), c.source()));
                    c.diff()
                            .ifPresentOrElse(
                                    d -> line(sb, "  ", m.text("status.todo.behind.changes", c.source()))
                                            .append(indent(d, "    "))
                                            .append('\n'),
                                    () -> line(
                                            sb,
                                            "  ",
                                            m.text("status.todo.behind.noHistory", c.source(), c.recorded())));
                }
                default -> {}
            }
        }
        return sb.toString();
    }

    private static StringBuilder line(StringBuilder sb, String prefix, String text) {
        return sb.append(prefix).append(text).append('\n');
    }

    /** A JSON object: {@code languages}, {@code summary} (counts by state) and {@code translations} (one per key). */
    public static String json(StatusReport r) {
        StringBuilder sb = new StringBuilder("{\n  \"languages\": [");
        sb.append(r.languages().stream().map(l -> Json.string(l.code())).collect(Collectors.joining(", ")))
                .append("],\n");
        sb.append("  \"summary\": {");
        sb.append(r.counts().entrySet().stream()
                .map(e -> Json.string(e.getKey().id()) + ": " + e.getValue())
                .collect(Collectors.joining(", ")));
        sb.append("},\n  \"needsWork\": ").append(r.needsWork()).append(",\n  \"translations\": [");
        for (int i = 0; i < r.rows().size(); i++) {
            Row row = r.rows().get(i);
            sb.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"key\": ")
                    .append(Json.string(row.key()))
                    .append(", \"languages\": {");
            for (int j = 0; j < row.cells().size(); j++) {
                Cell c = row.cells().get(j);
                sb.append(j == 0 ? "\n" : ",\n")
                        .append("      ")
                        .append(Json.string(c.lang()))
                        .append(": {\"state\": ")
                        .append(Json.string(c.state().id()))
                        .append(", \"file\": ")
                        .append(Json.string(c.file()));
                if (!c.source().isEmpty()) sb.append(", \"source\": ").append(Json.string(c.source()));
                if (!c.recorded().isEmpty()) sb.append(", \"recorded\": ").append(Json.string(c.recorded()));
                if (!c.current().isEmpty()) sb.append(", \"current\": ").append(Json.string(c.current()));
                if (c.diff().isPresent())
                    sb.append(", \"diff\": ").append(Json.string(c.diff().get()));
                if (c.note().isPresent())
                    sb.append(", \"note\": ")
                            .append(Json.string(Messages.ENGLISH.format(c.note().get())));
                sb.append('}');
            }
            sb.append("\n    }}");
        }
        sb.append(r.rows().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return sb.toString();
    }

    /** Markdown for a pull request or a job summary: a table, then the pages that need work with what changed. */
    public static String markdown(StatusReport r, Messages m) {
        StringBuilder sb = new StringBuilder("### ")
                .append(m.text("status.title"))
                .append("\n\n")
                .append(r.needsWork() ? "⚠️ " : "✅ ")
                .append(summary(r, m))
                .append("\n\n");
        sb.append("| ").append(m.text("status.markdown.page")).append(" |");
        for (Language l : r.languages())
            sb.append(' ').append(cellText(l.name() + " (" + l.code() + ")")).append(" |");
        sb.append("\n|---|").append("---|".repeat(r.languages().size())).append('\n');
        for (Row row : r.rows()) {
            sb.append("| `").append(cellText(row.key())).append("` |");
            for (Cell c : row.cells())
                sb.append(' ')
                        .append(icon(c.state()))
                        .append(' ')
                        .append(lowerLabel(c.state(), m))
                        .append(" |");
            sb.append('\n');
        }
        List<Cell> todo = r.todo();
        if (!todo.isEmpty())
            sb.append("\n#### ").append(m.text("status.markdown.todo")).append("\n\n");
        for (Cell c : todo) {
            sb.append("- ")
                    .append(icon(c.state()))
                    .append(" **")
                    .append(lowerLabel(c.state(), m))
                    .append("**: `")
                    .append(cellText(c.file()))
                    .append('`');
            if (!c.source().isEmpty()) sb.append(' ').append(m.text("status.markdown.from", cellText(c.source())));
            sb.append(' ')
                    .append(
                            c.state() == State.MISSING
                                    ? m.text("status.markdown.missing", c.file())
                                    : m.text("status.markdown.update", c.file()))
                    .append('\n');
            c.diff()
                    .ifPresent(d -> sb.append("  <details><summary>")
                            .append(m.text("status.changes"))
                            .append("</summary>\n\n  ```diff\n")
                            .append(indent(d.replace("```", "'''"), "  "))
                            .append("\n  ```\n  </details>\n"));
        }
        return sb.toString();
    }

    private static String lowerLabel(State s, Messages m) {
        return s.label(m).toLowerCase(Locale.ROOT);
    }

    private static String icon(State s) {
        return switch (s) {
            case ORIGINAL -> "📝";
            case UP_TO_DATE -> "✅";
            case BEHIND -> "⚠️";
            case UNRECORDED -> "❔";
            case MISSING -> "❌";
        };
    }

    private static String cellText(String s) {
        return s.replace("|", "\\|").replace("`", "'").replace("\n", " ");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static int trailingSpaces(StringBuilder sb) {
        int n = 0;
        while (n < sb.length() && sb.charAt(sb.length() - 1 - n) == ' ') n++;
        return n;
    }

    private static String indent(String text, String prefix) {
        return text.lines().map(l -> l.isEmpty() ? "" : prefix + l).collect(Collectors.joining("\n"));
    }
}
