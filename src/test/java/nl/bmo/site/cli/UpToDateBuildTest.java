package nl.bmo.site.cli;

import static nl.bmo.site.TestCli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.bmo.site.TestCli.Run;
import nl.bmo.site.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build} of a site that did not change since its last build into the same folder does nothing; every change of
 * what a build reads or writes makes it build again, with the output of a fresh build.
 */
class UpToDateBuildTest {
    private static final String SKIPPED = "Nothing changed since the last build: ";

    @TempDir
    Path tmp;

    Path site;
    Path out;

    /** Sources written a while ago: times of files written just now are not trusted. */
    private Instant then = Instant.now().minus(1, ChronoUnit.HOURS);

    @BeforeEach
    void writeSite() {
        site = TestSites.write(tmp.resolve("site"), TestSites.BASE + """
                -- content/nl/over.md --
                ---
                title: Over ons
                translationKey: about
                ---
                Over de campagne.
                -- content/en/about.md --
                ---
                title: About us
                translationKey: about
                ---
                About the campaign.
                -- static/robots-extra.txt --
                extra
                """);
        out = tmp.resolve("out");
    }

    @Test
    void aSecondBuildOfAnUnchangedSiteWritesNothing() throws IOException {
        settle();
        Run first = build();
        assertThat(first.out()).as(first.err()).startsWith("Built 4 pages (nl 2, en 2), ");
        Map<String, FileTime> times = times(out);

        Run second = build();
        assertThat(second.exit()).isZero();
        assertThat(second.out())
                .matches("Nothing changed since the last build: 4 pages \\(nl 2, en 2\\), \\d+ files in .*out are up to"
                        + " date \\(\\d+\\.\\d\\d s\\)\\n");
        assertThat(second.out()).contains(first.out().replaceAll("(?s).*, (\\d+ files) in .*", "$1"));
        assertThat(second.err()).isEmpty();
        assertThat(times(out)).as("no file rewritten").isEqualTo(times);
        assertThat(files(out)).isEqualTo(fresh());
    }

    @Test
    void anEditedPageIsBuiltAgain() throws IOException {
        assertBuiltAgainAfter(() -> {
            TestSites.edit(site, "content/en/about.md", "About the campaign.", "About the whole campaign.");
            touch("content/en/about.md");
        });
    }

    @Test
    void aPageEditedToTheSameSizeIsBuiltAgain() throws IOException {
        assertBuiltAgainAfter(() -> {
            TestSites.edit(site, "content/en/about.md", "About the campaign.", "About the Campaign.");
            touch("content/en/about.md");
        });
    }

    @Test
    void aNewOrRemovedSourceFileIsBuiltAgain() throws IOException {
        assertBuiltAgainAfter(() -> {
            Files.createDirectories(site.resolve("static/.well-known"));
            Files.writeString(site.resolve("static/.well-known/security.txt"), "Contact: mailto:a@example.org\n");
            touch("static/.well-known/security.txt");
        });
        assertBuiltAgainAfter(() -> {
            Files.delete(site.resolve("static/robots-extra.txt"));
            touch("static");
        });
        assertBuiltAgainAfter(() -> {
            Files.delete(site.resolve("content/nl/over.md"));
            Files.delete(site.resolve("content/en/about.md"));
            touch("content/nl");
            touch("content/en");
        });
    }

    @Test
    void anEditedThemeOrDataFileIsBuiltAgain() throws IOException {
        assertBuiltAgainAfter(() -> {
            Files.createDirectories(site.resolve("data"));
            Files.writeString(site.resolve("data/extra.yaml"), "a: 1\n");
            touch("data/extra.yaml");
        });
        assertBuiltAgainAfter(() -> {
            String template = "themes/mini/templates/layouts/base.ftlh";
            Path file = site.resolve(template);
            Files.writeString(file, Files.readString(file) + "\n<#-- edited -->\n");
            touch(template);
        });
    }

    @Test
    void aRemovedOrEditedOutputFileIsWrittenAgain() throws IOException {
        assertBuiltAgainAfter(() -> Files.delete(out.resolve("robots-extra.txt")));
        assertBuiltAgainAfter(() -> Files.writeString(out.resolve("robots-extra.txt"), "changed by hand\n"));
        assertBuiltAgainAfter(() -> Files.writeString(out.resolve("robots-extra.txt"), "EXTRA\n")); // same size
        assertBuiltAgainAfter(() -> Files.writeString(out.resolve("stray.txt"), "added by hand\n"));
        assertBuiltAgainAfter(() -> {
            try (Stream<Path> s = Files.walk(out)) {
                for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) Files.delete(p);
            }
        });
    }

    @Test
    void otherOptionsOrAnotherFolderAreBuilt() throws IOException {
        settle();
        assertThat(build().out()).startsWith("Built ");
        Run other = run("build", "-s", site.toString(), "-d", out.toString(), "--base-url", "https://other.example/");
        assertThat(other.out()).startsWith("Built ");
        assertThat(Files.readString(out.resolve("sitemap.xml"))).contains("https://other.example/");
        assertThat(build().out()).startsWith("Built ");
        assertThat(Files.readString(out.resolve("sitemap.xml"))).doesNotContain("https://other.example/");

        Path second = tmp.resolve("second");
        assertThat(run("build", "-s", site.toString(), "-d", second.toString()).out())
                .startsWith("Built ");
        assertThat(build().out()).as("each folder has its own record").startsWith(SKIPPED);
        assertThat(run("build", "-s", site.toString(), "-d", out.toString(), "--update-published")
                        .out())
                .startsWith("Built ");
    }

    @Test
    void sourcesChangedJustNowAreNotTrusted() {
        // written by @BeforeEach a moment ago: their time cannot yet tell this state from an edit in the same tick
        assertThat(build().out()).startsWith("Built ");
        assertThat(build().out()).startsWith("Built ");
    }

    @Test
    void aBuildWithWarningsOrLeftOutDraftsIsAlwaysBuiltAndPrintsThemAgain() throws IOException {
        Path bilingual = TestSites.copy("bilingual", tmp.resolve("bilingual"));
        settle(bilingual);
        Path dest = tmp.resolve("bilingual-out");
        Run first = run("build", "-s", bilingual.toString(), "-d", dest.toString());
        Run second = run("build", "-s", bilingual.toString(), "-d", dest.toString());
        assertThat(second.out()).startsWith("Built ").contains("Left out 1 draft");
        assertThat(second.err()).isEqualTo(first.err()).contains("warning: no English (en) translation");
    }

    @Test
    void aSymbolicLinkAmongTheSourcesMeansAFullBuild() throws IOException {
        Path target = Files.writeString(tmp.resolve("outside.txt"), "outside\n");
        try {
            Files.createSymbolicLink(site.resolve("static/linked.txt"), target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        settle();
        assertThat(build().out()).startsWith("Built ");
        assertThat(build().out()).startsWith("Built ");
    }

    @Test
    void removesWhatAKilledBuildLeftOfItsRecordAfterAnHour() throws IOException {
        settle();
        build();
        Path builds = site.resolve(".bmo-cache/builds");
        Path old = Files.writeString(builds.resolve("0123.4567.tmp"), "a killed build's record");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Path recent = Files.writeString(builds.resolve("89ab.cdef.tmp"), "a build that is writing its record");
        TestSites.edit(site, "content/en/about.md", "About the campaign.", "About the whole campaign.");
        touch("content/en/about.md");
        assertThat(build().out()).startsWith("Built ");
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        try (Stream<Path> s = Files.list(builds)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".tmp")))
                    .as("one record for the one destination")
                    .hasSize(1);
        }
    }

    @Test
    void printsInDutchToo() throws IOException {
        settle();
        build();
        Run r = run("build", "-s", site.toString(), "-d", out.toString(), "--messages", "nl");
        assertThat(r.out())
                .startsWith("Niets veranderd sinds de vorige bouw: 4 pagina’s (nl 2, en 2), ")
                .contains(" zijn actueel (");
    }

    private interface Change {
        void apply() throws IOException;
    }

    /**
     * Builds the settled site twice (the second skipped), applies the change, and builds once more: that build is a
     * full one, its output equals a fresh build's, and the build after it is skipped again.
     */
    private void assertBuiltAgainAfter(Change change) throws IOException {
        settle();
        build();
        assertThat(build().out()).as("unchanged").startsWith(SKIPPED);
        change.apply();
        Run again = build();
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).as("after the change").startsWith("Built ");
        assertThat(files(out)).isEqualTo(fresh());
        assertThat(build().out()).as("unchanged again").startsWith(SKIPPED);
    }

    private Run build() {
        return run("build", "-s", site.toString(), "-d", out.toString());
    }

    /** The output of a build of the site as it is now, into a new folder with a new cache. */
    private Map<String, String> fresh() {
        Path dest = tmp.resolve("fresh-" + System.nanoTime());
        Path cache = tmp.resolve("cache-" + System.nanoTime());
        Run r = run("build", "-s", site.toString(), "-d", dest.toString(), "--cache-dir", cache.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return files(dest);
    }

    /** Every output file's bytes, as text that AssertJ compares by value and shows on a difference. */
    private static Map<String, String> files(Path dir) {
        Map<String, String> m = new TreeMap<>();
        TestSites.files(dir).forEach((k, v) -> m.put(k, Arrays.toString(v)));
        return m;
    }

    private static Map<String, FileTime> times(Path dir) throws IOException {
        Map<String, FileTime> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList())
                m.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p));
        }
        return m;
    }

    /**
     * Gives a file or folder, and the folders it is in, a time of their own in the past, as an edit a while ago: the
     * time a folder gets when a file in it is added or removed is not trusted for two seconds.
     */
    private void touch(String file) throws IOException {
        then = then.plusSeconds(60);
        for (Path p = site.resolve(file); !p.equals(site); p = p.getParent())
            Files.setLastModifiedTime(p, FileTime.from(then));
    }

    private void settle() throws IOException {
        settle(site);
    }

    /** Dates every source file and folder two hours back, as a checkout made a while ago. */
    private static void settle(Path root) throws IOException {
        FileTime past = FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS));
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> !Files.isSymbolicLink(p)).forEach(all::add);
        }
        for (Path p : all) Files.setLastModifiedTime(p, past);
    }
}
