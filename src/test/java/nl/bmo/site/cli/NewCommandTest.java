package nl.bmo.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.bmo.site.TestCli;
import nl.bmo.site.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new}: a page in every language at once, that builds and links across languages. */
class NewCommandTest {
    @TempDir
    Path tmp;

    Path site;

    @BeforeEach
    void writeSite() {
        site = TestSites.write(tmp.resolve("site"), TestSites.BASE + """
                -- content/nl/nieuws/_index.md --
                ---
                title: Nieuws
                translationKey: updates
                ---
                -- content/en/updates/_index.md --
                ---
                title: Updates
                translationKey: updates
                ---
                -- content/nl/nieuws/brief.md --
                ---
                title: Brief verstuurd
                translationKey: update-letter
                date: 2026-01-06
                weight: 3
                extra:
                  kicker: Nieuws
                ---
                Tekst.
                -- content/en/updates/letter.md --
                ---
                title: Letter sent
                translationKey: update-letter
                date: 2026-01-06
                weight: 3
                extra:
                  kicker: News
                ---
                Text.
                """);
    }

    @Test
    void writesThePageInEveryLanguageWithTheSectionsShapeAndTheTranslationRecorded() throws IOException {
        TestCli.Run r = TestCli.run(
                "new",
                "-s",
                site.toString(),
                "nieuws/bijeenkomst-met-de-kamer",
                "--title",
                "Bijeenkomst met de Kamer",
                "--title-in",
                "en=Meeting with \"Parliament\"");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("""
                Wrote:
                  content/nl/nieuws/bijeenkomst-met-de-kamer.md
                  content/en/updates/meeting-with-parliament.md
                """);
        assertThat(Files.readString(site.resolve("content/nl/nieuws/bijeenkomst-met-de-kamer.md")))
                .isEqualTo("""
                ---
                title: "Bijeenkomst met de Kamer"
                translationKey: "updates-bijeenkomst-met-de-kamer"
                layout: page
                date: %s
                weight: 4  # order in lists: lower comes first
                summary: ""  # one sentence of at most 160 characters for search engines and share previews
                # Other pages of this section also set these; fill them in and remove the #, or delete the lines:
                # extra:
                #   kicker:
                # draft: true  # remove the # to keep the page off the site until it is ready
                ---

                <!-- Write the page here, in Markdown. Start headings at ## (the title is the page's only main heading). -->
                """.formatted(java.time.LocalDate.now()));
        String en = Files.readString(site.resolve("content/en/updates/meeting-with-parliament.md"));
        assertThat(en)
                .startsWith("---\ntitle: \"Meeting with \\\"Parliament\\\"\"\ntranslationKey: "
                        + "\"updates-bijeenkomst-met-de-kamer\"\n")
                .containsPattern("\ntranslation: \\{from: nl, source: [0-9a-f]{12}}\n---\n")
                .contains("<!-- Translate content/nl/nieuws/bijeenkomst-met-de-kamer.md here. When the translation is "
                        + "done, run: "
                        + "translated content/en/updates/meeting-with-parliament.md -->");

        assertThat(TestCli.run("status", "-s", site.toString()).out())
                .contains("updates-bijeenkomst-met-de-kamer  original      up to date");
        Path out = tmp.resolve("out");
        TestCli.Run build = TestCli.run("build", "-s", site.toString(), "-d", out.toString());
        assertThat(build.exit()).as(build.err()).isZero();
        String nl = Files.readString(out.resolve("nieuws/bijeenkomst-met-de-kamer/index.html"));
        assertThat(nl).contains("hreflang=\"en\" href=\"https://example.org/en/updates/meeting-with-parliament/\"");
        assertThat(out.resolve("en/updates/meeting-with-parliament/index.html")).exists();
        TestCli.Run check = TestCli.run("check", "-s", site.toString());
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(check.out())
                .as("only the fixture's missing published.txt is named")
                .contains("0 errors, 0 warnings, 1 info, ok.");
    }

    @Test
    void refusesToOverwriteAndWritesNothingTheSecondTime() throws IOException {
        assertThat(TestCli.run("new", "-s", site.toString(), "nieuws/bijeenkomst")
                        .exit())
                .isZero();
        Path nl = site.resolve("content/nl/nieuws/bijeenkomst.md");
        Files.writeString(nl, "---\ntitle: Bijeenkomst\ntranslationKey: other\n---\nMijn tekst.\n");
        TestCli.Run again = TestCli.run("new", "-s", site.toString(), "nieuws/bijeenkomst", "--key", "again");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err())
                .contains(
                        "content/en/updates/bijeenkomst.md: error: the file exists already",
                        "content/nl/nieuws/bijeenkomst.md: error: the file exists already");
        assertThat(Files.readString(nl)).contains("Mijn tekst.");
        TestCli.Run sameKey = TestCli.run("new", "-s", site.toString(), "nieuws/andere-naam", "--key", "update-letter");
        assertThat(sameKey.err()).contains("error: translationKey \"update-letter\" is already used by this page");
    }

    @Test
    void anUnknownSectionNamesTheSectionsThereAre() {
        TestCli.Run r = TestCli.run("new", "-s", site.toString(), "niews/x");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .contains("content/nl/niews/: error: there is no section \"niews\" in Nederlands\n"
                        + "  → Did you mean \"nieuws\"? Sections: nieuws (or give just a name for a page at the top).");
        assertThat(site.resolve("content/nl/niews")).doesNotExist();
    }

    @Test
    void makesATopLevelPageInTheOtherLanguageFirstWhenAsked() throws IOException {
        TestCli.Run r = TestCli.run("new", "-s", site.toString(), "--lang", "en", "contact");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(site.resolve("content/en/contact.md")))
                .startsWith("---\ntitle: \"Contact\"  # write the title\n"
                        + "translationKey: \"contact\"\nlayout: page\nsummary:");
        assertThat(Files.readString(site.resolve("content/nl/contact.md")))
                .contains("title: \"Contact\"  # translate this title\n", "translation: {from: en, source: ");
        assertThat(TestCli.run("status", "-s", site.toString()).out())
                .contains("contact        up to date    original");
    }
}
