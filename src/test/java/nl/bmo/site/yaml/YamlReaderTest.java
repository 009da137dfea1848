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
        return yaml.read(text, Fields.class, "content/nl/a.md", 2, YamlKind.FRONT_MATTER);
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
        assertThatThrownBy(() -> read("title: A\ntitle: B\n"))
                .hasMessageContaining(":3:")
                .hasMessageContaining("duplicate key \"title\"");
        assertThatThrownBy(() -> read("title: &x A\nextra:\n  y: *x\n")).hasMessageContaining("anchors and aliases");
    }

    @Test
    void rejectsDeepNestingWithoutStackOverflow() {
        String deep = "title: A\nextra: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        assertThatThrownBy(() -> read(deep)).isInstanceOf(SiteException.class);
    }

    @Test
    void readsFlatStringMaps() {
        assertThat(yaml.readStrings("a.b: Tekst\nc: ‘quote’\n", "i18n/nl.yaml"))
                .containsEntry("a.b", "Tekst")
                .containsEntry("c", "‘quote’");
        assertThatThrownBy(() -> yaml.readStrings("a:\n  b: c\n", "i18n/nl.yaml"))
                .hasMessageContaining("the value of \"a\" is not text");
    }

    /** The first line of the message a syntax error of {@code text} (front matter from file line 2) gives. */
    private String error(String text) {
        try {
            read(text);
        } catch (SiteException e) {
            return e.problems().get(0).where() + ": " + e.problems().get(0).message();
        }
        throw new AssertionError("no error for " + text);
    }

    @Test
    void reportsSyntaxErrorsWhereTheParserFoundThem() {
        assertThat(error("title: A\nsummary:\n\ttext\n"))
                .isEqualTo(
                        "content/nl/a.md:4:1: invalid YAML in the front matter: a tab character where only spaces may "
                                + "indent");
        assertThat(error("title:\tA\n"))
                .isEqualTo(
                        "content/nl/a.md:2:7: invalid YAML in the front matter: a tab character where only a space may "
                                + "stand");
        assertThat(error("title: A\naliases: [/a/, /b/\nsummary: x\n"))
                .isEqualTo("content/nl/a.md:4:8: invalid YAML in the front matter: the list in [ ] is not closed");
        assertThat(error("title: A\nextra: {a: 1\nsummary: x\n"))
                .isEqualTo("content/nl/a.md:4:8: invalid YAML in the front matter: the map in { } is not closed");
        assertThat(error("title: A\naliases:\n  - /a/\n - /b/\n"))
                .isEqualTo(
                        "content/nl/a.md:5:2: invalid YAML in the front matter: this line is indented differently from "
                                + "the lines above it");
        assertThat(error("title: A\nsummary: \"x\\q\"\n"))
                .isEqualTo(
                        "content/nl/a.md:3:13: invalid YAML in the front matter: unknown escape \\q in text in double "
                                + "quotes");
        assertThat(error("title: A\nsummary: 'it's'\n"))
                .isEqualTo("content/nl/a.md:3:14: invalid YAML in the front matter: more text after a complete value");
        assertThat(error("title: @x\n"))
                .isEqualTo("content/nl/a.md:2:8: invalid YAML in the front matter: a value cannot start with @");
        assertThat(error("title: A\nsummary: x\u0001y\n"))
                .isEqualTo(
                        "content/nl/a.md:3:11: invalid YAML in the front matter: the invisible character U+0001 is not "
                                + "allowed");
    }

    @Test
    void reportsUnclosedQuotesAndKeysWithoutColonWhereTheyStart() {
        assertThat(error("title: A\nsummary: \"open\nlayout: page\n"))
                .isEqualTo("content/nl/a.md:3:10: invalid YAML in the front matter: the quoted text is not closed");
        assertThat(error("title: A\naliases: [/a/, /b/\n"))
                .isEqualTo("content/nl/a.md:3:10: invalid YAML in the front matter: the list in [ ] is not closed");
        assertThat(error("title: A\nsummary\nlayout: x\n"))
                .isEqualTo("content/nl/a.md:3:1: invalid YAML in the front matter: a key without ':' after it");
    }

    @Test
    void givesTheContextInTheHint() {
        assertThatThrownBy(() -> read("title: A\naliases: [/a/, /b/\nsummary: x\n"))
                .hasMessageEndingWith("The list starts at line 3, column 10.");
    }

    @Test
    void namesNestedUnknownFieldsAtTheirKey() {
        record Language(String code, String name) {}
        record Config(String baseUrl, List<Language> languages) {}
        assertThatThrownBy(() -> yaml.read(
                        "baseUrl: x\nlanguages:\n  - code: nl\n    nmae: N\n",
                        Config.class,
                        "content/site.yaml",
                        1,
                        YamlKind.CONFIGURATION))
                .hasMessageStartingWith("content/site.yaml:4:5: error: unknown configuration field \"nmae\"")
                .hasMessageContaining("Did you mean \"name\"? Allowed: code, name.");
    }

    @Test
    void findsWhereValuesAreWritten() {
        YamlPositions at = new YamlPositions(
                "baseUrl: https://x/\nlanguages:\n  - code: nl\n  - code: en\n    quotes: \"«»\"\nmenu: []\n",
                "content/site.yaml",
                1);
        assertThat(at.of("/baseUrl")).hasValue(nl.bmo.site.SourcePosition.of("content/site.yaml", 1, 10));
        assertThat(at.of("/languages/1/code")).hasValue(nl.bmo.site.SourcePosition.of("content/site.yaml", 4, 11));
        assertThat(at.of("/languages/1/quotes")).hasValue(nl.bmo.site.SourcePosition.of("content/site.yaml", 5, 13));
        assertThat(at.of("/menu")).hasValue(nl.bmo.site.SourcePosition.of("content/site.yaml", 6, 7));
        assertThat(at.key("/languages/1/quotes")).hasValue(nl.bmo.site.SourcePosition.of("content/site.yaml", 5, 5));
        assertThat(at.of("/theme")).isEmpty();
        assertThat(at.orFile("/theme")).isEqualTo(nl.bmo.site.SourcePosition.of("content/site.yaml"));
    }
}
