package nl.bmo.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.bmo.site.Problem;
import nl.bmo.site.model.Ask;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.RenderedMarkdown;
import nl.bmo.site.model.SitePath;
import nl.bmo.site.model.SourceFile;
import nl.bmo.site.model.SourcePath;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private static final Language NL = new Language("nl", "Nederlands", "nl-NL", "", "", "“”‘’", Map.of());
    private static final Language EN = new Language("en", "English", "en-GB", "", "", "‘’“”", Map.of());
    private static final LinkTargets TARGETS = new LinkTargets() {
        @Override
        public Optional<SitePath> pagePath(String sourcePath) {
            return switch (sourcePath) {
                case "content/nl/brief.md" -> Optional.of(SitePath.of("brief/"));
                case "content/nl/eisen/b.md" -> Optional.of(SitePath.of("eisen/b/"));
                default -> Optional.empty();
            };
        }

        @Override
        public boolean hasStaticFile(String path) {
            return path.equals("img/logo.png");
        }
    };

    private static RenderedMarkdown render(Language lang, String body) {
        SourceFile source = new SourceFile(
                SourcePath.of("content/" + lang.code() + "/eisen/a.md"),
                lang.code(),
                "eisen/a.md",
                "title: A\n",
                2,
                body,
                4);
        return new MarkdownRenderer(lang, "Link to point {0}").render(source, SitePath.of("eisen/a/"), TARGETS);
    }

    @Test
    void setsQuotesForEachLanguage() {
        assertThat(render(NL, "Hij zei \"ja\" en 'nee'.").html()).contains("Hij zei “ja” en ‘nee’.");
        assertThat(render(EN, "He said \"yes\" and 'no', it's.").html()).contains("He said ‘yes’ and “no”, it’s.");
    }

    @Test
    void givesAsksTheirFullNumberAPermalinkAndAStatusHookAndRecordsThem() {
        RenderedMarkdown r =
                render(NL, "1. Eerste eis. {#2-1}\n2. Tweede *eis*. Nog een zin. {#2-2}\n3. Zonder nummer. {#slot}\n");
        assertThat(r.html())
                .contains("<li id=\"2-1\"><span>2.1</span> Eerste eis. <a href=\"#2-1\">Link to point 2.1</a>"
                        + "<!--bmo:ask-end 2-1--></li>");
        assertThat(r.html())
                .contains("<li id=\"slot\">Zonder nummer. <a href=\"#slot\">Link to point slot</a><!--bmo:ask-end "
                        + "slot-->")
                .doesNotContain("bmo:ask-text")
                .doesNotContain("class=");
        assertThat(r.ids()).containsExactlyInAnyOrder("2-1", "2-2", "slot");
        assertThat(r.asks())
                .extracting(a -> a.id() + " " + a.number() + " " + a.html())
                .containsExactly(
                        "2-1 2.1 Eerste eis.", "2-2 2.2 Tweede <em>eis</em>. Nog een zin.", "slot slot Zonder nummer.");
        assertThat(r.problems()).isEmpty();
    }

    /** Writes what each hook is given, so a test sees the data and where the markup goes. */
    private static final MarkupHooks RECORDING = new MarkupHooks() {
        @Override
        public String ask(String id, String number, String label, String text) {
            return "[ask " + id + "|" + number + "|" + label + "|" + text + "]";
        }

        @Override
        public String table(String body) {
            return "[table|" + body + "]";
        }

        @Override
        public String footnoteBackLink(int footnote, int reference, String target) {
            return "[back " + footnote + "|" + reference + "|" + target + "]";
        }
    };

    private static RenderedMarkdown renderWithHooks(String body) {
        SourceFile source =
                new SourceFile(SourcePath.of("content/nl/eisen/a.md"), "nl", "eisen/a.md", "title: A\n", 2, body, 4);
        return new MarkdownRenderer(NL, "Link naar {0}", RECORDING).render(source, SitePath.of("eisen/a/"), TARGETS);
    }

    @Test
    void theAskHookWritesTheInsideOfTheItemFromItsIdNumberLabelAndText() {
        RenderedMarkdown r = renderWithHooks("1. Tweede *eis*. {#2-2}\n2. Vrij. {#slot}\n");
        assertThat(r.html())
                .isEqualTo("<ol>\n<li id=\"2-2\">[ask 2-2|2.2|Link naar 2.2|Tweede <em>eis</em>.]<!--bmo:ask-end "
                        + "2-2--></li>\n"
                        + "<li id=\"slot\">[ask slot|slot|Link naar slot|Vrij.]<!--bmo:ask-end "
                        + "slot--></li>\n</ol>\n");
        assertThat(r.asks()).extracting(a -> a.html()).containsExactly("Tweede <em>eis</em>.", "Vrij.");
    }

    @Test
    void theTableHookWritesTheTableAroundItsRows() {
        RenderedMarkdown r = renderWithHooks("Voor.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nNa.\n");
        assertThat(r.html())
                .isEqualTo("<p>Voor.</p>\n[table|<thead>\n<tr><th>a</th><th>b</th></tr>\n</thead>\n<tbody>\n"
                        + "<tr><td>1</td><td>2</td></tr>\n</tbody>\n]\n<p>Na.</p>\n");
        assertThat(render(NL, "| a |\n|---|\n| 1 |\n").html())
                .startsWith("<table>\n<thead>\n")
                .endsWith("</tbody>\n</table>\n");
    }

    @Test
    void theFootnoteHookWritesEveryBackLinkWithItsTarget() {
        RenderedMarkdown r = renderWithHooks("Een[^a] en twee[^b], weer een[^a].\n\n[^a]: Eerste.\n[^b]: Tweede.\n");
        // flexmark's numbering: here [^b] is footnote 1 and [^a] footnote 2
        assertThat(r.html())
                .contains("<li id=\"fn-2\">\n<p>Eerste.</p>\n[back 2|1|fnref-2]\n[back 2|2|fnref-2-1]\n</li>")
                .contains("<li id=\"fn-1\">\n<p>Tweede.</p>\n[back 1|1|fnref-1]\n</li>")
                .doesNotContain("bmo:footnote-back");
        assertThat(render(NL, "Een[^a].\n\n[^a]: Eerste.\n").html()).contains("<a href=\"#fnref-1\">&#8617;</a>");
    }

    @Test
    void aFailingHookIsAProblemOfThePage() {
        MarkupHooks failing = new MarkupHooks() {
            @Override
            public String ask(String id, String number, String label, String text) {
                throw nl.bmo.site.SiteException.at(
                        nl.bmo.site.SourcePosition.of("themes/t/templates/_markup/ask.ftlh", 2, 5),
                        "render.hook.failed",
                        "broken",
                        "_markup/ask.ftlh",
                        "ask");
            }

            @Override
            public String table(String body) {
                return MarkupHooks.PLAIN.table(body);
            }

            @Override
            public String footnoteBackLink(int footnote, int reference, String target) {
                return MarkupHooks.PLAIN.footnoteBackLink(footnote, reference, target);
            }
        };
        SourceFile source = new SourceFile(
                SourcePath.of("content/nl/eisen/a.md"), "nl", "eisen/a.md", "title: A\n", 2, "1. Eis. {#1-1}\n", 4);
        RenderedMarkdown r = new MarkdownRenderer(NL, "{0}", failing).render(source, SitePath.of("eisen/a/"), TARGETS);
        assertThat(r.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "themes/t/templates/_markup/ask.ftlh:2:5: error: broken (render hook _markup/ask.ftlh)\n"
                                + "  → Fix the template; a render hook sees only 'ask' (see the README's theme "
                                + "section).");
    }

    @Test
    void ordersAskIdsNumberByNumber() {
        List<String> ids = new ArrayList<>(List.of("2-1", "1-10", "slot", "1-2", "10-1"));
        ids.sort(Ask::compareIds);
        assertThat(ids).containsExactly("1-2", "1-10", "2-1", "10-1", "slot");
    }

    @Test
    void makesAsciiHeadingIdsAndKeepsExplicitOnes() {
        RenderedMarkdown r = render(NL, "## Motie Kröger\n\n## Bronnen {#bronnen}\n\n## Motie Kröger\n");
        assertThat(r.html())
                .contains(
                        "<h2 id=\"motie-kroger\">Motie Kröger</h2>",
                        "<h2 id=\"bronnen\">Bronnen</h2>",
                        "<h2 id=\"motie-kroger-2\">");
        assertThat(r.headings()).extracting(h -> h.id()).containsExactly("motie-kroger", "bronnen", "motie-kroger-2");
    }

    @Test
    void givesHeadingsInQuotesListsAndFootnotesIdsInDocumentOrder() {
        RenderedMarkdown r = render(
                NL,
                "> ## Citaat\n\n- item\n\n  ### Citaat\n\n## Citaat\n\nTekst[^1].\n\n[^1]: Noot\n\n    #### In de noot\n");
        assertThat(r.html())
                .contains(
                        "<h2 id=\"citaat\">Citaat</h2>",
                        "<h3 id=\"citaat-2\">Citaat</h3>",
                        "<h2 id=\"citaat-3\">Citaat</h2>",
                        "<h4 id=\"in-de-noot\">In de noot</h4>");
    }

    @Test
    void resolvesLinksToSourceFilesAsRelativeUrls() {
        RenderedMarkdown r = render(
                NL,
                "[brief](../brief.md#intro), [b](b.md), [logo](../../../static/img/logo.png), "
                        + "[x](https://example.org/)");
        assertThat(r.html())
                .contains(
                        "href=\"../../brief/#intro\"",
                        "href=\"../b/\"",
                        "href=\"../../img/logo.png\"",
                        "href=\"https://example.org/\"");
        assertThat(r.links())
                .extracting(l -> l.target() + "#" + l.fragment())
                .containsExactly("content/nl/brief.md#intro", "content/nl/eisen/b.md#");
    }

    @Test
    void reportsBrokenAndUnsafeLinksWithTheirPosition() {
        RenderedMarkdown r =
                render(NL, "Tekst.\n\nZie [weg](weg.md) en [uit](../../../../x.md) en [js](javascript:alert(1)).\n");
        assertThat(r.problems())
                .extracting(p -> p.format().lines().findFirst().orElseThrow())
                .containsExactlyInAnyOrder(
                        "content/nl/eisen/a.md:6:5: error: link to a missing page: weg.md (content/nl/eisen/weg.md)",
                        "content/nl/eisen/a.md:6:22: error: link \"../../../../x.md\" leaves the site folder",
                        "content/nl/eisen/a.md:6:49: error: \"javascript:\" links are not allowed");
        assertThat(r.html()).doesNotContain("javascript:");
    }

    @Test
    void reportsScriptLinksWhoseSchemeIsDisguisedAndWritesNoneOfThem() {
        RenderedMarkdown r = render(
                NL,
                "[a](java&#115;cript:alert(1))\n[b](javas&#x0A;cript:alert(1))\n[c](java&Tab;script:alert(1))\n"
                        + "[d](javascript\\:alert(1)) <javascript:alert(1)> ![e](d&#97;ta:image/png,x)\n\n"
                        + "<a href=\"java&#115cript:alert(1)\" title=\"data: not a link\">f</a>\n");
        assertThat(r.problems())
                .extracting(p -> p.format().lines().findFirst().orElseThrow())
                .containsExactly(
                        "content/nl/eisen/a.md:4:1: error: \"javascript:\" links are not allowed",
                        "content/nl/eisen/a.md:5:1: error: \"javascript:\" links are not allowed",
                        "content/nl/eisen/a.md:6:1: error: \"javascript:\" links are not allowed",
                        "content/nl/eisen/a.md:7:1: error: \"javascript:\" links are not allowed",
                        "content/nl/eisen/a.md:7:27: error: \"javascript:\" links are not allowed",
                        "content/nl/eisen/a.md:7:49: error: \"data:\" links are not allowed",
                        "content/nl/eisen/a.md:9:4: error: raw HTML with a \"javascript:\" URL is not allowed");
        assertThat(Pattern.compile("(href|src)=\"([^\"]*)\"")
                        .matcher(r.html())
                        .results()
                        .map(m -> m.group(2)))
                .containsExactly("#", "#", "#", "#", "#");
        assertThat(r.html()).doesNotContain("java&#115cript");
    }

    @Test
    void reportsRawTabsAndLineBreaksInTheSchemeOfRawHtml() {
        RenderedMarkdown r = render(
                NL,
                "Een <a href=\"java\tscript:alert(1)\">tab</a> en een <a\nhref=\"javas\ncript:alert(1)\">regel</a>.\n\n"
                        + "[geen link](java\tscript:alert(1))\n");
        assertThat(r.problems())
                .extracting(p -> p.format().lines().findFirst().orElseThrow())
                .containsExactly(
                        "content/nl/eisen/a.md:4:8: error: raw HTML with a \"javascript:\" URL is not allowed",
                        "content/nl/eisen/a.md:5:1: error: raw HTML with a \"javascript:\" URL is not allowed");
        assertThat(r.html()).doesNotContain("href=\"java").contains("[geen link](java\tscript:alert(1))");
    }

    @Test
    void acceptsColonsThatAreNoScheme() {
        RenderedMarkdown r = render(
                NL,
                "[a](https://example.org/x:y) [b](mailto:pers@example.org) <span title=\"data: feiten\">c</span>\n");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void rendersTemplateSyntaxInContentLiterally() {
        String html = render(NL, "Prijs: ${7*7} en <#assign x=1> en [=x]").html();
        assertThat(html).contains("${7*7}").doesNotContain("49");
    }

    @Test
    void refusesScriptsFramesAndEventHandlersInRawHtml() {
        RenderedMarkdown r =
                render(NL, "<span lang=\"en\">ok</span>\n\n<iframe src=x></iframe>\n\n<b onclick=\"x()\">b</b>\n");
        String hint =
                "Content may use simple inline HTML such as <span lang=\"en\">; scripts, frames, forms, on…= attributes"
                        + " and script URLs are refused.";
        // the body starts at line 4: the frame opens line 6, the handler is the 4th column of line 8
        assertThat(r.problems())
                .map(Problem::format)
                .containsExactly(
                        "content/nl/eisen/a.md:6:1: error: raw HTML with a <iframe> element is not allowed\n  → "
                                + hint,
                        "content/nl/eisen/a.md:8:4: error: raw HTML with an event-handler attribute is not allowed\n  "
                                + "→ "
                                + hint);
        assertThat(r.html())
                .contains("<span lang=\"en\">ok</span>")
                .doesNotContain("iframe")
                .doesNotContain("onclick");
    }

    @Test
    void survivesDeeplyNestedMarkdown() {
        RenderedMarkdown quotes = render(NL, ">".repeat(20_000) + " diep\n");
        assertThat(quotes.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.format())
                        .startsWith("content/nl/eisen/a.md:4:")
                        .contains("error: ")
                        .contains("nested"));
        assertThat(quotes.html()).doesNotContain("diep");
        String deep = "[".repeat(50_000) + "x" + "]".repeat(50_000);
        RenderedMarkdown brackets = render(NL, deep);
        assertThat(brackets.problems()).isEmpty();
        assertThat(brackets.html()).isEqualTo("<p>" + deep + "</p>\n");
    }

    @Test
    void autolinksBareUrlsAndAddressesButLeavesLinkDestinationsAlone() {
        assertThat(MarkdownRenderer.mayHoldBareUrl("Zie [de site](https://example.org/x) en <https://example.org/>."))
                .isFalse();
        assertThat(MarkdownRenderer.mayHoldBareUrl("Zie https://example.org/ of www.example.org."))
                .isTrue();
        assertThat(MarkdownRenderer.mayHoldBareUrl("Mail pers@example.org.")).isTrue();
        assertThat(render(NL, "Zie https://example.org/x en [y](https://example.org/y).")
                        .html())
                .contains(
                        "<a href=\"https://example.org/x\">https://example.org/x</a>",
                        "<a href=\"https://example.org/y\">y</a>");
        assertThat(render(NL, "Zie [y](https://example.org/y).").html())
                .contains("<a href=\"https://example.org/y\">y</a>");
    }

    @Test
    void aBodyParsedEarlyRendersAsIfTheRendererHadParsedIt() {
        String body = "## Eis\n\n\"Quotes\" -- and a [link](https://example.org/) at https://example.org/x.\n\n"
                + "1. Een vraag {#1-1}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nNoot[^1].\n\n[^1]: Voetnoot.\n";
        SourceFile source =
                new SourceFile(SourcePath.of("content/nl/eisen/a.md"), "nl", "eisen/a.md", "title: A\n", 2, body, 4);
        MarkdownParser parsers = new MarkdownParser(NL);
        MarkdownRenderer renderer = new MarkdownRenderer(parsers, "Link naar {0}", MarkupHooks.PLAIN);
        RenderedMarkdown parsedHere = renderer.render(source, SitePath.of("eisen/a/"), TARGETS);

        MarkdownParser.Parsed early = parsers.parse(source).orElseThrow();
        assertThat(renderer.render(source, SitePath.of("eisen/a/"), TARGETS, early))
                .isEqualTo(parsedHere);

        // a document parsed for another source, or by other parsers, is not used
        SourceFile other = new SourceFile(
                SourcePath.of("content/nl/eisen/b.md"), "nl", "eisen/b.md", "title: B\n", 2, "Anders.\n", 4);
        MarkdownParser.Parsed ofOther = parsers.parse(other).orElseThrow();
        assertThat(renderer.render(source, SitePath.of("eisen/a/"), TARGETS, ofOther))
                .isEqualTo(parsedHere);
        MarkdownParser.Parsed byOthers = new MarkdownParser(EN).parse(source).orElseThrow();
        assertThat(renderer.render(source, SitePath.of("eisen/a/"), TARGETS, byOthers))
                .isEqualTo(parsedHere);
    }
}
