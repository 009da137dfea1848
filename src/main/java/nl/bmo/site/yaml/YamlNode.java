package nl.bmo.site.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.bmo.site.SourcePosition;

/**
 * A YAML value with the place it is written, for messages that name the line of a nested value. {@code value} is a
 * {@code Map<String, YamlNode>} (in file order), a {@code List<YamlNode>}, a {@code String}, a {@code Number}, a
 * {@code Boolean} or null.
 */
public record YamlNode(Object value, SourcePosition where) {
    public YamlNode {
        Objects.requireNonNull(where, "where");
    }

    public boolean isMap() {
        return value instanceof Map;
    }

    public boolean isList() {
        return value instanceof List;
    }

    @SuppressWarnings("unchecked")
    public Map<String, YamlNode> map() {
        return value instanceof Map ? (Map<String, YamlNode>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    public List<YamlNode> list() {
        return value instanceof List ? (List<YamlNode>) value : List.of();
    }

    /** The value as text when it is a scalar (text, number, true/false), else null. */
    public String text() {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                ? String.valueOf(value)
                : null;
    }

    /** The value without positions: unmodifiable maps and lists of plain values. */
    public Object plain() {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            map().forEach((k, v) -> out.put(k, v.plain()));
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof List<?>) {
            List<Object> out = new ArrayList<>();
            list().forEach(v -> out.add(v.plain()));
            return Collections.unmodifiableList(out);
        }
        return value;
    }
}
