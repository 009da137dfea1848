package nl.bmo.site.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates written {@code yyyy-MM-dd}, as front matter and data files give them. */
public final class IsoDates {
    private IsoDates() {}

    /**
     * {@link LocalDate#parse(CharSequence)}, with the same results and the same exceptions, but quick for the usual
     * {@code 2026-01-06}: the general parser resolves fields through maps and costs about 2 % of a large build.
     *
     * @throws DateTimeParseException when {@code text} is not an ISO local date
     */
    public static LocalDate parse(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // out of range (2026-02-30): the general parser gives the message
                }
            }
        }
        return LocalDate.parse(text);
    }

    /** The number the ASCII digits from {@code start} to {@code end} write, or -1 when one is not a digit. */
    private static int digits(String s, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
