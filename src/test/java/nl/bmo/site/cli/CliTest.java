package nl.bmo.site.cli;

import static nl.bmo.site.TestCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.bmo.site.OutputSnapshot;
import nl.bmo.site.TestCli.Run;
import nl.bmo.site.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI, run in-process: exit codes and what it prints. */
class CliTest {
    @TempDir
    Path tmp;

    @Test
    void buildsASiteAndPrintsASummary() {
        Path site = TestSites.copy("sites/bilingual", tmp.resolve("site"));
        Path dest = tmp.resolve("out");
        Run r = run("build", "-s", site.toString(), "-d", dest.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .matches("(?s)Built 9 pages \\(nl 5, en 4\\), \\d+ files in \\d+\\.\\d\\d s → .*out\\n"
                        + "Left out 1 draft and 1 future-dated page \\(build with --drafts to include them\\):\\n"
                        + "  content/nl/concept.md: draft\\n"
                        + "  content/nl/later.md: dated 2099-01-01, in the future\\n");
        assertThat(r.err()).contains("content/nl/motie-Kröger.md:1:1: warning: no English (en) translation");
        assertThat(dest.resolve("eisen/middenveld/index.html")).exists();
    }

    @Test
    void includesDraftsWhenAskedAndTakesTheBaseUrlFromTheCommandLine() throws IOException {
        Path site = TestSites.copy("sites/bilingual", tmp.resolve("site"));
        Path dest = tmp.resolve("out");
        Run r = run(
                "build",
                "-s",
                site.toString(),
                "-d",
                dest.toString(),
                "--drafts",
                "--base-url",
                "https://press.example/bmo/");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(dest.resolve("concept/index.html")).exists();
        assertThat(dest.resolve("later/index.html")).exists();
        assertThat(Files.readString(dest.resolve("brief/index.html")))
                .contains("href=\"https://press.example/bmo/brief/\"");
    }

    @Test
    void printsEveryProblemCompilerStyleAndExitsOneWithoutAStackTrace() {
        Path site = TestSites.write(tmp.resolve("site"), TestSites.BASE + """
                -- content/nl/a.md --
                ---
                titel: A
                ---
                -- content/nl/b.md --
                ---
                title: B
                layout: nope
                ---
                """);
        Run r = run("build", "-s", site.toString(), "-d", tmp.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("""
                content/nl/a.md:2:1: error: unknown front matter field "titel"
                  → Did you mean "title"? Allowed: title, slug, translationKey, layout, summary, description, date, draft, weight, aliases, image, feed, extra, translation.
                1 error
                """);
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteAsItWas() throws IOException {
        Path site = TestSites.copy("sites/bilingual", tmp.resolve("site"));
        Path dest = tmp.resolve("out");
        assertThat(run("build", "-s", site.toString(), "-d", dest.toString()).exit())
                .isZero();
        OutputSnapshot before = OutputSnapshot.of(dest);
        Files.writeString(site.resolve("content/nl/brief.md"), "---\ntitle: [unclosed\n---\n");
        Run r = run("build", "-s", site.toString(), "-d", dest.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .startsWith("content/nl/brief.md:2:")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        before.assertUntouched();
    }

    @Test
    void printsTheStackTraceOnlyWithVerbose() {
        Path site =
                TestSites.write(tmp.resolve("site"), TestSites.BASE + "-- content/nl/a.md --\n---\ntitel: A\n---\n");
        Run r = run("build", "-s", site.toString(), "-d", tmp.resolve("out").toString(), "--verbose");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("nl.bmo.site.SiteException").contains("\tat ");
    }

    @Test
    void refusesToWriteIntoTheSourceFolder() {
        Path site = TestSites.copy("sites/bilingual", tmp.resolve("site"));
        Run r = run(
                "build", "-s", site.toString(), "-d", site.resolve("content").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("refusing to write the site to").contains("inside the site's content/ folder");
        assertThat(site.resolve("content/nl/brief.md")).exists();
    }

    @Test
    void reportsAMissingConfiguration() {
        Run r = run("build", "-s", tmp.toString(), "-d", tmp.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("""
                content/site.yaml: error: no site configuration
                  → Run the command in the site's folder or pass it with --source; the folder must hold content/site.yaml.
                1 error
                """);
    }

    @Test
    void hasHelpVersionAndUsageErrors() {
        assertThat(run("--help")).satisfies(r -> {
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("Usage: bmo-site").contains("build");
        });
        assertThat(run("build", "--help").out())
                .contains("--destination")
                .contains("--base-url")
                .contains("--drafts");
        assertThat(run("--version").out()).startsWith("bmo-site ");
        assertThat(run("build", "--version").exit()).isZero();
        Run bad = run("build", "--no-such-option");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("Unknown option: '--no-such-option'");
    }
}
