package nl.bmo.site;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the site, as a value: where, how bad, what, and what to do about it. Stages collect these and
 * the CLI prints them compiler-style.
 */
public record Problem(SourcePosition where, Severity severity, String message, String hint)
        implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::where)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Problem error(SourcePosition where, String message, String hint) {
        return new Problem(where, Severity.ERROR, message, hint);
    }

    public static Problem warning(SourcePosition where, String message, String hint) {
        return new Problem(where, Severity.WARNING, message, hint);
    }

    /** Something to know that is not wrong: never fails a build or a check, not even with {@code --strict}. */
    public static Problem info(SourcePosition where, String message, String hint) {
        return new Problem(where, Severity.INFO, message, hint);
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    public boolean isInfo() {
        return severity == Severity.INFO;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: message}, then the hint on its own line behind an arrow. */
    public String format() {
        String head = where + ": " + severity.label() + ": " + message;
        return hint.isEmpty() ? head : head + "\n  → " + hint;
    }

    @Override
    public int compareTo(Problem o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return format();
    }
}
