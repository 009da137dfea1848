package nl.bmo.site.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL segments: lowercase ASCII letters and digits separated by single hyphens ({@code Kröger} → {@code kroger}). */
public final class Slugs {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

    private Slugs() {}

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= 200 && VALID.matcher(slug).matches();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) > 127) return false;
        return true;
    }

    /** The slug of any text: accents dropped, everything else that is not a letter or digit becomes a hyphen. */
    public static String of(String text) {
        String s = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace("ß", "ss")
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("ł", "l")
                .replace("đ", "d");
        s = OTHER.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
        s = EDGE_HYPHENS.matcher(s).replaceAll("");
        return s.length() > 200 ? TRAILING_HYPHENS.matcher(s.substring(0, 200)).replaceAll("") : s;
    }
}
