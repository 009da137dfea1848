package nl.bmo.site.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.bmo.site.TestSites;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.BuildResult;
import nl.bmo.site.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demand tracker on a fixture site with the bundled theme (src/test/resources/tracker-site: every status once, one
 * ask with a change of status, one re-assessment without a change). Golden files in its expected/ folder: the
 * {@code <main>} of the pages that show the tracker, the feeds and tracker.json, exactly. -Dgolden.update=true rewrites
 * them; review the diff like code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackerSiteTest {
    static final String BASE = "https://campagne.bmo-voorbeeld.nl/";
    /** Pages whose main content is compared. */
    static final List<String> PAGES = List.of(
            "index.html",
            "en/index.html",
            "eisen/een/index.html",
            "en/demands/one/index.html",
            "eisen/twee/index.html",
            "en/demands/two/index.html",
            "stand-van-zaken/index.html",
            "en/scorecard/index.html");
    /** Files compared whole (with _headers, the bundled theme's, which golden sites with their own theme lack). */
    static final List<String> FILES =
            List.of("nieuws/atom.xml", "en/updates/atom.xml", "tracker.json", "en/tracker.json", "_headers");

    Map<String, String> out = new TreeMap<>();

    @BeforeAll
    void build() {
        BuildResult r = Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(TestSites.resource("tracker-site")))
                .build()
                .result();
        for (OutputFile f : r.files()) {
            String p = f.path().value();
            if (p.endsWith(".html") || p.endsWith(".xml") || p.endsWith(".json") || p.equals("_headers")) {
                out.put(p, new String(f.bytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void rendersBadgesScorecardTotalsFeedEntriesAndJsonExactly() throws IOException {
        Map<String, String> actual = new TreeMap<>();
        for (String p : PAGES) {
            String html = out.get(p);
            assertThat(html).as(p).isNotNull();
            actual.put(
                    p.replace("index.html", "main.html"),
                    html.substring(html.indexOf("<main"), html.indexOf("</main>") + "</main>".length()) + "\n");
        }
        for (String f : FILES) actual.put(f, out.get(f));
        Path expected = TestSites.resource("tracker-site").resolve("expected");
        if (Boolean.getBoolean("golden.update")) {
            Path source =
                    Path.of(System.getProperty("project.basedir", "."), "src/test/resources/tracker-site/expected");
            for (var e : actual.entrySet()) {
                Files.createDirectories(source.resolve(e.getKey()).getParent());
                Files.writeString(source.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            return;
        }
        for (var e : actual.entrySet()) {
            assertThat(expected.resolve(e.getKey()))
                    .as("golden file; create it with -Dgolden.update=true")
                    .exists();
            assertThat(e.getValue())
                    .as(e.getKey())
                    .isEqualTo(Files.readString(expected.resolve(e.getKey()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyStatusOnceWithTextAndIconOnEachAsk() {
        String demand = out.get("en/demands/one/index.html");
        assertThat(demand)
                .contains(
                        "<li id=\"1-1\"><span class=\"bmo-ask__number\">1.1</span>",
                        "bmo-ask-status--adopted",
                        "aria-hidden=\"true\">✓</span> Adopted</span>",
                        "bmo-ask-status--partly-adopted",
                        "◐</span> Partly adopted")
                .doesNotContain("<!--bmo:ask-end");
        assertThat(out.get("en/demands/two/index.html")).contains("✗</span> Not adopted", "○</span> Not yet assessed");
        assertThat(out.get("en/index.html")).contains("1 of 4 asks adopted");
        assertThat(out.get("index.html")).contains("1 van de 4 punten overgenomen");
    }

    @Test
    void feedsHaveOneEntryPerChangeOfStatus() {
        String feed = out.get("en/updates/atom.xml");
        assertThat(feed.split("<entry>", -1))
                .hasSize(1 + 4 + 1); // 1-1, 1-2 twice, 2-1 once (its second assessment changes nothing), the update
        assertThat(feed)
                .contains(
                        "<title>Ask 1.2: Not adopted</title>",
                        "<title>Ask 1.2: Partly adopted</title>",
                        "href=\"" + BASE + "en/demands/one/#1-2\"")
                .doesNotContain("2026-02-20");
        assertThat(out.get("nieuws/atom.xml")).contains("<title>Punt 2.1: Niet overgenomen</title>");
    }

    @Test
    void trackerJsonOfEveryLanguageIsValid() {
        Map<String, String> pages = new TreeMap<>();
        out.forEach((path, text) -> {
            if (path.endsWith("index.html")) pages.put(path.substring(0, path.length() - "index.html".length()), text);
        });
        Map<String, String> expected =
                Map.of("1-1", "adopted", "1-2", "partly-adopted", "2-1", "not-adopted", "2-2", "not-yet-assessed");
        assertThat(TrackerJson.validate(out.get("tracker.json"), "nl", BASE, pages))
                .isEqualTo(expected);
        assertThat(TrackerJson.validate(out.get("en/tracker.json"), "en", BASE, pages))
                .isEqualTo(expected);
    }
}
