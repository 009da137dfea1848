package nl.bmo.site.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for unsafe links, used wherever the generator reads or writes a link (Markdown links and raw HTML, the
 * link check of the built site): the schemes that can run script or smuggle content are refused.
 */
public final class UrlSchemes {
    /** The schemes whose links can run script or smuggle content, refused in every link the site writes. */
    public static final Set<String> FORBIDDEN = Set.of("javascript", "vbscript", "data", "file");

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");
    private static final Pattern REFERENCE =
            Pattern.compile("&#(?:[xX]([0-9a-fA-F]++)|([0-9]++));?|&(Tab|NewLine|colon);");

    private UrlSchemes() {}

    /**
     * The lowercase scheme of an absolute URL ({@code https}, {@code javascript}); empty for a relative one. Like a
     * browser, it ignores tabs, line breaks and other control characters and spaces, so {@code java\tscript:} is
     * {@code javascript}. Character references are not decoded here: see {@link #forbidden}.
     */
    public static Optional<String> of(String url) {
        int colon = url.indexOf(':');
        if (colon < 0) return Optional.empty();
        StringBuilder clean = new StringBuilder(colon);
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != '\u007f') clean.append(c);
        }
        String scheme = clean.toString().toLowerCase(Locale.ROOT);
        return SCHEME.matcher(scheme).matches() ? Optional.of(scheme) : Optional.empty();
    }

    /** Whether {@code url} has a scheme, that is, is absolute ({@code https://…}, {@code mailto:…}). */
    public static boolean isAbsolute(String url) {
        return of(url).isPresent();
    }

    /**
     * The scheme of {@code url} when it is one of {@link #FORBIDDEN}. The URL is read as a browser would read it from
     * an attribute: character references that can spell a scheme decoded ({@code java&#115;cript:},
     * {@code javas&#x0A;cript:}, {@code java&Tab;script:}, {@code javascript&colon;}), then tabs, line breaks and other
     * control characters removed. A URL that a parser has decoded already may be given too: decoding it again can only
     * find more.
     */
    public static Optional<String> forbidden(String url) {
        return of(url.indexOf('&') < 0 ? url : decodeReferences(url)).filter(FORBIDDEN::contains);
    }

    /**
     * Decodes the character references that can make up a scheme: numeric ones, with or without the closing {@code ;}
     * as browsers accept them, and the named {@code &Tab;}, {@code &NewLine;} and {@code &colon;}. (No named reference
     * stands for an ASCII letter.)
     */
    static String decodeReferences(String s) {
        Matcher m = REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String named = m.group(3);
            String decoded;
            if (named != null) {
                decoded = switch (named) {
                    case "Tab" -> "\t";
                    case "NewLine" -> "\n";
                    default -> ":";
                };
            } else {
                String digits = m.group(1) != null ? m.group(1) : m.group(2);
                int radix = m.group(1) != null ? 16 : 10;
                int cp = digits.length() > 7 ? -1 : Integer.parseInt(digits, radix);
                decoded = cp > 0 && Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "\uFFFD";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }
}
