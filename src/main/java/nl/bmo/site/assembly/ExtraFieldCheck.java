package nl.bmo.site.assembly;

import java.util.List;
import java.util.Map;
import nl.bmo.site.Problem;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.Suggestion;
import nl.bmo.site.model.ExtraFields;
import nl.bmo.site.model.SourceFile;
import nl.bmo.site.model.Theme;
import nl.bmo.site.yaml.YamlPositions;

/**
 * A page's {@code extra:} fields against what its theme declares it reads ({@code extra:} in theme.yaml): an unknown
 * or misspelt field, a field the page's layout does not read, a value of the wrong type and a missing required field
 * are errors at their line, as for any other front matter field. A theme that declares nothing leaves {@code extra}
 * free-form.
 */
final class ExtraFieldCheck {
    private ExtraFieldCheck() {}

    static void check(Theme theme, SourceFile s, Map<String, Object> extra, String layout, List<Problem> problems) {
        ExtraFields declared = theme.extraFields();
        if (!declared.declared()) return;
        YamlPositions at = new YamlPositions(s.frontMatter(), s.path(), s.frontMatterLine());
        List<String> here = declared.readBy(layout);
        for (Map.Entry<String, Object> e : extra.entrySet()) {
            String name = e.getKey();
            String pointer = "/extra/" + name.replace("~", "~0").replace("/", "~1");
            ExtraFields.Field field = declared.fields().get(name);
            if (field == null) {
                SourcePosition where = at.key(pointer).orElse(s.fieldPosition("extra"));
                problems.add(Problem.error(
                        where,
                        "unknown extra field \"" + name + "\"",
                        Suggestion.didYouMean(name, here)
                                + (here.isEmpty()
                                        ? "The theme \"" + theme.name()
                                                + "\" reads no extra field on a page with layout \"" + layout
                                                + "\"; remove it."
                                        : "Allowed with layout \"" + layout + "\": " + String.join(", ", here) + ".")));
                continue;
            }
            if (!field.readBy(layout)) {
                problems.add(Problem.error(
                        at.key(pointer).orElse(s.fieldPosition("extra")),
                        "extra field \"" + name + "\" is not read on a page with layout \"" + layout + "\"",
                        "The theme \"" + theme.name() + "\" reads it only with layout "
                                + String.join(
                                        ", ", field.layouts().stream().sorted().toList())
                                + "; remove it, or set that layout."));
                continue;
            }
            Object value = e.getValue();
            if (value != null && !field.type().accepts(value)) {
                problems.add(Problem.error(
                        at.of(pointer).orElse(s.fieldPosition("extra")),
                        "extra field \"" + name + "\" must be " + field.type().description(),
                        hint(name, field.type())));
            }
        }
        for (ExtraFields.Field field : declared.fields().values()) {
            if (!field.required() || !field.readBy(layout) || extra.get(field.name()) != null) continue;
            problems.add(Problem.error(
                    s.fieldPosition(extra.isEmpty() ? "layout" : "extra"),
                    "extra field \"" + field.name() + "\" is missing",
                    "A page with layout \"" + layout + "\" needs it: add '" + field.name() + ": …' under 'extra:' ("
                            + field.type().description() + ")."));
        }
    }

    private static String hint(String name, ExtraFields.Type type) {
        return switch (type) {
            case TEXT -> "Put the value in quotes: " + name + ": \"…\".";
            case INTEGER, NUMBER -> "Write a number without quotes, such as " + name + ": 2.";
            case BOOLEAN -> "Write " + name + ": true or " + name + ": false, without quotes.";
            case LIST -> "Write a list: " + name + ": [a, b], or one '- …' line per item below it.";
            case MAP -> "Write its fields below it, indented, one 'name: value' per line.";
        };
    }
}
