package nl.bmo.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A text for staff, not yet in a language: the key of a message in the bundles ({@code messages_en.properties},
 * {@code messages_nl.properties}) and its arguments, which {@link Messages} puts into the text of the chosen language.
 * Arguments are data: file names, values, ids, numbers, a library's error text. A {@code Message} argument is formatted
 * in the same language (a "did you mean" part); a collection is joined with {@code ", "}; anything else becomes its
 * {@code toString}, except numbers, which stay numbers.
 *
 * @param key the message's key, such as {@code markdown.link.missingPage}: words separated by dots
 * @param args the values for {@code {0}}, {@code {1}}, … in the text
 */
public record Message(String key, List<Object> args) {
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+");

    public Message {
        Objects.requireNonNull(key, "key");
        if (!isKey(key)) {
            throw new IllegalArgumentException("not a message key: \"" + key + "\"; write the text in"
                    + " src/main/resources/"
                    + "nl/bmo/site/messages_en.properties and messages_nl.properties, and pass its key");
        }
        List<Object> copy = new ArrayList<>(args.size());
        for (Object a : args) copy.add(argument(a));
        args = Collections.unmodifiableList(copy);
    }

    /** The message {@code key} with these arguments. */
    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** Whether {@code s} has the form of a message key: words of letters and digits separated by dots. */
    public static boolean isKey(String s) {
        return KEY.matcher(s).matches();
    }

    private static Object argument(Object a) {
        if (a == null) return "";
        if (a instanceof Message || a instanceof Integer || a instanceof Long) return a;
        if (a instanceof Collection<?> c) {
            return String.join(", ", c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(a);
    }

    /** The English text, for logs, exceptions and tests. */
    @Override
    public String toString() {
        return Messages.ENGLISH.format(this);
    }
}
