package nl.bmo.site.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestSites;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** content/site.yaml on its own: the values a build gets, and the position of a bad one. */
class ConfigLoaderTest {
    @TempDir
    Path tmp;

    private SiteConfig load(String siteYaml) {
        Path root = TestSites.write(tmp, "-- content/site.yaml --\n" + siteYaml);
        return new ConfigLoader(new YamlReader()).load(root);
    }

    @Test
    void readsLanguagesInOrderAndFillsInTheDefaults() {
        SiteConfig c = load("""
                baseUrl: https://example.org/campagne
                languages:
                  - code: en
                    name: English
                    title: Campaign
                  - code: nl
                    name: Nederlands
                    title: Campagne
                menu: [demands]
                """);
        assertThat(c.languages()).extracting(Language::code).containsExactly("en", "nl");
        assertThat(c.defaultLanguage())
                .as("no defaultLanguage means the first language")
                .isEqualTo("en");
        assertThat(c.baseUrl()).isEqualTo("https://example.org/campagne/");
        assertThat(c.theme()).isEqualTo("bmo");
        assertThat(c.menu()).containsExactly("demands");
        assertThat(c.defaultLanguageInSubdir()).isFalse();
        assertThat(c.root()).isEqualTo(tmp);
    }

    @Test
    void anUnknownDefaultLanguageIsAnErrorAtItsValue() {
        assertThatThrownBy(() -> load("""
                baseUrl: https://example.org/
                defaultLanguage: fr
                languages:
                  - code: nl
                    name: Nederlands
                    title: T
                """))
                .isInstanceOfSatisfying(
                        SiteException.class,
                        e -> assertThat(e.problems())
                                .map(Problem::format)
                                .singleElement()
                                .satisfies(m -> assertThat(m)
                                        .startsWith("content/site.yaml:2:18: error: ")
                                        .contains("fr")));
    }

    @Test
    void everyBadValueIsReportedAtOnce() {
        assertThatThrownBy(() -> load("""
                baseUrl: not a url
                languages:
                  - code: nl
                    name: Nederlands
                    title: T
                  - code: nl
                    name: Nog eens
                    title: T
                """))
                .isInstanceOfSatisfying(
                        SiteException.class,
                        e -> assertThat(e.problems())
                                .map(Problem::format)
                                .anySatisfy(m -> assertThat(m).startsWith("content/site.yaml:1:10: error: "))
                                .anySatisfy(m -> assertThat(m)
                                        .startsWith("content/site.yaml:6:")
                                        .contains("nl")));
    }
}
