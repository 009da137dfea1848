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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.bmo.site.Message;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.Suggestion;

/**
 * Reads YAML into records, strictly: unknown fields, duplicate keys, anchors and aliases are errors, and every error
 * names the file, line and column. Thread-safe; every reader shares one mapper.
 */
public final class YamlReader {
    private final YAMLMapper mapper;

    /**
     * The one mapper every reader shares: it is thread-safe once built, and its caches of deserializers then serve
     * every file (the configuration, each theme's settings and the content rules made their own mapper before).
     */
    private static final class Shared {
        static final YAMLMapper MAPPER = build();
    }

    public YamlReader() {
        mapper = Shared.MAPPER;
    }

    private static YAMLMapper build() {
        YAMLFactory factory = YAMLFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(100)
                        .maxStringLength(1_000_000)
                        .build())
                .build();
        return YAMLMapper.builder(factory)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .propertyNamingStrategy(KEYWORDS)
                .build();
    }

    /**
     * A record component named for a Java keyword ends in {@code _}: {@code extends_} reads the key {@code extends}.
     */
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
     * @param what what the text is, for messages: the front matter, the configuration, …
     */
    public <T> T read(String text, Class<T> type, String file, int firstLine, YamlKind what) {
        if (text.indexOf('&') >= 0 || text.indexOf('*') >= 0) rejectAnchorsAndAliases(text, file, firstLine, what);
        try {
            T value = mapper.readValue(text, type);
            if (value == null)
                throw SiteException.at(SourcePosition.of(file, firstLine, 1), "yaml.empty", what.subject());
            return value;
        } catch (JsonProcessingException e) {
            if (YamlSyntax.isSyntaxError(e)) throw YamlSyntax.error(e, text, file, firstLine, what);
            throw mappingError(e, text, file, firstLine, what);
        } catch (IOException e) {
            throw SiteException.at(
                    SourcePosition.of(file, firstLine, 1), "yaml.cannotRead", what.subject(), e.getMessage());
        }
    }

    /** A problem for a value of the wrong type or an unknown field, at the field as written. */
    private static SiteException mappingError(
            JsonProcessingException e, String text, String file, int firstLine, YamlKind what) {
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<String> known = u.getKnownPropertyIds().stream()
                    .map(Object::toString)
                    .sorted()
                    .toList();
            String name = u.getPropertyName();
            SourcePosition at = new YamlPositions(text, file, firstLine)
                    .key(pointer(u))
                    .orElse(position(u.getLocation(), file, firstLine));
            return SiteException.at(
                    at,
                    "yaml.field.unknown",
                    what.qualifier(),
                    name,
                    Suggestion.didYouMean(name, known),
                    order(known, u.getReferringClass()));
        }
        if (e instanceof MismatchedInputException m) {
            return SiteException.at(
                    position(m.getLocation(), file, firstLine), mismatch(m, what), Message.of("yaml.value.hint"));
        }
        if (e instanceof JsonMappingException m) {
            return SiteException.at(
                    position(m.getLocation(), file, firstLine),
                    "yaml.value.invalid",
                    what.qualifier(),
                    m.getOriginalMessage());
        }
        return YamlSyntax.error(e, text, file, firstLine, what);
    }

    /** The JSON pointer of the value a mapping error is about: {@code /languages/0/nmae}. */
    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            sb.append('/')
                    .append(
                            r.getFieldName() != null
                                    ? r.getFieldName().replace("~", "~0").replace("/", "~1")
                                    : String.valueOf(r.getIndex()));
        }
        return sb.toString();
    }

    /** Reads a YAML mapping of strings to strings (interface strings). */
    @SuppressWarnings("unchecked")
    public Map<String, String> readStrings(String text, String file) {
        Map<String, Object> map = read(text, Map.class, file, 1, YamlKind.STRINGS_FILE);
        YamlPositions at = new YamlPositions(text, file, 1);
        return map.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            if (!(e.getValue() instanceof String s))
                throw SiteException.at(
                        at.orFile("/" + e.getKey().replace("~", "~0").replace("/", "~1")),
                        "yaml.strings.notText",
                        e.getKey());
            return s;
        }));
    }

    /** The largest data file read: a data file is hand-written text, not a database. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    /**
     * Reads a whole YAML file as a tree with the position of every value: strict UTF-8 (a byte-order mark and CRLF line
     * endings are accepted), no binary content, no duplicate keys, no anchors or aliases.
     *
     * @param file the site-relative path, for messages
     * @param what what the file is, for messages: a data file
     */
    public YamlNode readTree(byte[] bytes, String file, YamlKind what) {
        String text = decode(bytes, file, what);
        if (text.isBlank()) throw SiteException.at(SourcePosition.of(file, 1, 1), "yaml.tree.empty", what.subject());
        if (text.indexOf('&') >= 0 || text.indexOf('*') >= 0) rejectAnchorsAndAliases(text, file, 1, what);
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            if (p.nextToken() == null)
                throw SiteException.at(SourcePosition.of(file, 1, 1), "yaml.tree.empty", what.subject());
            YamlNode node = node(p, file);
            if (p.nextToken() != null) {
                throw SiteException.at(
                        position(p.currentTokenLocation(), file, 1), "yaml.tree.manyDocuments", what.subject());
            }
            return node;
        } catch (JsonProcessingException e) {
            throw YamlSyntax.error(e, text, file, 1, what);
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of(file, 1, 1), "yaml.cannotRead", what.subject(), e.getMessage());
        }
    }

    private static YamlNode node(JsonParser p, String file) throws IOException {
        SourcePosition where = position(p.currentTokenLocation(), file, 1);
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, YamlNode> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                SourcePosition keyAt = position(p.currentTokenLocation(), file, 1);
                p.nextToken();
                YamlNode value = node(p, file);
                if (map.containsKey(key)) {
                    throw SiteException.at(keyAt, "yaml.key.duplicate", key);
                }
                map.put(
                        key,
                        new YamlNode(
                                value.value(),
                                value.value() instanceof Map || value.value() instanceof List ? keyAt : value.where()));
            }
            return new YamlNode(Collections.unmodifiableMap(map), where);
        }
        if (t == JsonToken.START_ARRAY) {
            List<YamlNode> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) list.add(node(p, file));
            return new YamlNode(Collections.unmodifiableList(list), where);
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
    private static String decode(byte[] bytes, String file, YamlKind what) {
        if (bytes.length > MAX_BYTES) {
            throw SiteException.at(SourcePosition.of(file), "yaml.tree.tooLarge", what.subject(), bytes.length / 1024);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw SiteException.at(
                        SourcePosition.of(file, lineAt(bytes, i), 0), "yaml.tree.binary", what.subject());
            }
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in)
                    .toString();
        } catch (CharacterCodingException e) {
            throw SiteException.at(
                    SourcePosition.of(file, lineAt(bytes, in.position()), 0),
                    "yaml.tree.notUtf8",
                    what.subject(),
                    in.position());
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private void rejectAnchorsAndAliases(String text, String file, int firstLine, YamlKind what) {
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            while (p.nextToken() != null) {
                YAMLParser y = (YAMLParser) p;
                if (y.isCurrentAlias()
                        || y.getObjectId() != null
                        || y.currentToken() == JsonToken.VALUE_EMBEDDED_OBJECT) {
                    throw SiteException.at(
                            position(p.currentTokenLocation(), file, firstLine), "yaml.anchor.notAllowed");
                }
            }
        } catch (JsonProcessingException e) {
            throw YamlSyntax.error(e, text, file, firstLine, what);
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of(file, firstLine, 1), "io.cannotRead", e.getMessage());
        }
    }

    private static List<String> order(Collection<String> known, Class<?> type) {
        if (!type.isRecord()) return List.copyOf(known);
        return Arrays.stream(type.getRecordComponents())
                .map(c -> key(c.getName()))
                .filter(known::contains)
                .toList();
    }

    private static SourcePosition position(JsonLocation loc, String file, int firstLine) {
        return YamlSyntax.position(loc, file, firstLine);
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static Message mismatch(JsonMappingException e, YamlKind what) {
        String field = fieldPath(e);
        if (field.isEmpty()) return Message.of("yaml.value.notFields", what.subject());
        String msg = e.getOriginalMessage();
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return Message.of("yaml.value.mustBe", field, typeName(m.getTargetType()));
        }
        return Message.of("yaml.value.invalidFor", field, msg);
    }

    private static Message typeName(Class<?> t) {
        if (t == String.class) return Message.of("yaml.type.text");
        if (t == Boolean.class || t == boolean.class) return Message.of("yaml.type.boolean");
        if (t == Integer.class || t == int.class) return Message.of("yaml.type.wholeNumber");
        if (List.class.isAssignableFrom(t)) return Message.of("yaml.type.list");
        if (Map.class.isAssignableFrom(t) || t.isRecord()) return Message.of("yaml.type.map");
        return Message.of("yaml.type.other", t.getSimpleName());
    }
}
