package nl.bmo.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bmo.site.Problem;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.RenderedMarkdown;
import nl.bmo.site.model.SourceFile;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private static final Language NL = new Language("nl", "Nederlands", "nl-NL", "", "", "“”‘’", Map.of());
    private static final Language EN = new Language("en", "English", "en-GB", "", "", "‘’“”", Map.of());
    private static final LinkTargets TARGETS = new LinkTargets() {
        @Override
        public Optional<String> pagePath(String sourcePath) {
            return switch (sourcePath) {
                case "content/nl/brief.md" -> Optional.of("brief/");
                case "content/nl/eisen/b.md" -> Optional.of("eisen/b/");
                default -> Optional.empty();
            };
        }

        @Override
        public boolean hasStaticFile(String path) {
            return path.equals("img/logo.png");
        }
    };

    private static RenderedMarkdown render(Language lang, String body) {
        SourceFile source = new SourceFile("content/" + lang.code() + "/eisen/a.md", lang.code(), "eisen/a.md", "title: A\n", 2, body, 4);
        return new MarkdownRenderer(lang, "Link to point {0}").render(source, "eisen/a/", TARGETS);
    }

    @Test
    void setsQuotesForEachLanguage() {
        assertThat(render(NL, "Hij zei \"ja\" en 'nee'.").html()).contains("Hij zei “ja” en ‘nee’.");
        assertThat(render(EN, "He said \"yes\" and 'no', it's.").html()).contains("He said ‘yes’ and “no”, it’s.");
    }

    @Test
    void givesAsksTheirFullNumberAPermalinkAndAStatusHookAndRecordsThem() {
        RenderedMarkdown r = render(NL, "1. Eerste eis. {#2-1}\n2. Tweede *eis*. Nog een zin. {#2-2}\n3. Zonder nummer. {#slot}\n");
        assertThat(r.html()).contains("<li id=\"2-1\"><span class=\"bmo-ask__number\">2.1</span> Eerste eis. <a class=\"bmo-permalink\" href=\"#2-1\" data-permalink=\"2-1\">"
                + "<span class=\"bmo-permalink__icon\" aria-hidden=\"true\">#</span><span class=\"bmo-permalink__text\">Link to point 2.1</span></a>"
                + "<!--bmo:ask-end 2-1--></li>");
        assertThat(r.html()).contains("<li id=\"slot\">Zonder nummer. <a class=\"bmo-permalink\"").doesNotContain("bmo:ask-text");
        assertThat(r.ids()).containsExactlyInAnyOrder("2-1", "2-2", "slot");
        assertThat(r.asks()).extracting(a -> a.id() + " " + a.number() + " " + a.html())
                .containsExactly("2-1 2.1 Eerste eis.", "2-2 2.2 Tweede <em>eis</em>. Nog een zin.", "slot slot Zonder nummer.");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void ordersAskIdsNumberByNumber() {
        List<String> ids = new java.util.ArrayList<>(List.of("2-1", "1-10", "slot", "1-2", "10-1"));
        ids.sort(nl.bmo.site.model.Ask::compareIds);
        assertThat(ids).containsExactly("1-2", "1-10", "2-1", "10-1", "slot");
    }

    @Test
    void makesAsciiHeadingIdsAndKeepsExplicitOnes() {
        RenderedMarkdown r = render(NL, "## Motie Kröger\n\n## Bronnen {#bronnen}\n\n## Motie Kröger\n");
        assertThat(r.html()).contains("<h2 id=\"motie-kroger\">Motie Kröger</h2>", "<h2 id=\"bronnen\">Bronnen</h2>", "<h2 id=\"motie-kroger-2\">");
        assertThat(r.headings()).extracting(h -> h.id()).containsExactly("motie-kroger", "bronnen", "motie-kroger-2");
    }

    @Test
    void resolvesLinksToSourceFilesAsRelativeUrls() {
        RenderedMarkdown r = render(NL, "[brief](../brief.md#intro), [b](b.md), [logo](../../../static/img/logo.png), [x](https://example.org/)");
        assertThat(r.html()).contains("href=\"../../brief/#intro\"", "href=\"../b/\"", "href=\"../../img/logo.png\"", "href=\"https://example.org/\"");
        assertThat(r.links()).extracting(l -> l.target() + "#" + l.fragment()).containsExactly("content/nl/brief.md#intro", "content/nl/eisen/b.md#");
    }

    @Test
    void reportsBrokenAndUnsafeLinksWithTheirPosition() {
        RenderedMarkdown r = render(NL, "Tekst.\n\nZie [weg](weg.md) en [uit](../../../../x.md) en [js](javascript:alert(1)).\n");
        assertThat(r.problems()).extracting(p -> p.format().lines().findFirst().orElseThrow()).containsExactlyInAnyOrder(
                "content/nl/eisen/a.md:6:5: error: link to a missing page: weg.md (content/nl/eisen/weg.md)",
                "content/nl/eisen/a.md:6:22: error: link \"../../../../x.md\" leaves the site folder",
                "content/nl/eisen/a.md:6:49: error: \"javascript:\" links are not allowed");
        assertThat(r.html()).doesNotContain("javascript:");
    }

    @Test
    void reportsScriptLinksWhoseSchemeIsDisguisedAndWritesNoneOfThem() {
        RenderedMarkdown r = render(NL, "[a](java&#115;cript:alert(1))\n[b](javas&#x0A;cript:alert(1))\n[c](java&Tab;script:alert(1))\n"
                + "[d](javascript\\:alert(1)) <javascript:alert(1)> ![e](d&#97;ta:image/png,x)\n\n"
                + "<a href=\"java&#115cript:alert(1)\" title=\"data: not a link\">f</a>\n");
        assertThat(r.problems()).extracting(p -> p.format().lines().findFirst().orElseThrow()).containsExactly(
                "content/nl/eisen/a.md:4:1: error: \"javascript:\" links are not allowed",
                "content/nl/eisen/a.md:5:1: error: \"javascript:\" links are not allowed",
                "content/nl/eisen/a.md:6:1: error: \"javascript:\" links are not allowed",
                "content/nl/eisen/a.md:7:1: error: \"javascript:\" links are not allowed",
                "content/nl/eisen/a.md:7:27: error: \"javascript:\" links are not allowed",
                "content/nl/eisen/a.md:7:49: error: \"data:\" links are not allowed",
                "content/nl/eisen/a.md:9:4: error: raw HTML with a \"javascript:\" URL is not allowed");
        assertThat(java.util.regex.Pattern.compile("(href|src)=\"([^\"]*)\"").matcher(r.html()).results().map(m -> m.group(2)))
                .containsExactly("#", "#", "#", "#", "#");
        assertThat(r.html()).doesNotContain("java&#115cript");
    }

    @Test
    void reportsRawTabsAndLineBreaksInTheSchemeOfRawHtml() {
        RenderedMarkdown r = render(NL, "Een <a href=\"java\tscript:alert(1)\">tab</a> en een <a\nhref=\"javas\ncript:alert(1)\">regel</a>.\n\n"
                + "[geen link](java\tscript:alert(1))\n");
        assertThat(r.problems()).extracting(p -> p.format().lines().findFirst().orElseThrow()).containsExactly(
                "content/nl/eisen/a.md:4:8: error: raw HTML with a \"javascript:\" URL is not allowed",
                "content/nl/eisen/a.md:5:1: error: raw HTML with a \"javascript:\" URL is not allowed");
        assertThat(r.html()).doesNotContain("href=\"java").contains("[geen link](java\tscript:alert(1))");
    }

    @Test
    void acceptsColonsThatAreNoScheme() {
        RenderedMarkdown r = render(NL, "[a](https://example.org/x:y) [b](mailto:pers@example.org) <span title=\"data: feiten\">c</span>\n");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void rendersTemplateSyntaxInContentLiterally() {
        String html = render(NL, "Prijs: ${7*7} en <#assign x=1> en [=x]").html();
        assertThat(html).contains("${7*7}").doesNotContain("49");
    }

    @Test
    void refusesScriptsFramesAndEventHandlersInRawHtml() {
        RenderedMarkdown r = render(NL, "<span lang=\"en\">ok</span>\n\n<iframe src=x></iframe>\n\n<b onclick=\"x()\">b</b>\n");
        String hint = "Content may use simple inline HTML such as <span lang=\"en\">; scripts, frames, forms, on…= attributes"
                + " and script URLs are refused.";
        // the body starts at line 4: the frame opens line 6, the handler is the 4th column of line 8
        assertThat(r.problems()).map(Problem::format).containsExactly(
                "content/nl/eisen/a.md:6:1: error: raw HTML with a <iframe> element is not allowed\n  → " + hint,
                "content/nl/eisen/a.md:8:4: error: raw HTML with an event-handler attribute is not allowed\n  → " + hint);
        assertThat(r.html()).contains("<span lang=\"en\">ok</span>").doesNotContain("iframe").doesNotContain("onclick");
    }

    @Test
    void survivesDeeplyNestedMarkdown() {
        RenderedMarkdown quotes = render(NL, ">".repeat(20_000) + " diep\n");
        assertThat(quotes.problems()).singleElement().satisfies(p -> assertThat(p.format()).startsWith("content/nl/eisen/a.md:4:")
                .contains("error: ").contains("nested"));
        assertThat(quotes.html()).doesNotContain("diep");
        String deep = "[".repeat(50_000) + "x" + "]".repeat(50_000);
        RenderedMarkdown brackets = render(NL, deep);
        assertThat(brackets.problems()).isEmpty();
        assertThat(brackets.html()).isEqualTo("<p>" + deep + "</p>\n");
    }

    @Test
    void autolinksBareUrlsAndAddressesButLeavesLinkDestinationsAlone() {
        assertThat(MarkdownRenderer.mayHoldBareUrl("Zie [de site](https://example.org/x) en <https://example.org/>.")).isFalse();
        assertThat(MarkdownRenderer.mayHoldBareUrl("Zie https://example.org/ of www.example.org.")).isTrue();
        assertThat(MarkdownRenderer.mayHoldBareUrl("Mail pers@example.org.")).isTrue();
        assertThat(render(NL, "Zie https://example.org/x en [y](https://example.org/y).").html())
                .contains("<a href=\"https://example.org/x\">https://example.org/x</a>", "<a href=\"https://example.org/y\">y</a>");
        assertThat(render(NL, "Zie [y](https://example.org/y).").html()).contains("<a href=\"https://example.org/y\">y</a>");
    }
}
