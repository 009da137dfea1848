package nl.bmo.site;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word an editor most likely meant ({@code titel} → {@code title}). */
public final class Suggestion {
    private Suggestion() {}

    /** The nearest of {@code known}, if it is close enough to be a likely typo. */
    public static Optional<String> nearest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(word.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        int limit = Math.max(2, word.length() / 3);
        return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** The nearest of {@code known}, however far it is; empty only when {@code known} is empty. */
    public static Optional<String> closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(word, k);
            if (d < bestDistance || (d == bestDistance && k.compareTo(best) < 0)) {
                bestDistance = d;
                best = k;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * "Did you mean "x"?" as a message for the start of a hint, or a message with no text when no known word is near:
     * the hint's text starts with it ({@code {0} Allowed: {1}.}).
     */
    public static Message didYouMean(String word, Collection<String> known) {
        return nearest(word, known).map(s -> Message.of("common.didYouMean", s)).orElse(Message.of("common.nothing"));
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
