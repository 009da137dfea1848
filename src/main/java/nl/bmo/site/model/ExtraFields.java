package nl.bmo.site.model;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.bmo.site.Message;

/**
 * The fields under {@code extra:} in a page's front matter that a theme's templates read, as its {@code theme.yaml}
 * declares them. A theme that declares none leaves {@code extra} free-form ({@link #NONE}); a theme that declares them
 * makes every other field, a value of the wrong type and a missing required field an error.
 *
 * @param declared whether the theme declares its fields at all
 * @param fields the declared fields by name, in the order of the file
 */
public record ExtraFields(boolean declared, Map<String, Field> fields) {
    /** Free-form {@code extra}: the theme declares nothing. */
    public static final ExtraFields NONE = new ExtraFields(false, Map.of());

    /** What a field's value must be. */
    public enum Type {
        TEXT("text", "yaml.type.text"),
        INTEGER("integer", "yaml.type.wholeNumber"),
        NUMBER("number", "extra.type.number"),
        BOOLEAN("boolean", "yaml.type.boolean"),
        LIST("list", "yaml.type.list"),
        MAP("map", "extra.type.map");

        private final String word;
        private final String description;

        Type(String word, String description) {
            this.word = word;
            this.description = description;
        }

        /** The word a theme writes: {@code text}, {@code integer} … */
        public String word() {
            return word;
        }

        /** What a value of this type is, for messages: "a whole number". */
        public Message description() {
            return Message.of(description);
        }

        /** The type a theme names with {@code word}. */
        public static Optional<Type> of(String word) {
            for (Type t : values()) if (t.word.equals(word)) return Optional.of(t);
            return Optional.empty();
        }

        /** The words, in order: {@code text, integer, number, boolean, list, map}. */
        public static List<String> words() {
            return Arrays.stream(values()).map(Type::word).toList();
        }

        /**
         * Whether {@code value}, as YAML reads it (String, Integer, Long, Double, Boolean, List, Map), is of this type.
         */
        public boolean accepts(Object value) {
            return switch (this) {
                case TEXT -> value instanceof String;
                case INTEGER -> value instanceof Integer || value instanceof Long || value instanceof BigInteger;
                case NUMBER -> value instanceof Number;
                case BOOLEAN -> value instanceof Boolean;
                case LIST -> value instanceof List;
                case MAP -> value instanceof Map;
            };
        }
    }

    /**
     * One declared field.
     *
     * @param layouts the layouts whose pages may set it; empty: every layout
     * @param required whether those pages must set it
     */
    public record Field(String name, Type type, Set<String> layouts, boolean required) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            layouts = Set.copyOf(layouts);
        }

        /** Whether a page with this layout may set the field. */
        public boolean readBy(String layout) {
            return layouts.isEmpty() || layouts.contains(layout);
        }
    }

    public ExtraFields {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The names of the fields a page with this layout may set, in declaration order. */
    public List<String> readBy(String layout) {
        return fields.values().stream()
                .filter(f -> f.readBy(layout))
                .map(Field::name)
                .toList();
    }
}
