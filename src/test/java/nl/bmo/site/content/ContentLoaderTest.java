package nl.bmo.site.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestSites;
import nl.bmo.site.config.ConfigLoader;
import nl.bmo.site.model.Content;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.SkippedPage;
import nl.bmo.site.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content stage alone: which files it finds, which it leaves out and why, and the problems of all at once. */
class ContentLoaderTest {
    @TempDir
    Path tmp;

    private static final String PAGES = """
            -- content/nl/eisen/b.md --
            ---
            title: B
            ---
            -- content/nl/eisen/a.md --
            ---
            title: A
            date: 2026-11-29
            ---
            -- content/nl/concept.md --
            ---
            title: Concept
            draft: true
            ---
            -- content/en/later.md --
            ---
            title: Later
            date: 2026-11-30
            ---
            """;

    private Content load(String site, boolean drafts) {
        Path root = TestSites.write(tmp, TestSites.BASE + site);
        SiteConfig config = new ConfigLoader(new YamlReader()).load(root);
        return new ContentLoader(new YamlReader(), TestSites.CLOCK).load(config, drafts);
    }

    @Test
    void findsEveryPageSortedAndLeavesOutDraftsAndFuturePages() {
        Content c = load(PAGES, false);
        assertThat(c.files())
                .map(f -> f.source().path().value())
                .containsExactly(
                        "content/en/_index.md",
                        "content/nl/_index.md",
                        "content/nl/eisen/a.md",
                        "content/nl/eisen/b.md");
        assertThat(c.skipped())
                .map(s -> s.file() + " " + s.reason())
                .containsExactly(
                        "content/en/later.md " + SkippedPage.Reason.FUTURE,
                        "content/nl/concept.md " + SkippedPage.Reason.DRAFT);
        assertThat(c.files())
                .filteredOn(f -> f.source().path().value().endsWith("a.md"))
                .singleElement()
                .satisfies(f -> assertThat(f.meta().title()).isEqualTo("A"));
    }

    @Test
    void withDraftsEverythingIsKept() {
        Content c = load(PAGES, true);
        assertThat(c.files()).hasSize(6);
        assertThat(c.skipped()).isEmpty();
    }

    @Test
    void reportsTheProblemsOfEveryFileBeforeItThrows() {
        assertThatThrownBy(() -> load("""
                -- content/nl/a.md --
                ---
                titel: A
                ---
                -- content/en/b.md --
                no front matter
                """, false))
                .isInstanceOfSatisfying(
                        SiteException.class,
                        e -> assertThat(e.problems())
                                .map(Problem::format)
                                .anySatisfy(m -> assertThat(m)
                                        .startsWith("content/nl/a.md:2:1: error: unknown front matter field \"titel\""))
                                .anySatisfy(m -> assertThat(m).startsWith("content/en/b.md:1")));
    }

    @Test
    void aLanguageWithoutItsFolderIsAnError() throws Exception {
        Path root = TestSites.write(tmp, TestSites.BASE);
        Files.delete(root.resolve("content/en/_index.md"));
        Files.delete(root.resolve("content/en"));
        SiteConfig config = new ConfigLoader(new YamlReader()).load(root);
        var scan = new ContentLoader(new YamlReader(), TestSites.CLOCK).scan(config);
        assertThat(scan.problems())
                .map(Problem::format)
                .singleElement()
                .satisfies(m -> assertThat(m).startsWith("content/en/: error: no content folder for language \"en\""));
        assertThat(scan.paths()).containsExactly("content/nl/_index.md");
    }
}
