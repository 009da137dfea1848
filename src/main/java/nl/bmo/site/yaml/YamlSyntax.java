package nl.bmo.site.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import nl.bmo.site.Message;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns a YAML syntax error into a problem at the place the parser found it: SnakeYAML's problem mark (Jackson's own
 * location is where the last good token ended, often the line before), mapped to the file's lines. The context mark
 * (where the list, quote or map began) goes into the hint. Where the problem mark cannot be the line to change — the
 * end of the text for an unclosed quote or bracket, or the line after a key without {@code :} — the problem is reported
 * at the context mark instead.
 */
final class YamlSyntax {
    private YamlSyntax() {}

    /** Whether Jackson's exception comes from the YAML parser (possibly wrapped while mapping a value). */
    static boolean isSyntaxError(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return original.startsWith("Duplicate field")
                || cause(e, MarkedYAMLException.class) != null
                || cause(e, ReaderException.class) != null
                || !(e instanceof com.fasterxml.jackson.databind.JsonMappingException);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }

    /**
     * A problem for a syntax error of the YAML {@code text} whose first line is line {@code firstLine} of {@code file}.
     */
    static SiteException error(JsonProcessingException e, String text, String file, int firstLine, YamlKind what) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Duplicate field")) {
            int open = original.indexOf('\'');
            int close = original.indexOf('\'', open + 1);
            String key = open >= 0 && close > open
                    ? original.substring(open + 1, close)
                    : original.substring(Math.max(0, open));
            return SiteException.at(position(e.getLocation(), file, firstLine), "yaml.key.duplicate", key);
        }
        MarkedYAMLException m = cause(e, MarkedYAMLException.class);
        if (m != null && m.getProblemMark() != null) return marked(m, text, file, firstLine, what);
        ReaderException r = cause(e, ReaderException.class);
        if (r != null) {
            int[] lineColumn = lineColumn(text, r.getPosition());
            return SiteException.at(
                    SourcePosition.of(file, firstLine + lineColumn[0], lineColumn[1] + 1),
                    Message.of(
                            "yaml.syntax.invalid",
                            what.subject(),
                            Message.of("yaml.syntax.invisible", String.format(Locale.ROOT, "%04X", r.getCodePoint()))),
                    Message.of("yaml.syntax.invisible.hint"));
        }
        return SiteException.at(
                position(e.getLocation(), file, firstLine),
                Message.of("yaml.syntax.invalid", what.subject(), firstLine(original)),
                Message.of("yaml.syntax.hint"));
    }

    private static SiteException marked(MarkedYAMLException m, String text, String file, int firstLine, YamlKind what) {
        String problem = m.getProblem() == null ? "" : m.getProblem();
        String context = m.getContext() == null ? "" : m.getContext();
        Mark at = m.getProblemMark();
        Mark opened = m.getContextMark();
        boolean atEnd =
                problem.contains("end of stream") || problem.contains("<stream end>") || at.getIndex() >= text.length();
        boolean keyWithoutColon = problem.startsWith("could not find expected ':'");
        Mark where = opened != null && (atEnd || keyWithoutColon) ? opened : at;
        SourcePosition position = position(where, text, file, firstLine);
        Message hint = hint(problem, context);
        if (opened != null && where != opened && opened.getLine() != at.getLine()) {
            hint = Message.of(
                    "yaml.syntax.hintAndStart",
                    hint,
                    thing(context),
                    firstLine + opened.getLine(),
                    opened.getColumn() + 1);
        }
        return SiteException.at(
                position, Message.of("yaml.syntax.invalid", what.subject(), message(problem, context, text, at)), hint);
    }

    private static Object message(String problem, String context, String text, Mark at) {
        if (isTab(problem)) {
            return Message.of(indents(text, at) ? "yaml.syntax.tabIndent" : "yaml.syntax.tab");
        }
        if (context.contains("quoted scalar") && (problem.contains("end of stream") || problem.contains("document")))
            return Message.of("yaml.syntax.quoteNotClosed");
        if (problem.startsWith("found unknown escape character"))
            return Message.of(
                    "yaml.syntax.unknownEscape",
                    problem.substring("found unknown escape character ".length())
                            .replaceAll("\\(\\d+\\)$", ""));
        if (context.contains("flow sequence")) return Message.of("yaml.syntax.listNotClosed");
        if (context.contains("flow mapping")) return Message.of("yaml.syntax.mapNotClosed");
        if (problem.startsWith("could not find expected ':'")) return Message.of("yaml.syntax.keyWithoutColon");
        if (problem.startsWith("mapping values are not allowed")) return Message.of("yaml.syntax.colonWithoutNewKey");
        if (problem.startsWith("expected <block end>")) {
            return Message.of(
                    problem.contains("'<scalar>'")
                            ? "yaml.syntax.textAfterValue"
                            : problem.contains("':'") ? "yaml.syntax.colonWithoutKey" : "yaml.syntax.indentation");
        }
        if (problem.contains("cannot start any token")) {
            return Message.of("yaml.syntax.cannotStart", character(problem));
        }
        if (problem.startsWith("expected the node content")) return Message.of("yaml.syntax.valueMissing");
        return clean(problem);
    }

    private static Message hint(String problem, String context) {
        if (isTab(problem)) return Message.of("yaml.syntax.tab.hint");
        if (context.contains("quoted scalar") && (problem.contains("end of stream") || problem.contains("document")))
            return Message.of("yaml.syntax.quoteNotClosed.hint");
        if (problem.startsWith("found unknown escape character")) return Message.of("yaml.syntax.unknownEscape.hint");
        if (context.contains("flow sequence")) return Message.of("yaml.syntax.listNotClosed.hint");
        if (context.contains("flow mapping")) return Message.of("yaml.syntax.mapNotClosed.hint");
        if (problem.startsWith("could not find expected ':'")) return Message.of("yaml.syntax.keyWithoutColon.hint");
        if (problem.startsWith("mapping values are not allowed")) {
            return Message.of("yaml.syntax.colonWithoutNewKey.hint");
        }
        if (problem.startsWith("expected <block end>")) {
            if (problem.contains("'<scalar>'")) return Message.of("yaml.syntax.textAfterValue.hint");
            return Message.of("yaml.syntax.indentation.hint");
        }
        if (problem.contains("cannot start any token")) return Message.of("yaml.syntax.cannotStart.hint");
        if (problem.startsWith("expected the node content")) return Message.of("yaml.syntax.valueMissing.hint");
        return Message.of("yaml.syntax.hint");
    }

    /** What the context mark points at, for the hint, at the start of a sentence. */
    private static Message thing(String context) {
        if (context.contains("flow sequence")) return Message.of("yaml.thing.list");
        if (context.contains("flow mapping")) return Message.of("yaml.thing.map");
        if (context.contains("quoted scalar")) return Message.of("yaml.thing.quotedText");
        if (context.contains("simple key")) return Message.of("yaml.thing.key");
        if (context.contains("block mapping") || context.contains("block collection")) {
            return Message.of("yaml.thing.block");
        }
        return Message.of("yaml.thing.value");
    }

    private static boolean isTab(String problem) {
        return problem.contains("\\t") || problem.contains("\t") || problem.contains("TAB");
    }

    /** Whether only spaces and tabs stand before the mark on its line. */
    private static boolean indents(String text, Mark at) {
        int i = Math.min(text.length(), offsetOf(text, at.getLine(), 0));
        int end = Math.min(text.length(), i + at.getColumn());
        for (; i < end; i++) if (text.charAt(i) != ' ' && text.charAt(i) != '\t') return false;
        return true;
    }

    private static Object character(String problem) {
        int open = problem.indexOf('\'');
        int close = problem.indexOf('\'', open + 1);
        return open >= 0 && close > open ? problem.substring(open + 1, close) : Message.of("yaml.syntax.thisCharacter");
    }

    private static String clean(String problem) {
        String s = firstLine(problem).replaceAll("\\s*\\(Do not use .*\\)", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String firstLine(String s) {
        return s.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse(s);
    }

    private static SourcePosition position(Mark mark, String text, String file, int firstLine) {
        int lines = (int) text.lines().count();
        int line = Math.min(mark.getLine(), Math.max(0, lines - 1));
        int column = line == mark.getLine() ? mark.getColumn() + 1 : 1;
        return SourcePosition.of(file, firstLine + line, column);
    }

    static SourcePosition position(JsonLocation loc, String file, int firstLine) {
        if (loc == null || loc.getLineNr() < 1) return SourcePosition.of(file, firstLine, 1);
        return SourcePosition.of(file, firstLine + loc.getLineNr() - 1, Math.max(1, loc.getColumnNr()));
    }

    /** The 0-based line and column of a character offset. */
    private static int[] lineColumn(String text, int offset) {
        int line = 0;
        int start = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                start = i + 1;
            }
        }
        return new int[] {line, Math.max(0, Math.min(offset, text.length()) - start)};
    }

    /** The character offset of a 0-based line and column. */
    private static int offsetOf(String text, int line, int column) {
        int i = 0;
        for (int l = 0; l < line; l++) {
            int next = text.indexOf('\n', i);
            if (next < 0) return text.length();
            i = next + 1;
        }
        return i + column;
    }
}
