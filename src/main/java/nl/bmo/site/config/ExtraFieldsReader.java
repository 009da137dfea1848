package nl.bmo.site.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.bmo.site.Message;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.Suggestion;
import nl.bmo.site.model.ExtraFields;
import nl.bmo.site.yaml.YamlKind;
import nl.bmo.site.yaml.YamlNode;
import nl.bmo.site.yaml.YamlReader;

/**
 * Reads the {@code extra:} section of a theme's {@code theme.yaml}: the front matter fields under {@code extra:} that
 * the theme's templates read.
 *
 * <pre>
 * extra:
 *   number: {type: integer}
 *   signatory: {type: text, layouts: [letter], required: true}
 * </pre>
 *
 * {@code type} is one of {@code text, integer, number, boolean, list, map}; {@code layouts} limits the field to the
 * pages of those layouts (without it, every layout reads it); {@code required: true} makes those pages set it;
 * {@code description} says what it is for, for the theme's readers. Every mistake is reported at once, at its line.
 */
public final class ExtraFieldsReader {
    static final String SECTION = "extra";
    private static final List<String> OPTIONS = List.of("type", "layouts", "required", "description");

    /** What other languages call the types. */
    private static final Map<String, String> OTHER_NAMES = Map.of(
            "string", "text", "str", "text", "int", "integer", "long", "integer", "float", "number", "double", "number",
            "bool", "boolean", "array", "list", "object", "map", "dict", "map");

    private ExtraFieldsReader() {}

    private static Message didYouMean(String type) {
        String other = OTHER_NAMES.get(type.toLowerCase(Locale.ROOT));
        return other != null
                ? Message.of("common.didYouMean", other)
                : Suggestion.didYouMean(type, ExtraFields.Type.words());
    }

    /** The declarations in {@code text} (a theme.yaml at {@code file}); {@link ExtraFields#NONE} without a section. */
    public static ExtraFields read(String text, String file) {
        YamlNode root = new YamlReader().readTree(text.getBytes(StandardCharsets.UTF_8), file, YamlKind.THEME_SETTINGS);
        YamlNode section = root.map().get(SECTION);
        if (section == null) return ExtraFields.NONE;
        List<Problem> problems = new ArrayList<>();
        Map<String, ExtraFields.Field> fields = new LinkedHashMap<>();
        if (section.value() != null && !section.isMap()) {
            throw SiteException.at(section.where(), "extra.section.notAMap");
        }
        section.map().forEach((name, spec) -> {
            if (!spec.isMap()) {
                problems.add(Problem.error(spec.where(), "extra.declaration.noType", name, ExtraFields.Type.words()));
                return;
            }
            spec.map().forEach((option, value) -> {
                if (!OPTIONS.contains(option)) {
                    problems.add(Problem.error(
                            value.where(),
                            Message.of("extra.declaration.unknownOption", option, name),
                            Message.of("common.known", Suggestion.didYouMean(option, OPTIONS), OPTIONS)));
                }
            });
            YamlNode type = spec.map().get("type");
            var t = type == null || type.text() == null
                    ? Optional.<ExtraFields.Type>empty()
                    : ExtraFields.Type.of(type.text());
            if (t.isEmpty()) {
                String given = type == null ? null : type.text();
                problems.add(Problem.error(
                        type == null ? spec.where() : type.where(),
                        given == null
                                ? Message.of("extra.declaration.noType", name)
                                : Message.of("extra.declaration.unknownType", given, name),
                        Message.of(
                                "extra.declaration.types",
                                given == null ? Message.of("common.nothing") : didYouMean(given),
                                ExtraFields.Type.words())));
            }
            Set<String> layouts = new LinkedHashSet<>();
            YamlNode l = spec.map().get("layouts");
            if (l != null) {
                if (l.isList() && l.list().stream().allMatch(n -> n.value() instanceof String))
                    l.list().forEach(n -> layouts.add((String) n.value()));
                else problems.add(Problem.error(l.where(), "extra.declaration.layoutsNotAList", name));
            }
            YamlNode required = spec.map().get("required");
            if (required != null && !(required.value() instanceof Boolean)) {
                problems.add(Problem.error(required.where(), "extra.declaration.requiredNotBoolean", name));
            }
            if (t.isPresent())
                fields.put(
                        name,
                        new ExtraFields.Field(
                                name, t.get(), layouts, required != null && Boolean.TRUE.equals(required.value())));
        });
        SiteException.throwIfErrors(problems);
        return new ExtraFields(true, fields);
    }
}
