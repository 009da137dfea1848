package nl.bmo.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The message bundles agree with each other, and {@link Messages} formats and chooses as documented. */
class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Messages EN = Messages.ENGLISH;
    private static final Messages NL = Messages.of("nl").orElseThrow();

    /** Keys whose text is the same in both languages: punctuation only, or nothing at all. */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "common.nothing",
            "cli.count.both",
            "cli.pages",
            "cli.stage",
            "cli.checked.counts",
            "cli.checked.countsWithInfo",
            "status.summary");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(NL.keys()).as("keys of messages_nl.properties").containsExactlyInAnyOrderElementsOf(EN.keys());
        assertThat(EN.keys()).hasSizeGreaterThan(300);
    }

    @Test
    void everyKeyHasTheSamePlaceholdersInBothLanguages() {
        List<String> differ = new ArrayList<>();
        for (String key : EN.keys()) {
            Set<String> en = placeholders(EN.pattern(key).orElseThrow());
            Set<String> nl = placeholders(NL.pattern(key).orElse(""));
            if (!en.equals(nl)) differ.add(key + ": en " + en + ", nl " + nl);
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void theDutchTextIsATranslation() {
        List<String> same = EN.keys().stream()
                .filter(k -> EN.pattern(k).equals(NL.pattern(k)) && !SAME_IN_BOTH.contains(k))
                .toList();
        assertThat(same).as("keys whose Dutch text is still the English one").isEmpty();
    }

    @Test
    void noKeyIsWrittenTwiceInAFile() throws IOException {
        for (String language : Messages.LANGUAGES) {
            Map<String, Integer> seen = new LinkedHashMap<>();
            List<String> twice = new ArrayList<>();
            String[] lines = read("messages_" + language + ".properties").split("\n");
            for (int i = 0; i < lines.length; i++) {
                Matcher m = Pattern.compile("^([A-Za-z0-9.]+)\\s*[=:]").matcher(lines[i]);
                if (m.find() && seen.put(m.group(1), i + 1) != null) twice.add(m.group(1) + " (line " + (i + 1) + ")");
            }
            assertThat(twice)
                    .as("keys written twice in messages_%s.properties", language)
                    .isEmpty();
        }
    }

    @Test
    void argumentsFillThePlaceholdersAndNothingElseIsSpecial() {
        Message m = Message.of("check.translation.askMissing", "2-1", "content/nl/eisen/a.md");
        assertThat(EN.format(m)).isEqualTo("translation is behind content/nl/eisen/a.md: ask 2-1 is missing here");
        assertThat(EN.format(new Message("check.translation.askMissing.hint", m.args())))
                .isEqualTo("Translate the ask and end it with {#2-1}, as in the original: both languages must have"
                        + " the same asks. ('translated' alone does not fix this; 'status' compares texts, not asks.)");
        assertThat(NL.format(m))
                .isEqualTo("de vertaling loopt achter op content/nl/eisen/a.md: punt 2-1" + " ontbreekt hier");
    }

    @Test
    void aNestedMessageIsFormattedInTheSameLanguageAndAnEmptyOneLeavesNoSpace() {
        Problem withSuggestion = Problem.error(
                SourcePosition.of("content/site.yaml", 3, 18),
                "config.defaultLanguage.unknown",
                "de",
                Suggestion.didYouMean("de", List.of("nl", "en")),
                List.of("en", "nl"));
        assertThat(withSuggestion.format())
                .isEqualTo("content/site.yaml:3:18: error: the default language"
                        + " \"de\" is not one of the languages\n"
                        + "  → Did you mean \"nl\"? Configured: en, nl.");
        assertThat(withSuggestion.format(NL))
                .isEqualTo("content/site.yaml:3:18: error: de standaardtaal \"de\""
                        + " staat niet bij de talen\n"
                        + "  → Bedoel je \"nl\"? Ingestelde talen: en, nl.");
        Problem without = Problem.error(
                SourcePosition.of("content/site.yaml"),
                "config.defaultLanguage.unknown",
                "xyz",
                Suggestion.didYouMean("xyz", List.of("nl", "en")),
                List.of("en", "nl"));
        assertThat(without.format()).endsWith("\n  → Configured: en, nl.");
    }

    @Test
    void numbersArePrintedAsTheyAre() {
        assertThat(EN.text("content.file.tooLarge", 12345)).isEqualTo("the file is larger than 4 MiB (12345 KiB)");
        assertThat(EN.count("common.count.error", 1)).isEqualTo("1 error");
        assertThat(EN.count("common.count.error", 2)).isEqualTo("2 errors");
        assertThat(NL.count("common.count.warning", 1)).isEqualTo("1 waarschuwing");
        assertThat(NL.count("common.count.warning", 0)).isEqualTo("0 waarschuwingen");
    }

    @Test
    void aProblemsHintIsItsKeyWithHintWhenTheBundleHasOne() {
        Problem p = Problem.error(SourcePosition.of("content/nl/a.md", 2, 1), "content.title.missing");
        assertThat(p.hint()).contains(Message.of("content.title.missing.hint"));
        assertThat(Problem.error(SourcePosition.of("x"), "io.cannotRead", "denied")
                        .hint())
                .isEmpty();
        assertThat(p.format(NL))
                .isEqualTo("content/nl/a.md:2:1: error: de pagina heeft geen titel\n  → Zet"
                        + " 'title: …' in de voorpagina.");
    }

    @Test
    void theOrderOfProblemsDoesNotDependOnTheLanguage() {
        SourcePosition at = SourcePosition.of("content/nl/a.md", 4, 1);
        Problem b = Problem.error(at, "markdown.link.missingPage", "b.md", "content/nl/b.md");
        Problem a = Problem.error(at, "markdown.id.twice", "x");
        Problem w = Problem.warning(
                SourcePosition.of("content/nl/a.md", 1, 1), "check.heading.skipsLevel", "X", 2, 4, "###");
        List<Problem> sorted = new ArrayList<>(List.of(b, a, w));
        sorted.sort(null);
        // by place, then severity, then the English text ("link…" < "the id…")
        assertThat(sorted).containsExactly(w, b, a);
        assertThat(a)
                .isEqualTo(Problem.error(at, "markdown.id.twice", "x"))
                .isNotEqualTo(Problem.error(at, "markdown.id.twice", "y"));
    }

    @Test
    void englishTextIsNotAKey() {
        assertThatThrownBy(() -> Problem.error(SourcePosition.of("a.md"), "link to a missing page", "Check the name."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("messages_en.properties");
        assertThatThrownBy(() -> Message.of("Markdown.link")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Message.of("nodots")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLanguageIsTheFlagElseTheEnvironmentElseTheSystem() {
        Locale dutch = Locale.forLanguageTag("nl-NL");
        Locale belgian = Locale.forLanguageTag("nl-BE");
        assertThat(Messages.choose(null, null, dutch).language()).isEqualTo("nl");
        assertThat(Messages.choose(null, null, belgian).language()).isEqualTo("nl");
        assertThat(Messages.choose(null, null, Locale.US).language()).isEqualTo("en");
        assertThat(Messages.choose(null, null, Locale.GERMANY).language()).isEqualTo("en");
        assertThat(Messages.choose(null, "nl", Locale.US).language()).isEqualTo("nl");
        assertThat(Messages.choose(null, "en", dutch).language()).isEqualTo("en");
        assertThat(Messages.choose(null, "fr", dutch).language())
                .as("an unknown value is ignored")
                .isEqualTo("nl");
        assertThat(Messages.choose(null, " NL ", Locale.US).language()).isEqualTo("nl");
        assertThat(Messages.choose("en", "nl", dutch).language()).isEqualTo("en");
        assertThat(Messages.choose("nl", "en", Locale.US).language()).isEqualTo("nl");
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
