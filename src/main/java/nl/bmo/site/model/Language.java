package nl.bmo.site.model;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One language of the site, from {@code site.yaml}.
 *
 * @param code the language code, also the content folder and URL prefix ({@code nl}, {@code en})
 * @param name the language's own name ({@code Nederlands})
 * @param locale a BCP 47 tag for {@code og:locale} and dates ({@code nl-NL})
 * @param title the site title in this language
 * @param description the site description in this language
 * @param quotes four characters: open and close double quote, open and close single quote
 * @param strings interface strings that override the theme's {@code i18n/<code>.yaml}
 */
public record Language(
        String code,
        String name,
        String locale,
        String title,
        String description,
        String quotes,
        Map<String, String> strings) {

    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

    public Language {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) throw new IllegalArgumentException("invalid language code: " + code);
        name = Objects.requireNonNullElse(name, code);
        locale = Objects.requireNonNullElse(locale, code);
        title = Objects.requireNonNullElse(title, "");
        description = Objects.requireNonNullElse(description, "");
        quotes = quotes == null || quotes.isEmpty() ? "“”‘’" : quotes;
        if (quotes.codePointCount(0, quotes.length()) != 4)
            throw new IllegalArgumentException("quotes must be four characters: " + quotes);
        strings = Map.copyOf(Objects.requireNonNullElse(strings, Map.of()));
    }

    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** {@code og:locale} form: {@code nl_NL}. */
    public String ogLocale() {
        return locale.replace('-', '_');
    }

    public String quote(int i) {
        int start = quotes.offsetByCodePoints(0, i);
        return quotes.substring(start, quotes.offsetByCodePoints(start, 1));
    }
}
