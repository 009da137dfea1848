package nl.bmo.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.bmo.site.TestSites;
import nl.bmo.site.model.TranslatableText;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.BuildResult;
import nl.bmo.site.pipeline.Pipeline;
import nl.bmo.site.pipeline.Workspace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled theme's "edit this page" link (site.yaml editUrl) and notice on translations that are behind
 * (translationNotice).
 */
class EditLinkAndNoticeTest {
    @TempDir
    Path tmp;

    static String site(String settings, String dutchText, String recordedHash) {
        return TestSites.BASE
                        .replace("theme: mini", "theme: bmo")
                        .replace("defaultLanguage: nl\n", "defaultLanguage: nl\n" + settings + "\n")
                + """
                -- content/nl/over.md --
                ---
                title: Over ons
                translationKey: about
                ---
                %s
                -- content/en/about.md --
                ---
                title: About us
                translationKey: about
                translation: {from: nl, source: %s}
                ---
                About.
                """.formatted(dutchText, recordedHash);
    }

    private Document page(Path root, String file) {
        BuildResult r = Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(root))
                .build()
                .result();
        return Jsoup.parse(new String(
                r.files().stream()
                        .filter(f -> f.path().value().equals(file))
                        .findFirst()
                        .orElseThrow()
                        .bytes(),
                StandardCharsets.UTF_8));
    }

    /** The hash of the Dutch page "Over ons" with this body. */
    private String hashOf(String dutchText) {
        Path probe = TestSites.write(tmp.resolve("probe"), site("", dutchText, "000000000000"));
        var files = Workspace.open(probe, TestSites.CLOCK).files();
        return TranslatableText.hash(files.stream()
                .filter(f -> f.source().path().value().equals("content/nl/over.md"))
                .findFirst()
                .orElseThrow());
    }

    @Test
    void everyPageLinksToItsOwnSourceWhenTheSiteSetsAnEditAddress() {
        Path root = TestSites.write(
                tmp.resolve("site"), site("editUrl: https://github.com/org/repo/edit/main/site", "Wij zijn.", "0"));
        assertThat(page(root, "over/index.html")
                        .select("footer a[href=https://github.com/org/repo/edit/main/site/content/nl/over.md]")
                        .text())
                .isEqualTo("Deze pagina bewerken");
        assertThat(page(root, "en/about/index.html")
                        .select("footer a[href=https://github.com/org/repo/edit/main/site/content/en/about.md]")
                        .text())
                .isEqualTo("Edit this page");
        Path without = TestSites.write(tmp.resolve("without"), site("", "Wij zijn.", "0"));
        assertThat(page(without, "over/index.html").select("a[href*=edit]")).isEmpty();
    }

    @Test
    void aTranslationThatIsBehindSaysSoInItsOwnLanguageAndLinksToTheOriginal() {
        Path root = TestSites.write(
                tmp.resolve("site"), site("translationNotice: true", "Wij zijn veranderd.", hashOf("Wij zijn.")));
        Document en = page(root, "en/about/index.html");
        assertThat(en.select("main p.bmo-notice").text())
                .isEqualTo("This translation may not yet reflect the latest Dutch text. The original: Over ons");
        assertThat(en.select("main p.bmo-notice a").attr("href")).isEqualTo("../../over/");
        assertThat(en.select("main p.bmo-notice a").attr("lang")).isEqualTo("nl");
        assertThat(page(root, "over/index.html").select(".bmo-notice"))
                .as("the original")
                .isEmpty();

        Path upToDate = TestSites.write(
                tmp.resolve("up-to-date"), site("translationNotice: true", "Wij zijn.", hashOf("Wij zijn.")));
        assertThat(page(upToDate, "en/about/index.html").select(".bmo-notice")).isEmpty();
        Path noNotice = TestSites.write(tmp.resolve("no-notice"), site("", "Wij zijn veranderd.", hashOf("Wij zijn.")));
        assertThat(page(noNotice, "en/about/index.html").select(".bmo-notice"))
                .as("translationNotice not set")
                .isEmpty();
    }
}
