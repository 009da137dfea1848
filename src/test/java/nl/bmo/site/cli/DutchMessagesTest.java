package nl.bmo.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.bmo.site.TestCli;
import nl.bmo.site.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --messages nl}: problems, hints and the commands' own lines in Dutch; file names and labels as they are. */
class DutchMessagesTest {
    @TempDir
    Path tmp;

    private Path site(String extra) {
        return TestSites.write(tmp.resolve("site"), TestSites.BASE + extra);
    }

    @Test
    void checkSpeaksDutch() {
        TestCli.Run r = TestCli.run("check", "-s", site("").toString(), "--messages", "nl");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .isEqualTo("2 pagina’s (nl 1, en 1) gecontroleerd: 0 fouten, 0 waarschuwingen,"
                        + " 1 melding, in orde.\n");
        assertThat(r.err())
                .isEqualTo("content/published.txt: info: er is geen lijst met gepubliceerde"
                        + " adressen, dus verdwenen"
                        + " adressen worden niet opgemerkt\n  → Voer 'build --update-published' uit zodra de site live"
                        + " is, en leg"
                        + " content/published.txt vast (commit).\n");
    }

    @Test
    void failureCountsAndTheGoneStrictOptionInDutch() {
        TestCli.Run r = TestCli.run(
                "check",
                "--messages",
                "nl",
                "-s",
                site("-- content/nl/a.md --\n---\ntitle: A\n---\n[x](b.md)\n").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .contains("content/nl/a.md:4:1: error: link naar een pagina die niet bestaat: b.md"
                        + " (content/nl/b.md)\n"
                        + "  → Controleer de bestandsnaam; een link wijst naar het Markdown-bestand, gezien vanuit dit"
                        + " bestand.\n");
        assertThat(r.err()).endsWith("De site gecontroleerd: 1 fout, 0 waarschuwingen.\n");
        TestCli.Run draft = TestCli.run(
                "check",
                "--messages",
                "nl",
                "-s",
                TestSites.write(
                                tmp.resolve("draft"),
                                TestSites.BASE + "-- content/nl/concept.md --\n---\ntitle: C\ndraft: true\n---\n")
                        .toString());
        assertThat(draft.exit()).as("infos never fail").isZero();
        assertThat(draft.err())
                .contains("content/nl/concept.md: info: concept: wordt niet gepubliceerd\n"
                        + "  → De eerste build nadat je 'draft: true' hebt weggehaald, publiceert de pagina; 'serve"
                        + " --drafts' laat haar nu al zien.\n");
        assertThat(draft.out())
                .isEqualTo("2 pagina’s (nl 1, en 1) gecontroleerd: 0 fouten, 0 waarschuwingen,"
                        + " 2 meldingen, in orde.\n");
        TestCli.Run strict = TestCli.run(
                "check",
                "--strict",
                "--messages",
                "nl",
                "-s",
                tmp.resolve("draft").toString());
        assertThat(strict.exit()).isEqualTo(2);
        assertThat(strict.err())
                .isEqualTo("check: --strict is niet meer nodig: 'check' keurt elke waarschuwing zelf"
                        + " al af, net als CI.\n  → Voer 'check' uit zonder --strict.\n");
    }

    @Test
    void githubAnnotationsInDutch() {
        Path site = site("-- content/nl/a.md --\n---\ntitle: A\n---\n[x](b.md)\n");
        TestCli.Run r = TestCli.run("check", "--format", "github", "--messages", "nl", "-s", site.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out())
                .contains("::error file=content/nl/a.md,line=4,col=1,title=bmo-site::link naar een"
                        + " pagina die niet bestaat:"
                        + " b.md (content/nl/b.md)%0AControleer de bestandsnaam;");
    }

    @Test
    void buildAndItsErrorsInDutch() {
        Path site = site("");
        TestCli.Run ok = TestCli.run(
                "build", "-s", site.toString(), "-d", tmp.resolve("out").toString(), "--messages", "nl");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).startsWith("2 pagina’s (nl 1, en 1) gebouwd, ").contains(" bestanden in ");
        TestCli.Run bad = TestCli.run(
                "build",
                "-s",
                tmp.resolve("nowhere").toString(),
                "-d",
                tmp.resolve("out").toString(),
                "--messages",
                "nl");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err())
                .isEqualTo("content/site.yaml: error: geen siteconfiguratie gevonden\n  → Voer de"
                        + " opdracht uit in de map van de"
                        + " site, of geef die map op met --source; daarin moet content/site.yaml staan.\n1 fout\n");
    }

    @Test
    void theReleaseGateInDutch() {
        Path root = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        TestCli.Run r = TestCli.run("check", "--release", "--messages", "nl", "-s", root.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .contains("content/site.yaml:58:5: error: params.press.name is leeg; dit moet"
                        + " ingevuld zijn voordat de site live gaat\n")
                .endsWith("Nog niet klaar voor lancering: los elk probleem hierboven op en voer daarna opnieuw"
                        + " check --release uit.\n");
    }

    @Test
    void englishWhenAskedAndAUsageErrorForAnotherLanguage() {
        TestCli.Run en = TestCli.run("check", "-s", site("").toString(), "--messages", "en");
        assertThat(en.out()).isEqualTo("Checked 2 pages (nl 1, en 1): 0 errors, 0 warnings, 1 info, ok.\n");
        TestCli.Run fr = TestCli.run("check", "-s", site("").toString(), "--messages", "fr");
        assertThat(fr.exit()).isEqualTo(2);
        assertThat(fr.err()).contains("--messages").contains("nl, en");
    }
}
