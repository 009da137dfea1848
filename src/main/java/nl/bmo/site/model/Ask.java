package nl.bmo.site.model;

import java.math.BigInteger;
import java.util.Objects;

/**
 * One ask of a demand: an item of a numbered list that ends in an explicit id ({@code 1. Ask text {#2-1}}).
 *
 * @param id the stable anchor id, the same in every language ({@code 2-1})
 * @param number the number people cite ({@code 2.1}); the id itself when it is not made of numbers
 * @param html the ask's text as HTML, without its number and permalink
 */
public record Ask(String id, String number, String html) {
    public Ask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(html, "html");
    }

    /** {@code 2-1} → {@code 2.1}; an id that is not numbers joined by hyphens stays as it is. */
    public static String numberOf(String id) {
        return id.matches("\\d+(-\\d+)+") ? id.replace('-', '.') : id;
    }

    /** Orders ids number by number: 1-2 before 1-10 before 2-1; other ids after them, alphabetically. */
    public static int compareIds(String a, String b) {
        boolean na = a.matches("\\d+(-\\d+)*");
        boolean nb = b.matches("\\d+(-\\d+)*");
        if (na != nb) return na ? -1 : 1;
        if (!na) return a.compareTo(b);
        String[] x = a.split("-");
        String[] y = b.split("-");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = new BigInteger(x[i]).compareTo(new BigInteger(y[i]));
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    }
}
