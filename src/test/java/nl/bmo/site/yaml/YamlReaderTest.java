package nl.bmo.site.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.bmo.site.SiteException;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    record Fields(String title, Boolean draft, Integer weight, List<String> aliases, Map<String, Object> extra) {}

    private final YamlReader yaml = new YamlReader();

    private Fields read(String text) {
        return yaml.read(text, Fields.class, "content/nl/a.md", 2, "front matter");
    }

    @Test
    void keepsWordsThatYamlCouldTurnIntoBooleansOrNumbersAsText() {
        assertThat(read("title: No\n").title()).isEqualTo("No");
        assertThat(read("title: yes\n").title()).isEqualTo("yes");
        assertThat(read("title: 2026\n").title()).isEqualTo("2026");
        assertThat(read("title: 0,7%\n").title()).isEqualTo("0,7%");
    }

    @Test
    void readsTypedFields() {
        Fields f = read("title: A\ndraft: true\nweight: 3\naliases: [/eisen/1/]\nextra:\n  number: 1\n");
        assertThat(f.draft()).isTrue();
        assertThat(f.weight()).isEqualTo(3);
        assertThat(f.aliases()).containsExactly("/eisen/1/");
        assertThat(f.extra()).containsEntry("number", 1);
    }

    @Test
    void namesTheFieldWhoseTypeIsWrong() {
        assertThatThrownBy(() -> read("title: A\nweight: heavy\n"))
                .isInstanceOf(SiteException.class)
                .hasMessage("content/nl/a.md:3:9: error: \"weight\" must be a whole number\n"
                        + "  → Check the value; put text that looks like a number or true/false in quotes.");
    }

    @Test
    void suggestsTheNearestKnownField() {
        assertThatThrownBy(() -> read("title: A\nwieght: 3\n"))
                .isInstanceOf(SiteException.class)
                .hasMessageContaining("content/nl/a.md:3:1: error: unknown front matter field \"wieght\"")
                .hasMessageContaining("Did you mean \"weight\"? Allowed: title, draft, weight, aliases, extra.");
    }

    @Test
    void rejectsDuplicateKeysAnchorsAndAliases() {
        assertThatThrownBy(() -> read("title: A\ntitle: B\n")).hasMessageContaining(":3:").hasMessageContaining("duplicate key \"title\"");
        assertThatThrownBy(() -> read("title: &x A\nextra:\n  y: *x\n")).hasMessageContaining("anchors and aliases");
    }

    @Test
    void rejectsDeepNestingWithoutStackOverflow() {
        String deep = "title: A\nextra: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        assertThatThrownBy(() -> read(deep)).isInstanceOf(SiteException.class);
    }

    @Test
    void readsFlatStringMaps() {
        assertThat(yaml.readStrings("a.b: Tekst\nc: ‘quote’\n", "i18n/nl.yaml")).containsEntry("a.b", "Tekst").containsEntry("c", "‘quote’");
        assertThatThrownBy(() -> yaml.readStrings("a:\n  b: c\n", "i18n/nl.yaml"))
                .hasMessageContaining("the value of \"a\" is not text");
    }
}
