package nl.bmo.site;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with the site, as a value: where, how bad, what, and what to do about it. Stages collect these and
 * the CLI prints them compiler-style, in the staff's language ({@link Messages}): the message and the hint are
 * {@link Message}s, keys of the message bundles with their arguments, never finished text.
 */
public record Problem(SourcePosition where, Severity severity, Message message, Optional<Message> hint)
        implements Comparable<Problem> {

    /** By place, then severity, then the English text: the same order whatever language prints it. */
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::where)
            .thenComparing(Problem::severity)
            .thenComparing(p -> Messages.ENGLISH.format(p.message()));

    public Problem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    /**
     * An error: the message {@code key} with {@code args}; its hint is the message {@code key.hint} with the same
     * arguments, when the bundles have one.
     */
    public static Problem error(SourcePosition where, String key, Object... args) {
        return of(where, Severity.ERROR, key, args);
    }

    /** A warning, as {@link #error(SourcePosition, String, Object...)}. */
    public static Problem warning(SourcePosition where, String key, Object... args) {
        return of(where, Severity.WARNING, key, args);
    }

    /**
     * Something to know that is not wrong, as {@link #error(SourcePosition, String, Object...)}: never fails a build or
     * a check, not even with {@code --strict}.
     */
    public static Problem info(SourcePosition where, String key, Object... args) {
        return of(where, Severity.INFO, key, args);
    }

    /** An error with a hint of its own choosing (null: none). */
    public static Problem error(SourcePosition where, Message message, Message hint) {
        return new Problem(where, Severity.ERROR, message, Optional.ofNullable(hint));
    }

    /** A warning with a hint of its own choosing (null: none). */
    public static Problem warning(SourcePosition where, Message message, Message hint) {
        return new Problem(where, Severity.WARNING, message, Optional.ofNullable(hint));
    }

    /** An info with a hint of its own choosing (null: none). */
    public static Problem info(SourcePosition where, Message message, Message hint) {
        return new Problem(where, Severity.INFO, message, Optional.ofNullable(hint));
    }

    private static Problem of(SourcePosition where, Severity severity, String key, Object... args) {
        Message message = Message.of(key, args);
        String hint = key + ".hint";
        return new Problem(
                where,
                severity,
                message,
                Messages.ENGLISH.has(hint) ? Optional.of(new Message(hint, message.args())) : Optional.empty());
    }

    /** The same problem with another message (and the same hint). */
    public Problem withMessage(Message other) {
        return new Problem(where, severity, other, hint);
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

    /** {@code file:line:col: error: message}, then the hint on its own line behind an arrow; in English. */
    public String format() {
        return Messages.ENGLISH.format(this);
    }

    /** As {@link #format()}, in the language of {@code messages}. */
    public String format(Messages messages) {
        return messages.format(this);
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
