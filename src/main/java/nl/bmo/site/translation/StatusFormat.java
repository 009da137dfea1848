package nl.bmo.site.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.bmo.site.model.Language;

/** The translation status as text for a terminal, JSON for tools, or Markdown for a pull request. */
public final class StatusFormat {
    private StatusFormat() {}

    /** {@code 10 up to date, 1 behind, 1 missing}: the states that occur, besides originals. */
    public static String summary(StatusReport r) {
        Map<State, Integer> counts = r.counts();
        List<String> parts = new ArrayList<>();
        for (State s : State.values()) {
            if (s != State.ORIGINAL && counts.get(s) > 0)
                parts.add(counts.get(s) + " " + s.label().toLowerCase(Locale.ROOT));
        }
        int keys = r.rows().size();
        return keys + (keys == 1 ? " page" : " pages") + " in " + codes(r) + ": "
                + (parts.isEmpty() ? "no translations" : String.join(", ", parts)) + ".";
    }

    private static String codes(StatusReport r) {
        return r.languages().stream().map(Language::code).collect(Collectors.joining(", "));
    }

    /** A table with one row per key and a column per language, then what to do for each page that needs work. */
    public static String text(StatusReport r) {
        int keyWidth = Math.max(
                3, r.rows().stream().mapToInt(row -> row.key().length()).max().orElse(0));
        int cellWidth = 12;
        StringBuilder sb = new StringBuilder();
        sb.append("Translations: ").append(summary(r)).append("\n\n");
        sb.append(pad("key", keyWidth));
        for (Language l : r.languages()) sb.append("  ").append(pad(l.code(), cellWidth));
        sb.setLength(sb.length() - trailingSpaces(sb));
        sb.append('\n');
        for (Row row : r.rows()) {
            sb.append(pad(row.key(), keyWidth));
            for (Cell c : row.cells()) sb.append("  ").append(pad(c.state().label(), cellWidth));
            sb.setLength(sb.length() - trailingSpaces(sb));
            sb.append('\n');
        }
        List<Cell> todo = r.todo();
        if (!todo.isEmpty()) sb.append('\n');
        for (Cell c : todo) {
            switch (c.state()) {
                case MISSING ->
                    sb.append("missing: ")
                            .append(c.file())
                            .append(" (translation of ")
                            .append(c.source())
                            .append(")\n")
                            .append("  → Create it with the same translationKey; when it is translated, run: "
                                    + "translated ")
                            .append(c.file())
                            .append('\n');
                case UNRECORDED ->
                    sb.append("not recorded: ")
                            .append(c.file())
                            .append(c.note().isEmpty() ? "" : " (" + c.note() + ")")
                            .append('\n')
                            .append("  → When it says what ")
                            .append(c.source().isEmpty() ? "its original" : c.source())
                            .append(" says, run: translated ")
                            .append(c.file())
                            .append('\n');
                case BEHIND -> {
                    sb.append("behind: ")
                            .append(c.file())
                            .append(" (")
                            .append(c.source())
                            .append(" changed since it was translated)\n")
                            .append("  → Update the translation, then run: translated ")
                            .append(c.file())
                            .append('\n');
                    c.diff()
                            .ifPresentOrElse(
                                    d -> sb.append("  What changed in ")
                                            .append(c.source())
                                            .append(":\n")
                                            .append(indent(d, "    "))
                                            .append('\n'),
                                    () -> sb.append("  (git has no version of ")
                                            .append(c.source())
                                            .append(" with source ")
                                            .append(c.recorded())
                                            .append(", so what changed cannot be shown)\n"));
                }
                default -> {}
            }
        }
        return sb.toString();
    }

    /** A JSON object: {@code languages}, {@code summary} (counts by state) and {@code translations} (one per key). */
    public static String json(StatusReport r) {
        StringBuilder sb = new StringBuilder("{\n  \"languages\": [");
        sb.append(r.languages().stream().map(l -> quote(l.code())).collect(Collectors.joining(", ")))
                .append("],\n");
        sb.append("  \"summary\": {");
        sb.append(r.counts().entrySet().stream()
                .map(e -> quote(e.getKey().id()) + ": " + e.getValue())
                .collect(Collectors.joining(", ")));
        sb.append("},\n  \"needsWork\": ").append(r.needsWork()).append(",\n  \"translations\": [");
        for (int i = 0; i < r.rows().size(); i++) {
            Row row = r.rows().get(i);
            sb.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"key\": ")
                    .append(quote(row.key()))
                    .append(", \"languages\": {");
            for (int j = 0; j < row.cells().size(); j++) {
                Cell c = row.cells().get(j);
                sb.append(j == 0 ? "\n" : ",\n")
                        .append("      ")
                        .append(quote(c.lang()))
                        .append(": {\"state\": ")
                        .append(quote(c.state().id()))
                        .append(", \"file\": ")
                        .append(quote(c.file()));
                if (!c.source().isEmpty()) sb.append(", \"source\": ").append(quote(c.source()));
                if (!c.recorded().isEmpty()) sb.append(", \"recorded\": ").append(quote(c.recorded()));
                if (!c.current().isEmpty()) sb.append(", \"current\": ").append(quote(c.current()));
                if (c.diff().isPresent())
                    sb.append(", \"diff\": ").append(quote(c.diff().get()));
                if (!c.note().isEmpty()) sb.append(", \"note\": ").append(quote(c.note()));
                sb.append('}');
            }
            sb.append("\n    }}");
        }
        sb.append(r.rows().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return sb.toString();
    }

    /** Markdown for a pull request or a job summary: a table, then the pages that need work with what changed. */
    public static String markdown(StatusReport r) {
        StringBuilder sb = new StringBuilder("### Translations\n\n")
                .append(r.needsWork() ? "⚠️ " : "✅ ")
                .append(summary(r))
                .append("\n\n");
        sb.append("| Page |");
        for (Language l : r.languages())
            sb.append(' ').append(cellText(l.name() + " (" + l.code() + ")")).append(" |");
        sb.append("\n|---|").append("---|".repeat(r.languages().size())).append('\n');
        for (Row row : r.rows()) {
            sb.append("| `").append(cellText(row.key())).append("` |");
            for (Cell c : row.cells())
                sb.append(' ')
                        .append(icon(c.state()))
                        .append(' ')
                        .append(c.state().label().toLowerCase(Locale.ROOT))
                        .append(" |");
            sb.append('\n');
        }
        List<Cell> todo = r.todo();
        if (!todo.isEmpty()) sb.append("\n#### To do\n\n");
        for (Cell c : todo) {
            sb.append("- ")
                    .append(icon(c.state()))
                    .append(" **")
                    .append(c.state().label().toLowerCase(Locale.ROOT))
                    .append("**: `")
                    .append(cellText(c.file()))
                    .append('`');
            if (!c.source().isEmpty())
                sb.append(" (from `").append(cellText(c.source())).append("`)");
            sb.append(
                            c.state() == State.MISSING
                                    ? " — create it, translate it, then run `translated " + c.file() + "`"
                                    : " — update it, then run `translated " + c.file() + "`")
                    .append('\n');
            c.diff()
                    .ifPresent(
                            d -> sb.append("  <details><summary>What changed in the original</summary>\n\n  ```diff\n")
                                    .append(indent(d.replace("```", "'''"), "  "))
                                    .append("\n  ```\n  </details>\n"));
        }
        return sb.toString();
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

    /** A JSON string, with {@code <}, {@code >} and {@code &} escaped too. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029')
                        sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
