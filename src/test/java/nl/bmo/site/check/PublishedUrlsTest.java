package nl.bmo.site.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.bmo.site.Problem;
import nl.bmo.site.TestSites;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.BuildResult;
import nl.bmo.site.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list of published URLs, and the Checker's verdict on a URL, an anchor or an alias that disappeared. */
class PublishedUrlsTest {
    @TempDir
    Path tmp;

    private static final String SITE = TestSites.BASE + """
            -- content/nl/eisen.md --
            ---
            title: Eisen
            aliases: [/oud/]
            ---
            1. Eerste eis. {#1-1}
            2. Tweede eis. {#1-2}
            """;

    private BuildResult build(Path root) {
        return Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(root)).build().result();
    }

    @Test
    void listsPagesAsksAndAliases() {
        Path root = TestSites.write(tmp, SITE);
        assertThat(PublishedUrls.of(build(root).site()))
                .containsExactly("/", "/eisen/", "/eisen/#1-1", "/eisen/#1-2", "/en/", "/oud/");
    }

    @Test
    void theCheckerNamesTheLineOfEveryPublishedUrlThatDisappeared() throws Exception {
        Path root = TestSites.write(tmp, SITE);
        new PublishedUrls(root).write(build(root).site());
        assertThat(Files.readString(root.resolve(PublishedUrls.FILE)))
                .endsWith("/\n/eisen/\n/eisen/#1-1\n/eisen/#1-2\n/en/\n/oud/\n");
        BuildResult same = build(root);
        assertThat(new Checker().check(same.site(), same.strings(), same.files(), root))
                .filteredOn(p -> p.where().file().equals(PublishedUrls.FILE))
                .isEmpty();

        // the page moves (its old URL kept as an alias), the second ask loses its anchor, the old alias goes
        TestSites.write(tmp, """
                -- content/nl/eisen.md --
                ---
                title: Eisen
                slug: nieuwe-eisen
                aliases: [/eisen/]
                ---
                1. Eerste eis. {#1-1}
                2. Tweede eis.
                """);
        BuildResult after = build(root);
        int header = (int) Files.readString(root.resolve(PublishedUrls.FILE))
                .lines()
                .takeWhile(l -> l.startsWith("#"))
                .count();
        assertThat(new Checker().check(after.site(), after.strings(), after.files(), root))
                .filteredOn(p -> p.where().file().equals(PublishedUrls.FILE))
                .map(Problem::format)
                .containsExactly(
                        PublishedUrls.FILE + ":" + (header + 4)
                                + ":1: error: published anchor /eisen/#1-2 no longer exists in /nieuwe-eisen/\n"
                                + "  → Ask anchors are cited by the press: keep the {#1-2} id on the ask, or restore "
                                + "it.",
                        PublishedUrls.FILE + ":" + (header + 6) + ":1: error: published URL /oud/ no longer exists\n"
                                + "  → Add '/oud/' to the 'aliases:' of the page that replaced it, or restore the "
                                + "page; if the removal is"
                                + " intended, run 'build --update-published' and commit the change.");
    }
}
