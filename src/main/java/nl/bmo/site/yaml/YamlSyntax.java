package nl.bmo.site.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns a YAML syntax error into a problem at the place the parser found it: SnakeYAML's problem mark (Jackson's own
 * location is where the last good token ended, often the line before), mapped to the file's lines. The context mark
 * (where the list, quote or map began) goes into the hint. Where the problem mark cannot be the line to change — the
 * end of the text for an unclosed quote or bracket, or the line after a key without {@code :} — the problem is
 * reported at the context mark instead.
 */
final class YamlSyntax {
    private YamlSyntax() {}

    /** Whether Jackson's exception comes from the YAML parser (possibly wrapped while mapping a value). */
    static boolean isSyntaxError(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return original.startsWith("Duplicate field") || cause(e, MarkedYAMLException.class) != null
                || cause(e, ReaderException.class) != null || !(e instanceof com.fasterxml.jackson.databind.JsonMappingException);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }

    /** A problem for a syntax error of the YAML {@code text} whose first line is line {@code firstLine} of {@code file}. */
    static SiteException error(JsonProcessingException e, String text, String file, int firstLine, String what) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Duplicate field")) {
            return SiteException.at(position(e.getLocation(), file, firstLine),
                    "duplicate key " + original.substring(original.indexOf('\'')).replace('\'', '"'),
                    "Each key may appear once; remove or rename one of them.");
        }
        MarkedYAMLException m = cause(e, MarkedYAMLException.class);
        if (m != null && m.getProblemMark() != null) return marked(m, text, file, firstLine, what);
        ReaderException r = cause(e, ReaderException.class);
        if (r != null) {
            int[] lineColumn = lineColumn(text, r.getPosition());
            return SiteException.at(SourcePosition.of(file, firstLine + lineColumn[0], lineColumn[1] + 1),
                    "invalid YAML in the " + what + ": the invisible character U+" + String.format(Locale.ROOT, "%04X", r.getCodePoint())
                            + " is not allowed",
                    "Delete it; retype the text around it if you cannot see it.");
        }
        return SiteException.at(position(e.getLocation(), file, firstLine), "invalid YAML in the " + what + ": " + firstLine(original),
                "Check indentation (spaces only) and put values with : or # in quotes.");
    }

    private static SiteException marked(MarkedYAMLException m, String text, String file, int firstLine, String what) {
        String problem = m.getProblem() == null ? "" : m.getProblem();
        String context = m.getContext() == null ? "" : m.getContext();
        Mark at = m.getProblemMark();
        Mark opened = m.getContextMark();
        boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>") || at.getIndex() >= text.length();
        boolean keyWithoutColon = problem.startsWith("could not find expected ':'");
        Mark where = opened != null && (atEnd || keyWithoutColon) ? opened : at;
        SourcePosition position = position(where, text, file, firstLine);
        String hint = hint(problem, context, text, at);
        if (opened != null && where != opened && opened.getLine() != at.getLine()) {
            hint += " " + capitalise(thing(context)) + " starts at line " + (firstLine + opened.getLine()) + ", column "
                    + (opened.getColumn() + 1) + ".";
        }
        return SiteException.at(position, "invalid YAML in the " + what + ": " + message(problem, context, text, at), hint);
    }

    private static String message(String problem, String context, String text, Mark at) {
        if (isTab(problem)) {
            return indents(text, at) ? "a tab character where only spaces may indent" : "a tab character where only a space may stand";
        }
        if (context.contains("quoted scalar") && (problem.contains("end of stream") || problem.contains("document")))
            return "the quoted text is not closed";
        if (problem.startsWith("found unknown escape character"))
            return "unknown escape \\" + problem.substring("found unknown escape character ".length()).replaceAll("\\(\\d+\\)$", "")
                    + " in text in double quotes";
        if (context.contains("flow sequence")) return "the list in [ ] is not closed";
        if (context.contains("flow mapping")) return "the map in { } is not closed";
        if (problem.startsWith("could not find expected ':'")) return "a key without ':' after it";
        if (problem.startsWith("mapping values are not allowed")) return "a ':' where no new key may start";
        if (problem.startsWith("expected <block end>")) {
            return problem.contains("'<scalar>'") ? "more text after a complete value"
                    : problem.contains("':'") ? "a ':' without a key before it"
                    : "this line is indented differently from the lines above it";
        }
        if (problem.contains("cannot start any token")) return "a value cannot start with " + character(problem);
        if (problem.startsWith("expected the node content")) return "a value is missing here";
        return clean(problem);
    }

    private static String hint(String problem, String context, String text, Mark at) {
        if (isTab(problem)) return "Indent with spaces, not tabs.";
        if (context.contains("quoted scalar") && (problem.contains("end of stream") || problem.contains("document")))
            return "End the text with the quote mark it starts with (\"…\" or '…'); inside '…' write ' as ''.";
        if (problem.startsWith("found unknown escape character"))
            return "Write a backslash as \\\\ inside \"…\", or put the text in single quotes.";
        if (context.contains("flow sequence")) return "Close the list with ], with a ',' between its items; put an item holding [ ] , or : in quotes.";
        if (context.contains("flow mapping")) return "Close the map with }, with a ',' between its entries; put text holding { } or , in quotes.";
        if (problem.startsWith("could not find expected ':'"))
            return "Write every field as 'name: value'; a value that goes on over more lines must be indented.";
        if (problem.startsWith("mapping values are not allowed"))
            return "A value that contains ': ' must be put in quotes; a key must line up with the keys above it.";
        if (problem.startsWith("expected <block end>")) {
            if (problem.contains("'<scalar>'")) return "Put the whole value in quotes; inside '…' write ' as '', inside \"…\" write \" as \\\".";
            return "Indent the keys of one map, and the '-' items of one list, by the same number of spaces.";
        }
        if (problem.contains("cannot start any token")) return "Put the value in quotes.";
        if (problem.startsWith("expected the node content")) return "Write a value, or put text holding [ ] { } , in quotes.";
        return "Check indentation (spaces only) and put values with : or # in quotes.";
    }

    /** What the context mark points at, for the hint. */
    private static String thing(String context) {
        if (context.contains("flow sequence")) return "the list";
        if (context.contains("flow mapping")) return "the map";
        if (context.contains("quoted scalar")) return "the quoted text";
        if (context.contains("simple key")) return "the key";
        if (context.contains("block mapping") || context.contains("block collection")) return "the block";
        return "the value";
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

    private static String character(String problem) {
        int open = problem.indexOf('\'');
        int close = problem.indexOf('\'', open + 1);
        return open >= 0 && close > open ? problem.substring(open + 1, close) : "this character";
    }

    private static String clean(String problem) {
        String s = firstLine(problem).replaceAll("\\s*\\(Do not use .*\\)", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String firstLine(String s) {
        return s.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(s);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
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
