package nl.bmo.site.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.bmo.site.TestCli;
import nl.bmo.site.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status}, {@code translated} and the translation warnings of {@code check}, on a site whose Dutch text changes.
 */
class TranslationWorkflowTest {
    @TempDir
    Path tmp;

    Path site;

    static final String SITE = TestSites.BASE + """
            -- content/nl/a.md --
            ---
            title: Eis A
            translationKey: a
            date: 2026-01-06
            weight: 1
            ---
            Eerste zin.

            Oude zin.
            -- content/en/a.md --
            ---
            title: Demand A
            translationKey: a
            date: 2026-01-06
            weight: 1
            ---
            First sentence.

            Old sentence.
            -- content/nl/b.md --
            ---
            title: Alleen Nederlands
            translationKey: b
            ---
            Nog niet vertaald.
            """;

    @BeforeEach
    void writeSiteAndRecordItsTranslations() {
        site = TestSites.write(tmp.resolve("site"), SITE);
        TestCli.Run r = TestCli.run("translated", "-s", site.toString(), "content/en/_index.md", "content/en/a.md");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                content/en/_index.md: recorded as up to date with content/nl/_index.md (source %s)
                content/en/a.md: recorded as up to date with content/nl/a.md (source %s)
                """.formatted(hash("home"), hash("a")));
    }

    /** The hash recorded in a page of the given key, from its English front matter. */
    private String hash(String key) {
        String file = key.equals("home") ? "content/en/_index.md" : "content/en/" + key + ".md";
        try {
            String text = Files.readString(site.resolve(file));
            return text.replaceAll("(?s).*translation: \\{from: nl, source: ([0-9a-f]{12})}.*", "$1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void translatedWritesOneFrontMatterLineAndLeavesTheRestOfTheFile() throws IOException {
        assertThat(Files.readString(site.resolve("content/en/a.md"))).isEqualTo("""
                ---
                title: Demand A
                translationKey: a
                date: 2026-01-06
                weight: 1
                translation: {from: nl, source: %s}
                ---
                First sentence.

                Old sentence.
                """.formatted(hash("a")));
        TestCli.Run again = TestCli.run("translated", "-s", site.toString(), "content/en/a.md");
        assertThat(again.out())
                .isEqualTo("content/en/a.md: already up to date with content/nl/a.md (source " + hash("a") + ")\n");
    }

    @Test
    void reportsUpToDateAndMissingPages() {
        TestCli.Run r = TestCli.run("status", "-s", site.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                Translations: 3 pages in nl, en: 2 up to date, 1 missing.

                key   nl            en
                home  original      up to date
                a     original      up to date
                b     original      MISSING

                missing: content/en/b.md (translation of content/nl/b.md)
                  → Create it with the same translationKey; when it is translated, run: translated content/en/b.md
                """);
        assertThat(TestCli.run("status", "-s", site.toString(), "--strict").exit())
                .isEqualTo(1);
    }

    /** Page a without its record: one up to date, one not recorded, one missing. */
    private void forgetTheRecordOfA() {
        TestSites.edit(site, "content/en/a.md", "translation: {from: nl, source: " + hash("a") + "}\n", "");
    }

    @Test
    void statusTextIsInTheLanguageOfTheMessages() {
        forgetTheRecordOfA();
        TestCli.Run en = TestCli.run("status", "-s", site.toString(), "--messages", "en");
        assertThat(en.exit()).as(en.err()).isZero();
        assertThat(en.out()).isEqualTo("""
                Translations: 3 pages in nl, en: 1 up to date, 1 not recorded, 1 missing.

                key   nl            en
                home  original      up to date
                a     original      not recorded
                b     original      MISSING

                not recorded: content/en/a.md (translation not recorded)
                  → When it says what content/nl/a.md says, run: translated content/en/a.md
                missing: content/en/b.md (translation of content/nl/b.md)
                  → Create it with the same translationKey; when it is translated, run: translated content/en/b.md
                """);

        TestCli.Run nl = TestCli.run("status", "-s", site.toString(), "--messages", "nl");
        assertThat(nl.exit()).as(nl.err()).isZero();
        assertThat(nl.out()).isEqualTo("""
                Vertalingen: 3 pagina’s in nl, en: 1 bijgewerkt, 1 niet vastgelegd, 1 ontbreekt.

                pagina  nl               en
                home    origineel        bijgewerkt
                a       origineel        niet vastgelegd
                b       origineel        ONTBREEKT

                niet vastgelegd: content/en/a.md (de voorpagina heeft geen regel 'translation:')
                  → Staat er hetzelfde in als in content/nl/a.md? Voer dan uit: translated content/en/a.md
                ontbreekt: content/en/b.md (vertaling van content/nl/b.md)
                  → Maak het bestand aan met dezelfde translationKey; als het vertaald is, voer dan uit: \
                translated content/en/b.md
                """);
    }

    @Test
    void statusMarkdownIsInTheLanguageOfTheMessagesAndJsonStaysEnglish() {
        forgetTheRecordOfA();
        TestCli.Run en = TestCli.run("status", "-s", site.toString(), "--format", "markdown", "--messages", "en");
        assertThat(en.out()).isEqualTo("""
                ### Translations

                ⚠️ 3 pages in nl, en: 1 up to date, 1 not recorded, 1 missing.

                | Page | Nederlands (nl) | English (en) |
                |---|---|---|
                | `home` | 📝 original | ✅ up to date |
                | `a` | 📝 original | ❔ not recorded |
                | `b` | 📝 original | ❌ missing |

                #### To do

                - ❔ **not recorded**: `content/en/a.md` (from `content/nl/a.md`) — update it, then run \
                `translated content/en/a.md`
                - ❌ **missing**: `content/en/b.md` (from `content/nl/b.md`) — create it, translate it, then run \
                `translated content/en/b.md`
                """);

        TestCli.Run nl = TestCli.run("status", "-s", site.toString(), "--format", "markdown", "--messages", "nl");
        assertThat(nl.out()).isEqualTo("""
                ### Vertalingen

                ⚠️ 3 pagina’s in nl, en: 1 bijgewerkt, 1 niet vastgelegd, 1 ontbreekt.

                | Pagina | Nederlands (nl) | English (en) |
                |---|---|---|
                | `home` | 📝 origineel | ✅ bijgewerkt |
                | `a` | 📝 origineel | ❔ niet vastgelegd |
                | `b` | 📝 origineel | ❌ ontbreekt |

                #### Te doen

                - ❔ **niet vastgelegd**: `content/en/a.md` (vertaling van `content/nl/a.md`) — werk het bij en voer \
                daarna `translated content/en/a.md` uit
                - ❌ **ontbreekt**: `content/en/b.md` (vertaling van `content/nl/b.md`) — maak het bestand aan, vertaal \
                het en voer daarna `translated content/en/b.md` uit
                """);

        TestCli.Run jsonNl = TestCli.run("status", "-s", site.toString(), "--format", "json", "--messages", "nl");
        assertThat(jsonNl.out())
                .isEqualTo(TestCli.run("status", "-s", site.toString(), "--format", "json", "--messages", "en")
                        .out())
                .contains("\"state\": \"not-recorded\"", "\"note\": \"translation not recorded\"");
    }

    @Test
    void aDateOrWeightChangeIsNotBehind() {
        TestSites.edit(site, "content/nl/a.md", "date: 2026-01-06\nweight: 1", "date: 2026-02-01\nweight: 7");
        TestSites.edit(site, "content/nl/a.md", "Oude zin.", "Oude zin.   \n\n\n");
        TestCli.Run r = TestCli.run("status", "-s", site.toString(), "--format", "json");
        assertThat(r.out())
                .contains("\"en\": {\"state\": \"up-to-date\", \"file\": \"content/en/a.md\"")
                .contains("\"behind\": 0")
                .doesNotContain("\"state\": \"behind\"");
    }

    @Test
    void aChangedDutchTextMakesExactlyItsTranslationBehindUntilTranslatedIsRun() throws Exception {
        boolean git = git("init", "-q")
                && git("add", ".")
                && git(
                        "-c",
                        "user.name=t",
                        "-c",
                        "user.email=t@example.org",
                        "-c",
                        "commit.gpgsign=false",
                        "commit",
                        "-q",
                        "-m",
                        "first");
        String recorded = hash("a");
        TestSites.edit(site, "content/nl/a.md", "Oude zin.", "Nieuwe zin.");

        TestCli.Run json = TestCli.run("status", "-s", site.toString(), "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).contains("""
                    {"key": "a", "languages": {
                      "nl": {"state": "original", "file": "content/nl/a.md"},
                      "en": {"state": "behind", "file": "content/en/a.md", "source": "content/nl/a.md", "recorded": "%s", "current": \
                """.formatted(recorded).stripTrailing());
        assertThat(json.out())
                .contains("\"summary\": {\"original\": 3, \"up-to-date\": 1, \"behind\": 1, \"not-recorded\": 0, "
                        + "\"missing\": 1}");
        if (git) assertThat(json.out()).contains("\"diff\": \"  Eerste zin.\\n\\n- Oude zin.\\n+ Nieuwe zin.\"");

        TestCli.Run text = TestCli.run("status", "-s", site.toString());
        assertThat(text.out()).startsWith("""
                Translations: 3 pages in nl, en: 1 up to date, 1 behind, 1 missing.

                key   nl            en
                home  original      up to date
                a     original      BEHIND
                b     original      MISSING

                behind: content/en/a.md (content/nl/a.md changed since it was translated)
                  → Update the translation, then run: translated content/en/a.md
                """);
        if (git) {
            assertThat(text.out()).contains("""
                      What changed in content/nl/a.md:
                          Eerste zin.

                        - Oude zin.
                        + Nieuwe zin.
                    """);
        }

        TestCli.Run dutch = TestCli.run("status", "-s", site.toString(), "--messages", "nl");
        assertThat(dutch.out()).contains("""
                        a       origineel        LOOPT ACHTER
                        """, """
                        loopt achter: content/en/a.md (content/nl/a.md is veranderd sinds de vertaling)
                          → Werk de vertaling bij en voer daarna uit: translated content/en/a.md
                        """);
        if (git) assertThat(dutch.out()).contains("  Wat er veranderd is in content/nl/a.md:\n");
        else assertThat(dutch.out()).contains("  (git heeft geen versie van content/nl/a.md met source " + recorded);

        TestCli.Run check = TestCli.run("check", "-s", site.toString());
        assertThat(check.exit())
                .as("a translation behind its original blocks a change")
                .isEqualTo(1);
        assertThat(check.err())
                .contains("content/en/a.md:6:1: warning: translation is behind content/nl/a.md: its text changed since "
                        + "this page was translated\n"
                        + "  → Bring the translation up to date ('status' shows what changed), then run: "
                        + "translated content/en/a.md");

        TestCli.Run done = TestCli.run("translated", "-s", site.toString(), "content/en/a.md");
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(hash("a")).isNotEqualTo(recorded);
        assertThat(TestCli.run("status", "-s", site.toString()).out()).contains("a     original      up to date");
        assertThat(TestCli.run("check", "-s", site.toString()).err()).doesNotContain("behind");
    }

    @Test
    void refusesToRecordAnOriginalOrAFileOutsideTheSite() {
        TestCli.Run r = TestCli.run("translated", "-s", site.toString(), "content/nl/a.md", "content/en/none.md");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .contains(
                        "content/en/none.md: error: not a page of the site",
                        "content/nl/a.md: error: this is the original page of translationKey \"a\", not a translation\n"
                                + "  → Record its translations instead: translated content/en/a.md");
    }

    @Test
    void aRecordThatNamesNoLanguageOfTheSiteIsAnError() {
        TestSites.edit(site, "content/en/a.md", "translation: {from: nl,", "translation: {from: de,");
        TestCli.Run r = TestCli.run("check", "-s", site.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .contains(
                        "content/en/a.md:6:1: error: \"translation.from\" is \"de\", not another language of the site");
    }

    private boolean git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command)
                    .directory(site.toFile())
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            assumeTrue(false, "git is not installed");
            return false;
        }
    }
}
