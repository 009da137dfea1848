package nl.bmo.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.bmo.site.TestCli;
import nl.bmo.site.TestSites;
import nl.bmo.site.data.TrackerJson;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.Page;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.BuildResult;
import nl.bmo.site.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real campaign site in content/, as the generator must handle it. What its content must be (summaries, asks,
 * translations, text that must never appear) is not asserted here: those are the site's rules in content/rules.yaml,
 * which {@code check} applies with file, line and a fix, locally and in CI. So an edit of the text never fails a Java
 * test; it fails {@code check}, in words staff can act on.
 */
class CampaignContentTest {
    static final Path ROOT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
    static BuildResult site;

    @BeforeAll
    static void build() {
        site = Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(ROOT)).build().result();
    }

    @Test
    void passesTheCheckThatCiRunsWithItsOwnRules() {
        TestCli.Run r = TestCli.run("check", "-s", ROOT.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(": 0 errors, 0 warnings").endsWith(", ok.\n");
        assertThat(r.err()).as("no error or warning").doesNotContain(": error: ", ": warning: ");
        assertThat(ROOT.resolve("content/rules.yaml"))
                .as("the site's own rules")
                .exists();
    }

    /** tracker.json of every language has its documented shape, with one entry per ask of the site's pages. */
    @Test
    void theTrackerFilesAreValidAndListEveryAsk() {
        Map<String, String> files = new TreeMap<>();
        for (OutputFile f : site.files()) files.put(f.path().value(), new String(f.bytes(), StandardCharsets.UTF_8));
        Map<String, String> pages = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.endsWith("index.html")) pages.put(path.substring(0, path.length() - "index.html".length()), text);
        });
        String base = site.site().config().baseUrl();
        for (String lang : site.pagesPerLanguage().keySet()) {
            Set<String> asks = new TreeSet<>();
            for (Page p : site.site().pages(lang)) p.content().asks().forEach(a -> asks.add(a.id()));
            String json = files.get(site.site().config().prefix(lang) + "tracker.json");
            assertThat(TrackerJson.validate(json, lang, base, pages).keySet())
                    .as("asks in %s", lang)
                    .isEqualTo(asks);
        }
    }
}
