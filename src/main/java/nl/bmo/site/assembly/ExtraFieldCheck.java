package nl.bmo.site.assembly;

import java.util.List;
import java.util.Map;
import nl.bmo.site.Message;
import nl.bmo.site.Problem;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.Suggestion;
import nl.bmo.site.model.ExtraFields;
import nl.bmo.site.model.SourceFile;
import nl.bmo.site.model.Theme;
import nl.bmo.site.yaml.YamlPositions;

/**
 * A page's {@code extra:} fields against what its theme declares it reads ({@code extra:} in theme.yaml): an unknown or
 * misspelt field, a field the page's layout does not read, a value of the wrong type and a missing required field are
 * errors at their line, as for any other front matter field. A theme that declares nothing leaves {@code extra}
 * free-form.
 */
final class ExtraFieldCheck {
    private ExtraFieldCheck() {}

    static void check(Theme theme, SourceFile s, Map<String, Object> extra, String layout, List<Problem> problems) {
        ExtraFields declared = theme.extraFields();
        if (!declared.declared()) return;
        YamlPositions at = new YamlPositions(s.frontMatter(), s.path().value(), s.frontMatterLine());
        List<String> here = declared.readBy(layout);
        for (Map.Entry<String, Object> e : extra.entrySet()) {
            String name = e.getKey();
            String pointer = "/extra/" + name.replace("~", "~0").replace("/", "~1");
            ExtraFields.Field field = declared.fields().get(name);
            if (field == null) {
                SourcePosition where = at.key(pointer).orElse(s.fieldPosition("extra"));
                Message didYouMean = Suggestion.didYouMean(name, here);
                problems.add(Problem.error(
                        where,
                        Message.of("extra.field.unknown", name),
                        here.isEmpty()
                                ? Message.of("extra.field.unknown.hintNone", name, didYouMean, theme.name(), layout)
                                : Message.of("extra.field.unknown.hint", name, didYouMean, layout, here)));
                continue;
            }
            if (!field.readBy(layout)) {
                problems.add(Problem.error(
                        at.key(pointer).orElse(s.fieldPosition("extra")),
                        "extra.field.notRead",
                        name,
                        layout,
                        theme.name(),
                        field.layouts().stream().sorted().toList()));
                continue;
            }
            Object value = e.getValue();
            if (value != null && !field.type().accepts(value)) {
                problems.add(Problem.error(
                        at.of(pointer).orElse(s.fieldPosition("extra")),
                        Message.of("extra.field.wrongType", name, field.type().description()),
                        hint(name, field.type())));
            }
        }
        for (ExtraFields.Field field : declared.fields().values()) {
            if (!field.required() || !field.readBy(layout) || extra.get(field.name()) != null) continue;
            problems.add(Problem.error(
                    s.fieldPosition(extra.isEmpty() ? "layout" : "extra"),
                    "extra.field.missing",
                    field.name(),
                    layout,
                    field.type().description()));
        }
    }

    private static Message hint(String name, ExtraFields.Type type) {
        return Message.of(
                switch (type) {
                    case TEXT -> "extra.field.wrongType.hintText";
                    case INTEGER, NUMBER -> "extra.field.wrongType.hintNumber";
                    case BOOLEAN -> "extra.field.wrongType.hintBoolean";
                    case LIST -> "extra.field.wrongType.hintList";
                    case MAP -> "extra.field.wrongType.hintMap";
                },
                name);
    }
}
