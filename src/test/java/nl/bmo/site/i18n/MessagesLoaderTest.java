package nl.bmo.site.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.Theme;
import nl.bmo.site.model.UiStrings;
import nl.bmo.site.yaml.YamlReader;
import org.junit.jupiter.api.Test;

/** Interface strings: the theme's i18n/<lang>.yaml with the site's own strings laid over them. */
class MessagesLoaderTest {
    private static final Language NL = language("nl", Map.of());
    private static final Language EN = language("en", Map.of());

    private static Language language(String code, Map<String, String> strings) {
        return new Language(code, code, code, "", "", "“”‘’", strings);
    }

    private static Theme theme(Map<String, String> files) {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return new Theme("t", "themes/t", "themes/t/", bytes, Optional.empty());
    }

    private static UiStrings load(List<Language> languages, Map<String, String> themeFiles) {
        SiteConfig config = new SiteConfig(
                Path.of("site"),
                languages,
                languages.get(0).code(),
                false,
                "https://example.org/",
                "t",
                List.of(),
                Map.of());
        return new MessagesLoader(new YamlReader()).load(config, theme(themeFiles));
    }

    private static List<String> problems(List<Language> languages, Map<String, String> themeFiles) {
        try {
            load(languages, themeFiles);
        } catch (SiteException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
        throw new AssertionError("no problem reported");
    }

    @Test
    void laysTheSiteStringsOverTheThemeStringsPerLanguage() {
        Language nl = language("nl", Map.of("share.title", "Doorsturen"));
        UiStrings strings = load(
                List.of(nl, EN),
                Map.of(
                        "i18n/nl.yaml", "share.title: Delen\nskip-link.text: Naar de hoofdinhoud\n",
                        "i18n/en.yaml", "share.title: Share\nskip-link.text: Skip to main content\n"));
        assertThat(strings.of("nl"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("share.title", "Doorsturen", "skip-link.text", "Naar de hoofdinhoud"));
        assertThat(strings.of("en"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("share.title", "Share", "skip-link.text", "Skip to main content"));
    }

    @Test
    void aMissingStringIsMissingNotTakenFromAnotherLanguage() {
        UiStrings strings = load(
                List.of(NL, EN),
                Map.of(
                        "i18n/nl.yaml", "share.title: Delen\nnav.home: Home\n",
                        "i18n/en.yaml", "share.title: Share\n"));
        assertThat(strings.get("nl", "nav.home")).hasValue("Home");
        assertThat(strings.get("en", "nav.home")).isEmpty();
        assertThat(strings.get("fr", "share.title")).isEmpty();
        assertThat(strings.of("fr")).isEmpty();
    }

    @Test
    void aLanguageWithoutStringsIsAnErrorNamingTheFileToCreate() {
        Language fr = language("fr", Map.of());
        assertThat(problems(List.of(NL, fr), Map.of("i18n/nl.yaml", "share.title: Delen\n")))
                .containsExactly(
                        "themes/t/i18n/fr.yaml: error: the theme has no interface strings for language \"fr\"\n"
                                + "  → Create themes/t/i18n/fr.yaml (copy another language's file and translate it),"
                                + " or give the strings under 'strings:' of the language in content/site.yaml.");
    }

    @Test
    void aLanguageWithOnlyTheSiteStringsNeedsNoThemeFile() {
        Language fr = language("fr", Map.of("share.title", "Partager"));
        UiStrings strings = load(List.of(NL, fr), Map.of("i18n/nl.yaml", "share.title: Delen\n"));
        assertThat(strings.of("fr")).containsExactly(Map.entry("share.title", "Partager"));
    }

    @Test
    void yamlErrorsNameTheFileAndLineOfEveryLanguageAtOnce() {
        List<String> problems = problems(
                List.of(NL, EN),
                Map.of(
                        "i18n/nl.yaml", "share.title: Delen\nshare.title: Nog eens\n",
                        "i18n/en.yaml", "share.title: Share\nnav.home: \"Home\n"));
        // an unclosed quote is reported where it opens; the duplicate key at its second occurrence
        assertThat(problems)
                .containsExactly(
                        "themes/t/i18n/en.yaml:2:11: error: invalid YAML in the strings file:"
                                + " the quoted text is not closed\n"
                                + "  → End the text with the quote mark it starts with (\"…\" or '…');"
                                + " inside '…' write ' as ''.",
                        "themes/t/i18n/nl.yaml:2:12: error: duplicate key \"share.title\"\n"
                                + "  → Each key may appear once; remove or rename one of them.");
    }

    @Test
    void aValueThatIsNotTextIsAnErrorAtItsLine() {
        assertThat(problems(List.of(NL), Map.of("i18n/nl.yaml", "share.title: Delen\nnav:\n  home: Home\n")))
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .startsWith("themes/t/i18n/nl.yaml:3:")
                        .contains("the value of \"nav\" is not text")
                        .contains("Write every entry as 'key: text', with keys flat like 'share.title'."));
    }
}
