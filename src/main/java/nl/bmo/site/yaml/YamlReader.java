package nl.bmo.site.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.Suggestion;

/**
 * Reads YAML into records, strictly: unknown fields, duplicate keys, anchors and aliases are errors, and every error
 * names the file, line and column. Thread-safe; create once.
 */
public final class YamlReader {
    private final YAMLMapper mapper;

    public YamlReader() {
        YAMLFactory factory = YAMLFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(100)
                        .maxStringLength(1_000_000)
                        .build())
                .build();
        mapper = YAMLMapper.builder(factory)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    /**
     * Reads {@code text} as a {@code type}.
     *
     * @param file the site-relative path, for messages
     * @param firstLine the file line of the text's first line
     * @param what what the text is, for messages: {@code front matter}, {@code configuration}
     */
    public <T> T read(String text, Class<T> type, String file, int firstLine, String what) {
        if (text.indexOf('&') >= 0 || text.indexOf('*') >= 0) rejectAnchorsAndAliases(text, file, firstLine, what);
        try {
            T value = mapper.readValue(text, type);
            if (value == null)
                throw SiteException.at(SourcePosition.of(file, firstLine, 1), "the " + what + " is empty",
                        "Write the fields as 'name: value' lines.");
            return value;
        } catch (UnrecognizedPropertyException e) {
            Collection<String> known = e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            String name = e.getPropertyName();
            throw SiteException.at(keyPosition(text, name, file, firstLine).orElse(position(e.getLocation(), file, firstLine)),
                    "unknown " + what + " field \"" + name + "\"",
                    Suggestion.didYouMean(name, known) + "Allowed: " + String.join(", ", order(known, type)) + ".");
        } catch (MismatchedInputException e) {
            throw SiteException.at(position(e.getLocation(), file, firstLine), mismatch(e, what), hintFor(e));
        } catch (JsonMappingException e) {
            throw SiteException.at(position(e.getLocation(), file, firstLine),
                    "invalid " + what + ": " + e.getOriginalMessage(), "Check the value's type and spelling.");
        } catch (JsonProcessingException e) {
            throw SiteException.at(position(e.getLocation(), file, firstLine), syntax(e, what), syntaxHint(e));
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of(file, firstLine, 1), "cannot read the " + what + ": " + e.getMessage(), "");
        }
    }

    /** Reads a YAML mapping of strings to strings (interface strings). */
    @SuppressWarnings("unchecked")
    public Map<String, String> readStrings(String text, String file) {
        Map<String, Object> map = read(text, Map.class, file, 1, "strings file");
        return map.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            if (!(e.getValue() instanceof String s))
                throw SiteException.at(SourcePosition.of(file), "the value of \"" + e.getKey() + "\" is not text",
                        "Write every entry as 'key: text', with keys flat like 'share.title'.");
            return s;
        }));
    }

    /** The largest data file read: a data file is hand-written text, not a database. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    /**
     * Reads a whole YAML file as a tree with the position of every value: strict UTF-8 (a byte-order mark and CRLF
     * line endings are accepted), no binary content, no duplicate keys, no anchors or aliases.
     *
     * @param file the site-relative path, for messages
     * @param what what the file is, for messages: {@code data file}
     */
    public YamlNode readTree(byte[] bytes, String file, String what) {
        String text = decode(bytes, file, what);
        if (text.isBlank()) throw SiteException.at(SourcePosition.of(file, 1, 1), "the " + what + " is empty", "Write its values as 'name: value' lines.");
        if (text.indexOf('&') >= 0 || text.indexOf('*') >= 0) rejectAnchorsAndAliases(text, file, 1, what);
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            if (p.nextToken() == null) throw SiteException.at(SourcePosition.of(file, 1, 1), "the " + what + " is empty", "Write its values as 'name: value' lines.");
            YamlNode node = node(p, file);
            if (p.nextToken() != null) {
                throw SiteException.at(position(p.currentTokenLocation(), file, 1), "the " + what + " holds more than one YAML document",
                        "Remove the extra '---' line.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw SiteException.at(position(e.getLocation(), file, 1), syntax(e, what), syntaxHint(e));
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of(file, 1, 1), "cannot read the " + what + ": " + e.getMessage(), "");
        }
    }

    private static YamlNode node(JsonParser p, String file) throws IOException {
        SourcePosition where = position(p.currentTokenLocation(), file, 1);
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            java.util.Map<String, YamlNode> map = new java.util.LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                SourcePosition keyAt = position(p.currentTokenLocation(), file, 1);
                p.nextToken();
                YamlNode value = node(p, file);
                if (map.containsKey(key)) {
                    throw SiteException.at(keyAt, "duplicate key \"" + key + "\"", "Each key may appear once; remove or rename one of them.");
                }
                map.put(key, new YamlNode(value.value(), value.value() instanceof java.util.Map || value.value() instanceof List ? keyAt : value.where()));
            }
            return new YamlNode(java.util.Collections.unmodifiableMap(map), where);
        }
        if (t == JsonToken.START_ARRAY) {
            List<YamlNode> list = new java.util.ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) list.add(node(p, file));
            return new YamlNode(java.util.Collections.unmodifiableList(list), where);
        }
        return switch (t) {
            case VALUE_STRING -> new YamlNode(p.getText(), where);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new YamlNode(p.getNumberValue(), where);
            case VALUE_TRUE -> new YamlNode(Boolean.TRUE, where);
            case VALUE_FALSE -> new YamlNode(Boolean.FALSE, where);
            default -> new YamlNode(null, where);
        };
    }

    /** Strict UTF-8 with the line of the first bad byte; refuses binary files and files over {@link #MAX_BYTES}. */
    private static String decode(byte[] bytes, String file, String what) {
        if (bytes.length > MAX_BYTES) {
            throw SiteException.at(SourcePosition.of(file), "the " + what + " is larger than 4 MiB (" + bytes.length / 1024 + " KiB)",
                    "Split it into several files.");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw SiteException.at(SourcePosition.of(file, lineAt(bytes, i), 0), "the " + what + " is binary (it holds a NUL byte)",
                        "Only YAML text belongs here.");
            }
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        String text;
        try {
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(in).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw SiteException.at(SourcePosition.of(file, lineAt(bytes, in.position()), 0),
                    "the " + what + " is not valid UTF-8 (bad byte at offset " + in.position() + ")", "Save the file as UTF-8 in your editor.");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private void rejectAnchorsAndAliases(String text, String file, int firstLine, String what) {
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            while (p.nextToken() != null) {
                YAMLParser y = (YAMLParser) p;
                if (y.isCurrentAlias() || y.getObjectId() != null || y.currentToken() == JsonToken.VALUE_EMBEDDED_OBJECT) {
                    throw SiteException.at(position(p.currentLocation(), file, firstLine),
                            "YAML anchors and aliases (& and *) are not allowed",
                            "Write the value out in full; to start a text with & or *, put it in quotes.");
                }
            }
        } catch (JsonProcessingException e) {
            throw SiteException.at(position(e.getLocation(), file, firstLine), syntax(e, what), syntaxHint(e));
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of(file, firstLine, 1), "cannot read: " + e.getMessage(), "");
        }
    }

    /** Where a top-level key is written: Jackson reports the position after its value. */
    private static java.util.Optional<SourcePosition> keyPosition(String text, String key, String file, int firstLine) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":") || lines[i].startsWith("\"" + key + "\":")) {
                return java.util.Optional.of(SourcePosition.of(file, firstLine + i, 1));
            }
        }
        return java.util.Optional.empty();
    }

    private static List<String> order(Collection<String> known, Class<?> type) {
        if (!type.isRecord()) return List.copyOf(known);
        return java.util.Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).filter(known::contains).toList();
    }

    private static SourcePosition position(JsonLocation loc, String file, int firstLine) {
        if (loc == null || loc.getLineNr() < 1) return SourcePosition.of(file, firstLine, 1);
        return SourcePosition.of(file, firstLine + loc.getLineNr() - 1, Math.max(1, loc.getColumnNr()));
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String mismatch(JsonMappingException e, String what) {
        String field = fieldPath(e);
        if (field.isEmpty()) return "the " + what + " is not a list of 'name: value' fields";
        String msg = e.getOriginalMessage();
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "\"" + field + "\" must be " + typeName(m.getTargetType());
        }
        return "invalid value for \"" + field + "\": " + msg;
    }

    private static String typeName(Class<?> t) {
        if (t == String.class) return "text";
        if (t == Boolean.class || t == boolean.class) return "true or false";
        if (t == Integer.class || t == int.class) return "a whole number";
        if (List.class.isAssignableFrom(t)) return "a list";
        if (Map.class.isAssignableFrom(t) || t.isRecord()) return "a map of 'name: value' fields";
        return "a " + t.getSimpleName();
    }

    private static String hintFor(JsonMappingException e) {
        return "Check the value; put text that looks like a number or true/false in quotes.";
    }

    private static String syntax(JsonProcessingException e, String what) {
        String msg = e.getOriginalMessage();
        if (msg.startsWith("Duplicate field")) {
            return "duplicate key " + msg.substring(msg.indexOf('\'')).replace('\'', '"');
        }
        List<String> lines = msg.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String best = lines.stream().filter(l -> l.startsWith("found") || l.startsWith("expected") || l.startsWith("could not"))
                .findFirst().orElse(lines.isEmpty() ? msg : lines.get(0));
        best = best.replace("'\\t(TAB)'", "a tab").replace("'\\t'", "a tab").replaceAll("\\s*\\(Do not use .*\\)", "");
        if (best.endsWith(".")) best = best.substring(0, best.length() - 1);
        if (best.contains("a tab")) best = "a tab character where only spaces may indent";
        return "invalid YAML in the " + what + ": " + best;
    }

    private static String syntaxHint(JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        if (msg.startsWith("Duplicate field")) return "Each key may appear once; remove or rename one of them.";
        if (msg.contains("\\t") || msg.contains("\t") || msg.contains("TAB")) return "Indent with spaces, not tabs.";
        if (msg.contains("mapping values are not allowed"))
            return "A value that contains ': ' must be put in quotes.";
        return "Check indentation (spaces only) and put values with : or # in quotes.";
    }
}
