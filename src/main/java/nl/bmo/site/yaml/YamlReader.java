package nl.bmo.site.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
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
                .propertyNamingStrategy(KEYWORDS)
                .build();
    }

    /** A record component named for a Java keyword ends in {@code _}: {@code extends_} reads the key {@code extends}. */
    private static final PropertyNamingStrategies.NamingBase KEYWORDS = new PropertyNamingStrategies.NamingBase() {
        @Override
        public String translate(String name) {
            return key(name);
        }
    };

    private static String key(String componentName) {
        return componentName.endsWith("_") ? componentName.substring(0, componentName.length() - 1) : componentName;
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
        } catch (JsonProcessingException e) {
            if (YamlSyntax.isSyntaxError(e)) throw YamlSyntax.error(e, text, file, firstLine, what);
            throw mappingError(e, text, file, firstLine, what);
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of(file, firstLine, 1), "cannot read the " + what + ": " + e.getMessage(), "");
        }
    }

    /** A problem for a value of the wrong type or an unknown field, at the field as written. */
    private static SiteException mappingError(JsonProcessingException e, String text, String file, int firstLine,
            String what) {
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<String> known = u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            String name = u.getPropertyName();
            SourcePosition at = new YamlPositions(text, file, firstLine).key(pointer(u)).orElse(position(u.getLocation(), file, firstLine));
            return SiteException.at(at, "unknown " + what + " field \"" + name + "\"",
                    Suggestion.didYouMean(name, known) + "Allowed: " + String.join(", ", order(known, u.getReferringClass())) + ".");
        }
        if (e instanceof MismatchedInputException m) {
            return SiteException.at(position(m.getLocation(), file, firstLine), mismatch(m, what), hintFor(m));
        }
        if (e instanceof JsonMappingException m) {
            return SiteException.at(position(m.getLocation(), file, firstLine),
                    "invalid " + what + ": " + m.getOriginalMessage(), "Check the value's type and spelling.");
        }
        return YamlSyntax.error(e, text, file, firstLine, what);
    }

    /** The JSON pointer of the value a mapping error is about: {@code /languages/0/nmae}. */
    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            sb.append('/').append(r.getFieldName() != null ? r.getFieldName().replace("~", "~0").replace("/", "~1") : String.valueOf(r.getIndex()));
        }
        return sb.toString();
    }

    /** Reads a YAML mapping of strings to strings (interface strings). */
    @SuppressWarnings("unchecked")
    public Map<String, String> readStrings(String text, String file) {
        Map<String, Object> map = read(text, Map.class, file, 1, "strings file");
        YamlPositions at = new YamlPositions(text, file, 1);
        return map.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            if (!(e.getValue() instanceof String s))
                throw SiteException.at(at.orFile("/" + e.getKey().replace("~", "~0").replace("/", "~1")),
                        "the value of \"" + e.getKey() + "\" is not text",
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
            throw YamlSyntax.error(e, text, file, 1, what);
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
                    throw SiteException.at(position(p.currentTokenLocation(), file, firstLine),
                            "YAML anchors and aliases (& and *) are not allowed",
                            "Write the value out in full; to start a text with & or *, put it in quotes.");
                }
            }
        } catch (JsonProcessingException e) {
            throw YamlSyntax.error(e, text, file, firstLine, what);
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of(file, firstLine, 1), "cannot read: " + e.getMessage(), "");
        }
    }

    private static List<String> order(Collection<String> known, Class<?> type) {
        if (!type.isRecord()) return List.copyOf(known);
        return java.util.Arrays.stream(type.getRecordComponents()).map(c -> key(c.getName())).filter(known::contains).toList();
    }

    private static SourcePosition position(JsonLocation loc, String file, int firstLine) {
        return YamlSyntax.position(loc, file, firstLine);
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
}
