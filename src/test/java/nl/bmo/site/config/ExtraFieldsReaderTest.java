package nl.bmo.site.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.bmo.site.SiteException;
import nl.bmo.site.model.ExtraFields;
import org.junit.jupiter.api.Test;

/** The {@code extra:} declarations of a theme.yaml (the build-time messages are in invalid-sites/extra-field-*). */
class ExtraFieldsReaderTest {
    static final Path BUNDLED =
            Path.of(System.getProperty("project.basedir", ".")).resolve("themes/bmo");

    @Test
    void readsTypesLayoutsAndRequiredFields() {
        ExtraFields f = ExtraFieldsReader.read("""
                name: t
                extra:
                  number: {type: integer, required: true, layouts: [demand]}
                  shortTitle:
                    type: text
                    description: Short.
                  tags: {type: list}
                """, "themes/t/theme.yaml");
        assertThat(f.declared()).isTrue();
        assertThat(f.fields()).containsOnlyKeys("number", "shortTitle", "tags");
        assertThat(f.fields().get("number"))
                .isEqualTo(new ExtraFields.Field("number", ExtraFields.Type.INTEGER, Set.of("demand"), true));
        assertThat(f.fields().get("shortTitle"))
                .isEqualTo(new ExtraFields.Field("shortTitle", ExtraFields.Type.TEXT, Set.of(), false));
        assertThat(f.readBy("demand")).containsExactly("number", "shortTitle", "tags");
        assertThat(f.readBy("page")).containsExactly("shortTitle", "tags");
    }

    @Test
    void aThemeWithoutTheSectionLeavesExtraFreeFormAndAnEmptySectionAllowsNothing() {
        assertThat(ExtraFieldsReader.read("name: t\n", "themes/t/theme.yaml")).isEqualTo(ExtraFields.NONE);
        ExtraFields none = ExtraFieldsReader.read("name: t\nextra: {}\n", "themes/t/theme.yaml");
        assertThat(none.declared()).isTrue();
        assertThat(none.fields()).isEmpty();
    }

    @Test
    void aSectionThatIsNotAMapIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> ExtraFieldsReader.read("name: t\nextra: [number]\n", "themes/t/theme.yaml"))
                .isInstanceOfSatisfying(
                        SiteException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.format())
                                .containsExactly(
                                        "themes/t/theme.yaml:2:1: error: \"extra\" must be a map of the fields the"
                                                + " templates read\n"
                                                + "  → Write one field per line below it, such as 'number: {type:"
                                                + " integer}'; write 'extra: {}' for none."));
    }

    @Test
    void typeValuesAreCheckedAsYamlReadsThem() {
        assertThat(ExtraFields.Type.INTEGER.accepts(2)).isTrue();
        assertThat(ExtraFields.Type.INTEGER.accepts(2.5)).isFalse();
        assertThat(ExtraFields.Type.INTEGER.accepts("2")).isFalse();
        assertThat(ExtraFields.Type.NUMBER.accepts(2.5)).isTrue();
        assertThat(ExtraFields.Type.TEXT.accepts(2026)).isFalse();
        assertThat(ExtraFields.Type.BOOLEAN.accepts("yes")).isFalse();
        assertThat(ExtraFields.Type.MAP.accepts(Map.of())).isTrue();
        assertThat(ExtraFields.Type.LIST.accepts(List.of())).isTrue();
    }

    /** The bundled theme declares exactly the extra fields its templates read, so that a misspelt field is caught. */
    @Test
    void theBundledThemeDeclaresEveryExtraFieldItsTemplatesRead() throws IOException {
        Set<String> read = new TreeSet<>();
        Matcher m = Pattern.compile("extra\\.([A-Za-z0-9_]+)").matcher("");
        try (Stream<Path> s = Files.walk(BUNDLED.resolve("templates"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.reset(Files.readString(p));
                while (m.find()) read.add(m.group(1));
            }
        }
        read.add("number"); // templates read it as page.number, which the generator takes from extra.number
        ExtraFields declared =
                ExtraFieldsReader.read(Files.readString(BUNDLED.resolve("theme.yaml")), "themes/bmo/theme.yaml");
        assertThat(declared.fields().keySet()).containsExactlyInAnyOrderElementsOf(read);
    }
}
