package nl.bmo.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The messages of one language: the texts of {@code nl/bmo/site/messages_<language>.properties} (UTF-8), which turn a
 * {@link Message} or a {@link Problem} into text for staff. In a text, {@code {0}}, {@code {1}}, … stand for the
 * message's arguments; nothing else is special (no quoting rules: {@code {#id}} and {@code '} are plain text).
 */
public final class Messages {
    /** The languages messages are written in. */
    public static final List<String> LANGUAGES = List.of("en", "nl");

    /** English: the language of logs, exceptions and sort order. */
    public static final Messages ENGLISH = load("en");

    private static final class Dutch {
        static final Messages INSTANCE = load("nl");
    }

    private final String language;
    private final Map<String, String> texts;

    private Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The messages of {@code language} ({@code en} or {@code nl}), if there are any. */
    public static Optional<Messages> of(String language) {
        if (language == null) return Optional.empty();
        return switch (language.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> Optional.of(ENGLISH);
            case "nl" -> Optional.of(Dutch.INSTANCE);
            default -> Optional.empty();
        };
    }

    /**
     * The language staff asked for: the command-line flag if given, else the environment variable if it names a
     * language of the messages, else the system's: Dutch for a Dutch locale ({@code nl}, {@code nl_BE}, …), else
     * English.
     */
    public static Messages choose(String flag, String environment, Locale locale) {
        return of(flag).or(() -> of(environment))
                .orElseGet(() -> locale != null && locale.getLanguage().equals("nl") ? Dutch.INSTANCE : ENGLISH);
    }

    public String language() {
        return language;
    }

    /** Whether this language has a text for {@code key}. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** Every key of this language, sorted. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(texts.keySet());
    }

    /** The text of {@code key} as written in the bundle, with its placeholders. */
    public Optional<String> pattern(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    /** The text of the message {@code key} with {@code args}. */
    public String text(String key, Object... args) {
        return format(Message.of(key, args));
    }

    /** {@code key.one} for 1, else {@code key.other}, with {@code n} as {@code {0}} and then {@code args}. */
    public String count(String key, long n, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = n;
        System.arraycopy(args, 0, all, 1, args.length);
        return text(key + (n == 1 ? ".one" : ".other"), all);
    }

    /** The message in this language; a key the bundle lacks (a bug the tests catch) prints as the key and arguments. */
    public String format(Message m) {
        String pattern = texts.get(m.key());
        if (pattern == null) return m.key() + (m.args().isEmpty() ? "" : " " + m.args());
        StringBuilder sb = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? placeholderEnd(pattern, i) : -1;
            if (close < 0) {
                sb.append(c);
                i++;
                continue;
            }
            int n = Integer.parseInt(pattern.substring(i + 1, close));
            if (n < m.args().size()) {
                Object a = m.args().get(n);
                sb.append(a instanceof Message nested ? format(nested) : String.valueOf(a));
            } else {
                sb.append(pattern, i, close + 1);
            }
            i = close + 1;
        }
        return sb.toString().strip();
    }

    /** {@code where: error: message}, then the hint on its own line behind an arrow. */
    public String format(Problem p) {
        String head = p.where() + ": " + p.severity().label() + ": " + format(p.message());
        return p.hint().map(h -> head + "\n  → " + format(h)).orElse(head);
    }

    /** The hint of a problem in this language, or empty. */
    public String hint(Problem p) {
        return p.hint().map(this::format).orElse("");
    }

    /** The index of the {@code }} closing a placeholder {@code {12}} that starts at {@code open}, or -1. */
    static int placeholderEnd(String s, int open) {
        int i = open + 1;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && i - open <= 3) i++;
        return i > open + 1 && i < s.length() && s.charAt(i) == '}' ? i : -1;
    }

    private static Messages load(String language) {
        String name = "messages_" + language + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource nl/bmo/site/" + name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            return new Messages(language, Collections.unmodifiableMap(texts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
