package nl.bmo.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.bmo.site.Message;
import nl.bmo.site.Messages;
import nl.bmo.site.Problem;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.Theme;
import nl.bmo.site.translation.Cell;
import nl.bmo.site.translation.Row;
import nl.bmo.site.translation.State;
import nl.bmo.site.translation.StatusReport;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The preview's page of problems and translation status page: from the theme's {@code _server/} templates, else the
 * bundled ones, which also stand in when the theme's template fails, so the problems are always shown.
 */
class PreviewPagesTest {
    static final List<Problem> PROBLEMS = List.of(
            Problem.warning(SourcePosition.of("content/nl/b.md", 1, 1), "content.notMarkdown"),
            Problem.error(
                    SourcePosition.of("content/nl/<x>.md", 3, 1),
                    Message.of("markdown.link.missingPage", "<script>alert(1)</script>", "x.md"),
                    Message.of("markdown.link.missingPage.hintElsewhere", "\"quotes\" & 'ticks'", "y.md")));

    private static Templates theme(String... pathsAndTexts) {
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return Templates.compile(new Theme("t", "themes/t", "themes/t/", files, Optional.empty()));
    }

    private static String problems(Optional<Templates> templates) {
        return problems(templates, Messages.ENGLISH);
    }

    private static String problems(Optional<Templates> templates, Messages messages) {
        return text(PreviewPages.problems(templates, PROBLEMS, "/campaign/__bmo/reload.js", messages));
    }

    private static String text(byte[] page) {
        return new String(page, StandardCharsets.UTF_8);
    }

    @Test
    void theBundledPageListsEveryProblemEscapedWithTheReloadScript() {
        String html = problems(Optional.empty());
        assertThat(html)
                .contains(
                        "<html lang=\"en\">",
                        "<title>Build failed: 1 error</title>",
                        "<li class=\"bmo-serve-error "
                                + "bmo-serve-error--error\"><code>content/nl/&lt;x&gt;.md:3:1</code>: error: "
                                + "link to a missing page: &lt;script&gt;alert(1)&lt;/script&gt; (x.md)",
                        "→ There is &quot;quotes&quot; &amp; &#39;ticks&#39;: link to it as y.md.",
                        "<script src=\"/campaign/__bmo/reload.js\" defer></script>");
        assertThat(html).doesNotContain("<script>alert");
        // sorted: the error (content/nl/<x>.md) before the warning (content/nl/b.md), each once
        assertThat(Jsoup.parse(html).select("li code").eachText())
                .containsExactly("content/nl/<x>.md:3:1", "content/nl/b.md:1:1");
    }

    @Test
    void theProblemsAreShownInTheStaffsLanguage() {
        String html = problems(Optional.empty(), Messages.of("nl").orElseThrow());
        assertThat(html)
                .contains(
                        "<html lang=\"nl\">",
                        "<title>Bouwen mislukt: 1 fout</title>",
                        "<h1>De site heeft 1 fout</h1>",
                        "<code>content/nl/&lt;x&gt;.md:3:1</code>: error: link naar een pagina die niet bestaat:"
                                + " &lt;script&gt;alert(1)&lt;/script&gt; (x.md)");
    }

    @Test
    void aThemeWithoutTheTemplateGetsTheBundledOne() {
        Templates t = theme("templates/layouts/page.ftlh", "x");
        assertThat(problems(Optional.of(t))).isEqualTo(problems(Optional.empty()));
    }

    @Test
    void theThemesOwnTemplateMakesThePage() {
        Templates t = theme(
                "templates/_server/error.ftlh",
                "<#list problems as p>${p.where} ${p.severity}: ${p.message}\n</#list>${errors}");
        assertThat(problems(Optional.of(t)))
                .isEqualTo("content/nl/&lt;x&gt;.md:3:1 error: link to a missing page: "
                        + "&lt;script&gt;alert(1)&lt;/script&gt; (x.md)\n"
                        + "content/nl/b.md:1:1 warning: not a Markdown file; it is not used\n1");
    }

    @Test
    void whenTheThemesTemplateFailsTheBundledOneShowsTheProblemsAndThatFailure() {
        Templates t = theme("templates/_server/error.ftlh", "<p>\n${nothing}</p>");
        String html = problems(Optional.of(t));
        assertThat(html)
                .contains(
                        "<title>Build failed: 2 errors</title>",
                        "&lt;script&gt;",
                        "<code>themes/t/templates/_server/error.ftlh:2:3</code>: error: "
                                + "The following has evaluated to null or missing:");
    }

    /** A key whose Dutch page is the original and whose English translation is behind it. */
    private static StatusReport behindReport() {
        Language nl = new Language("nl", "Nederlands", "nl-NL", "Test", "", "“”‘’", Map.of());
        Language en = new Language("en", "English", "en-GB", "Test", "", "‘’“”", Map.of());
        Cell original =
                new Cell("nl", State.ORIGINAL, "content/nl/brief.md", "", "", "", Optional.empty(), Optional.empty());
        Cell behind = new Cell(
                "en",
                State.BEHIND,
                "content/en/letter.md",
                "content/nl/brief.md",
                "a",
                "b",
                Optional.of("-old <b>\n+new"),
                Optional.empty());
        return new StatusReport(List.of(nl, en), List.of(new Row("letter", List.of(original, behind))), List.of());
    }

    @Test
    void theTranslationStatusPageComesFromTheThemeOrElseTheBundledTheme() {
        var report = behindReport();
        String bundled =
                text(PreviewPages.translations(Optional.empty(), report, "/__bmo/reload.js", Messages.ENGLISH));
        assertThat(bundled)
                .contains(
                        "<html lang=\"en\">",
                        "<title>Translations</title>",
                        "<p>1 page in nl, en: 1 behind. After translating a page, run &#39;translated FILE&#39;; this page "
                                + "reloads by itself.</p>",
                        "<th scope=\"col\">Key</th>",
                        "<th scope=\"col\">English (en)</th>",
                        "<tr><th scope=\"row\"><code>letter</code></th>",
                        "<td class=\"bmo-serve-tr--behind\">BEHIND<br><code>content/en/letter.md</code><details>"
                                + "<summary>What changed in the original</summary>"
                                + "<pre>-old &lt;b&gt;\n+new</pre></details></td>");

        Templates own = theme(
                "templates/_server/translations.ftlh",
                "<#list rows as r>${r.key}: <#list r.cells as c>${c.state} </#list></#list>");
        assertThat(text(PreviewPages.translations(Optional.of(own), report, "/r.js", Messages.ENGLISH)))
                .isEqualTo("letter: original behind ");

        Templates broken = theme("templates/_server/translations.ftlh", "${rows.nothing}");
        assertThat(text(PreviewPages.translations(Optional.of(broken), report, "/r.js", Messages.ENGLISH)))
                .contains(
                        "<title>Build failed: 1 error</title>",
                        "<code>themes/t/templates/_server/translations.ftlh:1:3</code>");
    }

    @Test
    void theTranslationStatusPageIsInTheStaffsLanguage() {
        Messages dutch = Messages.of("nl").orElseThrow();
        String html = text(PreviewPages.translations(Optional.empty(), behindReport(), "/__bmo/reload.js", dutch));
        assertThat(html)
                .contains(
                        "<html lang=\"nl\">",
                        "<title>Vertalingen</title>",
                        "<h1>Vertalingen</h1>",
                        "<p>1 pagina in nl, en: 1 loopt achter. Heb je een pagina vertaald? Voer dan "
                                + "&#39;translated BESTAND&#39; uit; deze pagina laadt vanzelf opnieuw.</p>",
                        "<th scope=\"col\">Pagina</th>",
                        "<td class=\"bmo-serve-tr--original\">origineel<br>",
                        "<td class=\"bmo-serve-tr--behind\">LOOPT ACHTER<br><code>content/en/letter.md</code>"
                                + "<details><summary>Wat er veranderd is in het origineel</summary>")
                .doesNotContain("Translations", "BEHIND", "What changed");

        Templates broken = theme("templates/_server/translations.ftlh", "${rows.nothing}");
        assertThat(text(PreviewPages.translations(Optional.of(broken), behindReport(), "/r.js", dutch)))
                .contains("<title>Bouwen mislukt: 1 fout</title>");
    }
}
