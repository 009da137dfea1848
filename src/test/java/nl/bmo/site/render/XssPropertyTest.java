package nl.bmo.site.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestSites;
import nl.bmo.site.internal.UrlSchemes;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: a payload from a list of XSS vectors, placed in every front matter field, in the site configuration and in
 * interface strings, never reaches any output file unescaped — through the real bmo theme. And a script link in
 * Markdown, however its scheme is disguised, is an error at its line.
 */
class XssPropertyTest {
    static List<String> vectors() {
        return List.of(
                "<script>alert(1)</script>",
                "\"><img src=x onerror=alert(1)>",
                "'><svg onload=alert(1)>",
                "</title><script>alert(1)</script>",
                "javascript:alert(1)",
                "\" onmouseover=\"alert(1)",
                "</script><script>alert(1)</script>",
                "<iframe src=//evil.example></iframe>",
                "${7*7}<#assign x=1>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "\u2028</script>\u2029<!--",
                "<a href=\"javascript:alert(1)\">x</a>",
                "java&#115;cript:alert(1)",
                "java\tscript:alert(1)",
                "java\nscript:alert(1)");
    }

    /**
     * Script links whose scheme a browser reads as {@code javascript:} (or another forbidden scheme) only after it
     * decodes character references and drops tabs and line breaks, as Markdown writes them.
     */
    static List<String> disguisedSchemes() {
        return List.of(
                "java&#115;cript:alert(1)",
                "&#106;avascript:alert(1)",
                "java&#x73;cript:alert(1)",
                "JaVa&#X53;cRiPt:alert(1)",
                "javas&#x0A;cript:alert(1)",
                "javas&#10;cript:alert(1)",
                "java&NewLine;script:alert(1)",
                "javas&#x09;cript:alert(1)",
                "java&Tab;script:alert(1)",
                "javas&#13;cript:alert(1)",
                "javascript&colon;alert(1)",
                "javascript&#58;alert(1)",
                "javascript\\:alert(1)",
                "&#x20;javascript:alert(1)",
                "vbscript&#58;msgbox(1)",
                "d&#97;ta:text/html,x");
    }

    /**
     * A disguised script link in Markdown, in a reference definition and in raw HTML is an error at its own line and
     * column, and the build writes nothing.
     */
    @ParameterizedTest
    @MethodSource("disguisedSchemes")
    void disguisedScriptLinksAreErrorsAtTheirLine(String destination, @TempDir Path tmp) {
        String scheme = destination.startsWith("vb") ? "vbscript" : destination.startsWith("d") ? "data" : "javascript";
        Path site = TestSites.write(tmp.resolve("site"), TestSites.BASE + """
                -- content/nl/pagina.md --
                ---
                title: Pagina
                ---
                Tekst.

                Klik [hier](%1$s) of niet.

                [ref]: %1$s

                Zie [ref].

                <p>En <a href="%1$s">ruw</a>.</p>
                """.formatted(destination));
        List<String> expected = new ArrayList<>(List.of(
                "content/nl/pagina.md:6:6: error: \"" + scheme + ":\" links are not allowed",
                "content/nl/pagina.md:8:1: error: \"" + scheme + ":\" links are not allowed",
                "content/nl/pagina.md:12:10: error: raw HTML with a \"" + scheme + ":\" URL is not allowed"));
        // A backslash escapes the colon in Markdown only; in HTML, javascript\: is no scheme but a relative path.
        if (destination.contains("\\")) expected.remove(2);
        assertThatThrownBy(() -> Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(site))
                        .build())
                .isInstanceOfSatisfying(
                        SiteException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.format().lines().findFirst().orElseThrow())
                                .containsExactlyElementsOf(expected));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void noPayloadReachesTheOutputUnescaped(String vector, @TempDir Path tmp) throws Exception {
        String q = yaml(vector);
        Path site = tmp.resolve("site");
        TestSites.write(site, """
                -- content/site.yaml --
                baseUrl: https://example.org/
                theme: bmo
                languages:
                  - code: nl
                    name: %1$s
                    title: %1$s
                    description: %1$s
                    strings:
                      footer.about: %1$s
                  - code: en
                    name: English
                    title: %1$s
                menu: [home, demands]
                params:
                  press:
                    name: %1$s
                    email: %1$s
                -- content/nl/_index.md --
                ---
                title: %1$s
                translationKey: home
                summary: %1$s
                layout: home
                ---
                Tekst.
                -- content/en/_index.md --
                ---
                title: %1$s
                translationKey: home
                summary: %1$s
                ---
                Text.
                -- content/nl/eisen/_index.md --
                ---
                title: %1$s
                translationKey: demands
                ---
                -- content/nl/eisen/eis.md --
                ---
                title: %1$s
                summary: %1$s
                description: %1$s
                translationKey: %1$s
                layout: demand
                image: %1$s
                date: 2026-01-06
                extra:
                  number: 1
                  shortTitle: %1$s
                ---
                1. Vraag. {#1-1}
                -- content/nl/brief.md --
                ---
                title: %1$s
                layout: letter
                translationKey: letter
                extra:
                  signatory: %1$s
                  signatoryRole: %1$s
                  addressee: %1$s
                ---
                Brief.
                -- content/nl/pers.md --
                ---
                title: %1$s
                layout: press
                ---
                Pers.
                """.formatted(q));
        deleteMiniTheme(site);
        List<OutputFile> files;
        try {
            files = Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(site))
                    .build()
                    .result()
                    .files();
        } catch (SiteException e) {
            throw new AssertionError("the vector should build: " + e.getMessage(), e);
        }
        for (OutputFile f : files) {
            String text = new String(f.bytes(), StandardCharsets.UTF_8);
            if (f.path().endsWith(".html")) assertSafeHtml(f.path().value(), text, vector);
            else if (f.path().endsWith(".xml") || f.path().endsWith(".txt")) {
                assertThat(text)
                        .as("%s with vector %s", f.path(), vector)
                        .doesNotContain("<script")
                        .doesNotContain("<img")
                        .doesNotContain("<svg");
            }
        }
    }

    /** Parsed as a browser would: no injected element, attribute, handler or URL, and JSON-LD with no raw '<'. */
    private static void assertSafeHtml(String file, String html, String vector) {
        Document doc = Jsoup.parse(html);
        String as = file + " with vector " + vector;
        for (Element script : doc.select("script")) {
            boolean ours = script.attr("src").matches("/?(\\.\\./)*js/main\\.[0-9a-f]+\\.js")
                    || script.attr("type").equals("application/ld+json");
            assertThat(ours).as(as + ": unexpected script " + script).isTrue();
            if (script.attr("type").equals("application/ld+json"))
                assertThat(script.data()).as(as).doesNotContain("<");
        }
        assertThat(doc.select("iframe, svg, object, embed")).as(as).isEmpty();
        assertThat(doc.select("img").eachAttr("src"))
                .as(as)
                .allSatisfy(src -> assertThat(src).doesNotStartWith("x"));
        for (Element el : doc.getAllElements()) {
            for (var attr : el.attributes()) {
                assertThat(attr.getKey())
                        .as(as + ": handler on " + el.tagName())
                        .doesNotStartWith("on");
                if (attr.getKey().equals("href") || attr.getKey().equals("src")) {
                    assertThat(UrlSchemes.forbidden(attr.getValue()))
                            .as(as + ": " + attr)
                            .isEmpty();
                }
            }
        }
    }

    private static String yaml(String s) {
        return "\""
                + s.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\u2028", "\\L")
                        .replace("\u2029", "\\P")
                        .replace("\n", "\\n")
                        .replace("\t", "\\t")
                + "\"";
    }

    private static void deleteMiniTheme(Path site) throws Exception {
        try (var walk = Files.walk(site.resolve("themes"))) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
