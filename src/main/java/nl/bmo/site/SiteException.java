package nl.bmo.site;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The one exception of the generator: the site has problems. It carries all of them, sorted. */
public final class SiteException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /** @param problems at least one; the exception's own message is their English text */
    public SiteException(List<Problem> problems) {
        super(problems.stream().sorted().map(Problem::format).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("a SiteException needs at least one problem");
        this.problems = problems.stream().sorted().toList();
    }

    /** One error: the message {@code key} with {@code args} and its hint {@code key.hint}, as {@link Problem#error}. */
    public static SiteException at(SourcePosition where, String key, Object... args) {
        return new SiteException(List.of(Problem.error(where, key, args)));
    }

    /** One error with a hint of its own choosing (null: none). */
    public static SiteException at(SourcePosition where, Message message, Message hint) {
        return new SiteException(List.of(Problem.error(where, message, hint)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Throws when {@code problems} holds an error; warnings alone pass. */
    public static void throwIfErrors(List<Problem> problems) {
        if (problems.stream().anyMatch(Problem::isError)) throw new SiteException(new ArrayList<>(problems));
    }
}
