package nl.bmo.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import nl.bmo.site.TestCli;
import nl.bmo.site.TestSites;
import nl.bmo.site.check.ReleaseCheckAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}: every problem at once, one verdict (an error or a warning fails), --format github, published URLs. */
class CheckCommandTest {
    @TempDir
    Path tmp;

    private Path site(String extra) {
        return TestSites.write(tmp.resolve("site"), TestSites.BASE + extra);
    }

    @Test
    void passesACleanSiteAndWritesNothing() throws IOException {
        Path site = site("");
        TestCli.Run r = TestCli.run("check", "-s", site.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Checked 2 pages (nl 1, en 1): 0 errors, 0 warnings, 1 info, ok.\n");
        assertThat(r.err())
                .isEqualTo("content/published.txt: info: no list of published URLs, so removed URLs cannot be caught\n"
                        + "  → Run 'build --update-published' once the site is live, and commit "
                        + "content/published.txt.\n");
        try (var s = Files.list(site)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "themes");
        }
    }

    @Test
    void givesTheSameVerdictWhenABuildKeptItsMarkdownAndWritesNothingThere() throws IOException {
        Path site = TestSites.copy("bilingual", tmp.resolve("bilingual"));
        TestCli.Run before = TestCli.run("check", "-s", site.toString());
        assertThat(before.err()).contains("warning:");
        assertThat(TestCli.run(
                                "build",
                                "-s",
                                site.toString(),
                                "-d",
                                tmp.resolve("out").toString())
                        .exit())
                .isZero();
        Path kept = site.resolve(".bmo-cache/markdown/renderings");
        assertThat(kept).exists();
        var time = Files.getLastModifiedTime(kept);
        long size = Files.size(kept);

        TestCli.Run after = TestCli.run("check", "-s", site.toString());
        assertThat(after).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(kept)).isEqualTo(time);
        assertThat(Files.size(kept)).isEqualTo(size);
        try (var s = Files.list(site.resolve(".bmo-cache/markdown"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("renderings");
        }
    }

    /** The issue's case: a Dutch page without its English twin passed locally ("1 warning, ok.") and failed in CI. */
    @Test
    void aMissingTranslationBlocksThePlainCheckAsItBlocksCi() {
        Path site = site("""
                -- content/nl/a.md --
                ---
                title: A
                translationKey: a
                ---
                Alleen Nederlands.
                """);
        TestCli.Run r = TestCli.run("check", "-s", site.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .startsWith("content/nl/a.md:1:1: warning: no English (en) translation with translationKey \"a\"\n")
                .endsWith("Checked 3 pages (nl 2, en 1): 0 errors, 1 warning, 1 info.\n")
                .doesNotContain("ok.");
        TestCli.Run github = TestCli.run("check", "--format", "github", "-s", site.toString());
        assertThat(github.exit())
                .as("the pull request's check: the same verdict")
                .isEqualTo(1);
    }

    @Test
    void strictIsGoneWithAClearMessage() {
        TestCli.Run r = TestCli.run("check", "--strict", "-s", site("").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .isEqualTo(
                        "check: --strict is no longer needed: 'check' fails on every warning by itself, as CI does.\n"
                                + "  → Run 'check' without --strict.\n");
    }

    @Test
    void findsBrokenTemplateLinksMissingAltEmptyLinksAndSkippedHeadings() throws IOException {
        Path site = site("""
                -- content/nl/a.md --
                ---
                title: A
                translationKey: a
                ---
                ![](../../static/x.png)

                #### Te diep

                <a href="https://example.org/"></a>
                -- content/en/a.md --
                ---
                title: A
                translationKey: a
                ---
                <img src="https://example.org/x.png">
                -- static/x.png --
                png
                """);
        Files.writeString(
                site.resolve("themes/mini/templates/layouts/page.ftlh"),
                Files.readString(site.resolve("themes/mini/templates/layouts/page.ftlh"))
                        .replace("<h1>", "<a href=\"${url(\"nowhere/\")}\">x</a><a href=\"#nope\">y</a><h1>"));
        TestCli.Run r = TestCli.run("check", "-s", site.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .contains(
                        "content/en/a.md:1:1: error: broken link ../../nowhere/ in en/a/index.html (no file /nowhere/)",
                        "content/en/a.md:1:1: error: image https://example.org/x.png in en/a/index.html has no alt "
                                + "text",
                        "content/nl/a.md:1:1: error: link #nope in a/index.html goes to a missing anchor #nope",
                        "content/nl/a.md:1:1: error: empty link to https://example.org/ in a/index.html",
                        "content/nl/a.md:1:1: warning: heading \"Te diep\" skips from level 1 to 4");
        assertThat(r.err()).endsWith("Checked 4 pages (nl 2, en 2): 6 errors, 1 warning, 1 info.\n");
    }

    @Test
    void resolvesEachLinkFromItsOwnPageEvenAfterARootPath() throws IOException {
        Path site =
                site("-- content/nl/eisen/a.md --\n---\ntitle: A\ntranslationKey: a\n---\n-- content/en/demands/a.md "
                        + "--\n---\ntitle: A\ntranslationKey: a\n---\n");
        Files.writeString(
                site.resolve("themes/mini/templates/layouts/page.ftlh"),
                Files.readString(site.resolve("themes/mini/templates/layouts/page.ftlh"))
                        .replace("<h1>", "<a href=\"/\">root</a><a href=\"${url(\"\")}\">home</a><h1>"));
        TestCli.Run r = TestCli.run("check", "-s", site.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("leaves the site").doesNotContain("broken link");
    }

    @Test
    void reportsInterfaceStringsThatOneLanguageLacks() throws IOException {
        Path site = site("");
        Files.writeString(
                site.resolve("themes/mini/i18n/nl.yaml"), "extra.key: Alleen Nederlands\n", StandardOpenOption.APPEND);
        TestCli.Run r = TestCli.run("check", "-s", site.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .contains("themes/mini/i18n/en.yaml: error: interface string \"extra.key\" is missing for language "
                        + "\"en\"");
    }

    @Test
    void catchesARemovedPublishedUrlUnlessAnAliasRedirectsIt() throws IOException {
        Path site = site("""
                -- content/nl/eis.md --
                ---
                title: Eis
                translationKey: eis
                ---
                1. Vraag. {#1-1}
                -- content/en/demand.md --
                ---
                title: Demand
                translationKey: eis
                ---
                1. Ask. {#1-1}
                """);
        assertThat(TestCli.run(
                                "build",
                                "-s",
                                site.toString(),
                                "-d",
                                tmp.resolve("out").toString(),
                                "--update-published")
                        .out())
                .contains("Wrote 6 published URLs to content/published.txt");
        assertThat(Files.readString(site.resolve("content/published.txt"))).contains("/eis/\n/eis/#1-1\n");

        Files.move(site.resolve("content/nl/eis.md"), site.resolve("content/nl/vraag.md"));
        Files.writeString(
                site.resolve("content/nl/vraag.md"),
                Files.readString(site.resolve("content/nl/vraag.md")).replace("{#1-1}", "{#1-a}"));
        TestCli.Run r = TestCli.run("check", "-s", site.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .contains("content/published.txt:5:1: error: published URL /eis/ no longer exists\n"
                        + "  → Add '/eis/' to the 'aliases:' of the page that replaced it, or restore the page; if the "
                        + "removal is intended,"
                        + " run 'build --update-published' and commit the change.");

        Files.writeString(
                site.resolve("content/nl/vraag.md"),
                Files.readString(site.resolve("content/nl/vraag.md"))
                        .replace("translationKey: eis", "translationKey: eis\naliases: [/eis/]"));
        TestCli.Run aliased = TestCli.run("check", "-s", site.toString());
        assertThat(aliased.err())
                .doesNotContain("published URL /eis/ no longer exists")
                .contains("content/published.txt:6:1: error: published anchor /eis/#1-1 no longer exists in /vraag/");
    }

    @Test
    void reportsDisguisedScriptLinksAndCollisionsAtTheirLines() throws IOException {
        Path site = site("""
                -- content/nl/a.md --
                ---
                title: A
                slug: zelfde
                ---
                Tekst met een [link](java&#115;cript:alert(1)).
                -- content/nl/b.md --
                ---
                title: B
                slug: zelfde
                ---
                -- content/nl/c.md --
                ---
                title: C
                ---
                Een [regel](javas&#x0A;cript:alert(1)).
                """);
        TestCli.Run r = TestCli.run("check", "-s", site.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .contains("content/nl/a.md:3:1: error: two pages have the URL /zelfde/: content/nl/a.md:3 and "
                        + "content/nl/b.md:3\n");
        Files.writeString(site.resolve("content/nl/b.md"), "---\ntitle: B\n---\n");
        TestCli.Run links = TestCli.run("check", "-s", site.toString());
        assertThat(links.err())
                .contains(
                        "content/nl/a.md:5:15: error: \"javascript:\" links are not allowed\n",
                        "content/nl/c.md:4:5: error: \"javascript:\" links are not allowed\n");
    }

    @Test
    void printsGithubAnnotations() {
        Path site = site("-- content/nl/a.md --\n---\ntitle: A\n---\n[x](b.md)\n");
        TestCli.Run r = TestCli.run("check", "--format", "github", "-s", site.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out())
                .contains("::error file=content/nl/a.md,line=4,col=1,title=bmo-site::link to a missing page: b.md "
                        + "(content/nl/b.md)%0ACheck the file name;");
    }

    @Test
    void releaseGateFailsOnTheRealSiteUntilBaseUrlAndPressContactAreFilledIn() {
        Path root = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        TestCli.Run plain = TestCli.run("check", "-s", root.toString());
        assertThat(plain.exit()).as(plain.err()).isZero();
        TestCli.Run r = TestCli.run("check", "--release", "-s", root.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> l.contains(": error: ")).toList())
                .containsExactly(
                        "content/site.yaml:6:1: error: the base URL "
                                + "https://campagne.breedmensenrechtenoverleg.example/ is a placeholder"
                                + " (campagne.breedmensenrechtenoverleg.example can never be the real address)",
                        "content/site.yaml:58:5: error: params.press.name is empty; it must be filled in before the "
                                + "site goes live",
                        "content/site.yaml:59:5: error: params.press.email is empty; it must be filled in before the "
                                + "site goes live");
        assertThat(r.err())
                .endsWith(
                        "errors, 0 warnings.\nNot ready for release: fix every problem above, then run check --release "
                                + "again.\n");
    }

    @Test
    void releaseGatePassesAFixtureThatIsReady() {
        TestCli.Run r = TestCli.run(
                "check", "--release", "-s", TestSites.resource("tracker-site").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("Checked 14 pages (nl 7, en 7): 0 errors, 0 warnings, ok.\nReady for release.\n");
    }

    @Test
    void releaseGateRefusesDraftsAPlaceholderBaseUrlAndAnyWarning() {
        Path site = site("""
                -- content/nl/a.md --
                ---
                title: A
                translationKey: a
                ---
                Alleen Nederlands.
                """);
        TestCli.Run r = TestCli.run("check", "--release", "--drafts", "-s", site.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .contains(
                        "content/site.yaml:1:1: error: the base URL https://example.org/ is a placeholder (example.org "
                                + "can never be the real address)",
                        "--drafts: error: drafts and future-dated pages would be published",
                        "content/nl/a.md:1:1: warning: no English (en) translation with translationKey \"a\"",
                        "content/published.txt: error: no list of published URLs, so removed URLs cannot be caught\n"
                                + "  → Run 'build --update-published' and commit content/published.txt with the "
                                + "launch.");
        TestCli.Run real =
                TestCli.run("check", "--release", "--base-url", "https://campagne.bmo.nl/", "-s", site.toString());
        assertThat(real.err()).doesNotContain("placeholder").contains("Not ready for release");
        TestCli.Run plain = TestCli.run("check", "-s", site.toString());
        assertThat(plain.err())
                .as("plain check: the warning blocks, the published list is only named")
                .contains("content/published.txt: info: no list of published URLs")
                .doesNotContain("placeholder");
    }

    @Test
    void releaseGateKnowsPlaceholderHosts() {
        for (String host : List.of(
                "site.example",
                "x.test",
                "a.b.invalid",
                "localhost",
                "app.localhost",
                "example.org",
                "www.example.com",
                "127.0.0.1")) {
            assertThat(ReleaseCheckAccess.isPlaceholder(host)).as(host).isTrue();
        }
        for (String host : List.of("bmo.nl", "campagne.breedmensenrechtenoverleg.nl", "example.nl", "testing.org")) {
            assertThat(ReleaseCheckAccess.isPlaceholder(host)).as(host).isFalse();
        }
    }

    @Test
    void warnsAboutInterfaceStringsNoTemplateUses() throws IOException {
        Path site = site("");
        Files.writeString(
                site.resolve("themes/mini/i18n/nl.yaml"),
                Files.readString(site.resolve("themes/mini/i18n/nl.yaml")) + "oud.label: Weg ermee\n");
        Files.writeString(
                site.resolve("themes/mini/i18n/en.yaml"),
                Files.readString(site.resolve("themes/mini/i18n/en.yaml")) + "oud.label: Gone\n");
        Files.writeString(
                site.resolve("themes/mini/templates/layouts/page.ftlh"),
                Files.readString(site.resolve("themes/mini/templates/layouts/page.ftlh"))
                        + "<#assign k = \"dyn.\" + lang.code>\n");
        Files.writeString(
                site.resolve("themes/mini/i18n/nl.yaml"),
                Files.readString(site.resolve("themes/mini/i18n/nl.yaml")) + "dyn.nl: gebruikt\n");
        Files.writeString(
                site.resolve("themes/mini/i18n/en.yaml"),
                Files.readString(site.resolve("themes/mini/i18n/en.yaml")) + "dyn.nl: used\n");
        TestCli.Run r = TestCli.run("check", "-s", site.toString());
        assertThat(r.exit()).as("a warning blocks a change too").isEqualTo(1);
        int nlLine = (int) Files.readString(site.resolve("themes/mini/i18n/nl.yaml"))
                        .lines()
                        .takeWhile(l -> !l.startsWith("oud.label"))
                        .count()
                + 1;
        assertThat(r.err())
                .contains(
                        "themes/mini/i18n/nl.yaml:" + nlLine
                                + ":1: warning: interface string \"oud.label\" (nl) is not used by any template",
                        "warning: interface string \"oud.label\" (en) is not used by any template")
                .doesNotContain("dyn.nl");
    }

    @Test
    void warnsAboutATranslationThatLacksAnAsk() {
        Path site = site("""
                -- content/nl/eis.md --
                ---
                title: Eis
                translationKey: eis
                ---
                1. Een. {#1-1}
                2. Twee. {#1-2}
                -- content/en/demand.md --
                ---
                title: Demand
                translationKey: eis
                ---
                1. One. {#1-1}
                """);
        TestCli.Run r = TestCli.run("check", "-s", site.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .contains("content/en/demand.md:1:1: warning: translation is behind content/nl/eis.md: ask 1-2 is "
                        + "missing here\n"
                        + "  → Translate the ask and end it with {#1-2}, as in the original: both languages "
                        + "must have the same asks."
                        + " ('translated' alone does not fix this; 'status' compares texts, not asks.)\n");
    }
}
