package nl.bmo.site.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestSites;
import nl.bmo.site.config.ConfigLoader;
import nl.bmo.site.config.ThemeLoader;
import nl.bmo.site.content.ContentLoader;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.SitePath;
import nl.bmo.site.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site stage alone: from parsed content files to URLs, kinds, sections, layouts and translations. */
class SiteAssemblerTest {
    @TempDir
    Path tmp;

    private SiteAssembler.Result assemble(String pages) {
        Path root = TestSites.write(tmp, TestSites.BASE + pages);
        YamlReader yaml = new YamlReader();
        SiteConfig config = new ConfigLoader(yaml).load(root);
        var files = new ContentLoader(yaml, TestSites.CLOCK).load(config, false).files();
        return new SiteAssembler().assemble(config, new ThemeLoader(yaml).load(config), files);
    }

    @Test
    void givesEveryPageItsUrlKindSectionAndTranslation() {
        var site = assemble("""
                -- content/nl/eisen/_index.md --
                ---
                title: Eisen
                translationKey: demands
                ---
                -- content/nl/eisen/Motie Kröger.md --
                ---
                title: Motie
                translationKey: motion
                ---
                -- content/en/demands/motion.md --
                ---
                title: Motion
                slug: the-motion
                translationKey: motion
                ---
                """).site();
        assertThat(site.pages())
                .map(p -> p.source().path() + " -> /" + p.path() + " " + p.kind() + " [" + p.section() + "]")
                .containsExactlyInAnyOrder(
                        "content/nl/_index.md -> / HOME []",
                        "content/en/_index.md -> /en/ HOME []",
                        "content/nl/eisen/_index.md -> /eisen/ SECTION [eisen]",
                        "content/nl/eisen/Motie Kröger.md -> /eisen/motie-kroger/ PAGE [eisen]",
                        "content/en/demands/motion.md -> /en/demands/the-motion/ PAGE [demands]");
        assertThat(site.page("en", "motion")).map(Page::path).contains(SitePath.of("en/demands/the-motion/"));
        assertThat(site.byPath(SitePath.of("eisen/motie-kroger/")))
                .map(p -> p.outputFile().value())
                .contains("eisen/motie-kroger/index.html");
    }

    @Test
    void warnsAboutAMissingTranslation() {
        var result = assemble("""
                -- content/nl/brief.md --
                ---
                title: Brief
                translationKey: letter
                ---
                """);
        assertThat(result.warnings())
                .map(Problem::format)
                .anySatisfy(m -> assertThat(m)
                        .startsWith("content/nl/brief.md")
                        .contains("warning")
                        .contains("en"));
    }

    @Test
    void twoPagesOnOneUrlAreAnErrorNamingBoth() {
        assertThatThrownBy(() -> assemble("""
                -- content/nl/a.md --
                ---
                title: A
                ---
                -- content/nl/b.md --
                ---
                title: B
                slug: a
                ---
                """))
                .isInstanceOfSatisfying(
                        SiteException.class,
                        e -> assertThat(e.problems())
                                .map(Problem::format)
                                .singleElement()
                                .satisfies(m -> assertThat(m)
                                        .contains("error")
                                        .contains("content/nl/a.md")
                                        .contains("content/nl/b.md:3")));
    }
}
