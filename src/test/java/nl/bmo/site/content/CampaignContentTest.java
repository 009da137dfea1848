package nl.bmo.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.bmo.site.TestSites;
import nl.bmo.site.internal.SitePaths;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.BuildResult;
import nl.bmo.site.pipeline.Pipeline;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real campaign site in content/: its structure in both languages, and no extraction artifact left. */
class CampaignContentTest {
    static BuildResult site;
    static Map<String, String> html;

    @BeforeAll
    static void build() {
        Path root = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        site = Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(root)).build().result();
        html = new TreeMap<>();
        for (OutputFile f : site.files()) {
            if (f.path().endsWith(".html") || f.path().endsWith(".xml") || f.path().endsWith(".json")) html.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyEnglishPageIsRecordedAsUpToDateWithItsDutchOriginal() {
        var report = nl.bmo.site.pipeline.Workspace.status(site.site(), false);
        assertThat(report.todo()).as("run 'translated' on the English pages once they match the Dutch").isEmpty();
        assertThat(report.counts().get(nl.bmo.site.translation.State.UP_TO_DATE)).isEqualTo(site.pagesPerLanguage().get("en"));
    }

    @Test
    void buildsWithoutWarnings() {
        assertThat(site.warnings()).isEmpty();
    }

    @Test
    void everyPageExistsInBothLanguagesAndLinksToItsTranslation() {
        for (Page p : site.site().pages()) {
            List<Page> translations = site.site().translationsOf(p);
            assertThat(translations).as("translations of %s", p.source().path()).extracting(Page::lang).containsExactly("nl", "en");
            Document doc = Jsoup.parse(html.get(p.outputFile()));
            for (Page t : translations) {
                if (t == p) continue;
                Element link = doc.selectFirst("a[hreflang=" + t.lang() + "][lang=" + t.lang() + "]");
                assertThat(link).as("language link of %s", p.source().path()).isNotNull();
                assertThat(link.attr("href")).isEqualTo(SitePaths.relative(p.path(), t.path()));
                assertThat(doc.select("link[rel=alternate][hreflang=" + t.lang() + "]").attr("href"))
                        .isEqualTo(site.site().config().absolute(t.path()));
            }
        }
    }

    @Test
    void hasTheExpectedPagesAtStableUrls() {
        assertThat(html.keySet()).contains(
                "index.html", "en/index.html", "brief/index.html", "en/letter/index.html",
                "over-het-bmo/index.html", "en/about/index.html", "pers/index.html", "en/press/index.html",
                "eisen/index.html", "en/demands/index.html", "nieuws/index.html", "en/updates/index.html",
                "nieuws/atom.xml", "en/updates/atom.xml", "404.html", "sitemap.xml",
                "eisen/mensenrechten-in-alle-beleid/index.html",
                "eisen/middenveld-als-democratische-infrastructuur/index.html",
                "eisen/internationale-samenwerking-en-diplomatie/index.html",
                "eisen/partnerschappen-met-het-middenveld/index.html",
                "eisen/mensen-op-de-vlucht/index.html",
                "en/demands/human-rights-in-all-policy/index.html",
                "en/demands/civil-society-as-democratic-infrastructure/index.html",
                "en/demands/international-cooperation-and-diplomacy/index.html",
                "en/demands/partnerships-with-civil-society/index.html",
                "en/demands/people-forced-to-flee/index.html");
        for (int n = 1; n <= 5; n++) {
            assertThat(html.get("eisen/" + n + "/index.html")).as("alias /eisen/%d/", n).contains("http-equiv=\"refresh\"");
            assertThat(html.get("en/demands/" + n + "/index.html")).as("alias /en/demands/%d/", n).contains("http-equiv=\"refresh\"");
        }
    }

    @Test
    void eachDemandHasItsAsksWithTheSameIdsInBothLanguages() {
        List<Page> demands = site.site().pages().stream().filter(p -> p.layout().equals("demand")).toList();
        assertThat(demands).hasSize(10);
        for (Page p : demands) {
            int n = ((Number) p.meta().extra().get("number")).intValue();
            Document doc = Jsoup.parse(html.get(p.outputFile()));
            List<String> ids = doc.select("main ol > li[id]").eachAttr("id");
            assertThat(ids).as("asks of %s", p.source().path()).containsExactly(n + "-1", n + "-2", n + "-3");
            for (String id : ids) {
                assertThat(doc.select("li#" + "\\3" + id.charAt(0) + " " + id.substring(1) + " a.bmo-permalink[href=#" + id + "]"))
                        .as("permalink of %s in %s", id, p.source().path()).hasSize(1);
            }
            assertThat(p.meta().summary()).isPresent();
        }
        Map<String, List<String>> idsByKey = demands.stream().collect(Collectors.groupingBy(Page::translationKey,
                Collectors.mapping(p -> String.join(",", Jsoup.parse(html.get(p.outputFile())).select("main ol > li[id]").eachAttr("id")),
                        Collectors.toList())));
        idsByKey.values().forEach(v -> assertThat(v).hasSize(2).containsOnly(v.get(0)));
    }

    @Test
    void summariesFitAPreview() {
        for (Page p : site.site().pages()) {
            assertThat(p.meta().summary()).as("summary of %s", p.source().path()).isPresent();
            assertThat(p.meta().summary().get().length()).as("summary of %s", p.source().path()).isLessThanOrEqualTo(160);
        }
    }

    @Test
    void theHomePagesListTheFiveDemands() {
        assertThat(Jsoup.parse(html.get("index.html")).select("main a[href^=eisen/]")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(Jsoup.parse(html.get("en/index.html")).select("main a[href^=demands/]")).hasSizeGreaterThanOrEqualTo(5);
    }

    /** The word-level extraction artifacts of the content brief, §1a, and the editors' warning mark. */
    static final List<String> ARTIFACTS = List.of(
            "januar i", "weerbaarheid ,", "Ju ist", "s trategisch", "na tionaal", "geva l", "elk  geval", "coa litieprogramma",
            "inclus ief", "defens ie", "wereldwijd onderdruk", "veiligheids -", "handels -,", "maatschappelijk  middenveld",
            " a ls ", "democra tische", "inf ras tructuur", "ook  in", "Neder land", "subsiediekaders", "Vers terk",
            "interna tiona le", "samenwerk ing", "Versterk  internationale", "Inves teer", "par tner schappen",
            "maa tschappelijk", "s taan k laar", "mensenrechtenverdedigers  ", "⚠");

    @Test
    void noExtractionArtifactSurvivesInTheOutput() {
        for (var e : html.entrySet()) {
            String text = e.getKey().endsWith(".html") ? Jsoup.parse(e.getValue()).text() : e.getValue();
            for (String artifact : ARTIFACTS) {
                assertThat(text).as("%s contains the artifact \"%s\"", e.getKey(), artifact).doesNotContain(artifact);
            }
        }
    }

    @Test
    void theLetterPageKeepsTheOriginalWordingAndTheDemandPagesTheCorrectedSpelling() {
        String brief = Jsoup.parse(html.get("brief/index.html")).text();
        assertThat(brief).contains("Trumps stadsgreep in Venezuela", "aanmoedigen", "Den Haag", "Joeri Buhrer Tavanier")
                .contains("in elk geval de volgende punten op te nemen in hun coalitieprogramma");
        String demand2 = Jsoup.parse(html.get("eisen/middenveld-als-democratische-infrastructuur/index.html")).text();
        assertThat(demand2).contains("subsidiekaders", "motie Hirsch en de motie Kröger");
        assertThat(Jsoup.parse(html.get("en/letter/index.html")).text()).containsIgnoringCase("unofficial");
    }

    @Test
    void theDemandPagesQuoteTheLetterWordForWord() {
        Map<String, String> letters = Map.of("nl", Jsoup.parse(html.get("brief/index.html")).select(".bmo-letter__body").text(),
                "en", Jsoup.parse(html.get("en/letter/index.html")).select(".bmo-letter__body").text());
        for (Page p : site.site().pages().stream().filter(x -> x.layout().equals("demand")).toList()) {
            Document doc = Jsoup.parse(html.get(p.outputFile()));
            List<String> quoted = doc.select(".bmo-demand__body blockquote p").eachText();
            assertThat(quoted).as("quotation on %s", p.source().path()).isNotEmpty();
            for (String q : quoted) assertThat(letters.get(p.lang())).as("the letter contains the quotation on %s", p.source().path()).contains(q);
            for (Element ask : doc.select(".bmo-demand__body ol > li[id]")) {
                Element copy = ask.clone();
                copy.select(".bmo-ask__number, .bmo-permalink, .bmo-ask-status").remove();
                String text = copy.text().strip();
                assertThat(letters.get(p.lang())).as("the letter contains ask %s on %s", ask.id(), p.source().path()).contains(text);
            }
            int n = ((Number) p.meta().extra().get("number")).intValue();
            assertThat(doc.select(".bmo-demand__body a[href$=#" + n + "]")).as("link to demand %d in the letter", n).isNotEmpty();
        }
    }

    @Test
    void theLetterHoldsOnlyTheLetterAndItsDateOnce() {
        for (String path : List.of("brief/index.html", "en/letter/index.html")) {
            Document doc = Jsoup.parse(html.get(path));
            String body = doc.select(".bmo-letter__body").text();
            assertThat(body).doesNotContain("staat ook op een eigen pagina", "also has its own page");
            assertThat(doc.select("main").text().split(path.startsWith("en") ? "The Hague, 6 January 2026" : "Den Haag, 6 januari 2026", -1))
                    .as("the place and date line of %s", path).hasSize(2);
            assertThat(doc.select("nav.bmo-letter__demands a")).as("the way to the demand pages, outside the letter").hasSize(5);
        }
    }

    @Test
    void askNumbersAreTheFullNumberInBothLanguages() {
        for (String path : List.of("eisen/middenveld-als-democratische-infrastructuur/index.html", "en/demands/civil-society-as-democratic-infrastructure/index.html")) {
            Document doc = Jsoup.parse(html.get(path));
            assertThat(doc.select("li#\\32 -2 > .bmo-ask__number").text()).isEqualTo("2.2");
        }
        assertThat(Jsoup.parse(html.get("en/demands/civil-society-as-democratic-infrastructure/index.html")).select("li[id=2-2] .bmo-permalink__text").text())
                .isEqualTo("Copy link to ask 2.2");
    }

    @Test
    void theTrackerShipsWithEveryAskNotYetAssessedAndValidJson() {
        Map<String, String> pages = new java.util.TreeMap<>();
        html.forEach((path, text) -> {
            if (path.endsWith("index.html")) pages.put(path.substring(0, path.length() - "index.html".length()), text);
        });
        String base = site.site().config().baseUrl();
        for (String lang : List.of("nl", "en")) {
            Map<String, String> statuses = nl.bmo.site.data.TrackerJson.validate(html.get(site.site().config().prefix(lang) + "tracker.json"), lang, base, pages);
            assertThat(statuses).hasSize(15).containsOnlyKeys("1-1", "1-2", "1-3", "2-1", "2-2", "2-3", "3-1", "3-2", "3-3", "4-1", "4-2", "4-3", "5-1", "5-2", "5-3");
            assertThat(statuses.values()).containsOnly("not-yet-assessed");
        }
        assertThat(Jsoup.parse(html.get("stand-van-zaken/index.html")).text()).contains("De beoordeling volgt.");
        assertThat(Jsoup.parse(html.get("en/scorecard/index.html")).text()).contains("The assessment will follow.");
        assertThat(html.get("index.html")).as("no total before an assessment exists").doesNotContain("bmo-tracker-total");
        assertThat(html.get("nieuws/atom.xml")).doesNotContain("Punt 1.1");
    }
}
