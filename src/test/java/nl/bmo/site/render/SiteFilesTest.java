package nl.bmo.site.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestSites;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files besides pages come from templates ({@code templates/files/…}): a site's theme overrides them one by one and
 * gets the bundled theme's for the rest; values are escaped for the file's format; the CSP has one definition.
 */
class SiteFilesTest {
    @TempDir
    Path tmp;

    /** The base site with a Dutch page that has an alias and a title that needs escaping, and a feed on the home. */
    static final String SITE =
            TestSites.BASE.replace("translationKey: home\n---\nHallo.", "translationKey: home\nfeed: true\n---\nHallo.")
                    + """
            -- content/nl/oud.md --
            ---
            title: "Tom & Jerry's <b>\\"grap\\"</b>"
            summary: Een <samenvatting>.
            date: 2026-02-01
            aliases: ["/vroeger/"]
            ---
            Zie [thuis](_index.md) en ![logo](/img/logo.svg).
            """;

    private Map<String, String> build(Path root) {
        Map<String, String> out = new TreeMap<>();
        for (OutputFile f : Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(root))
                .build()
                .result()
                .files()) {
            if (!f.path().endsWith(".png")) out.put(f.path().value(), new String(f.bytes(), StandardCharsets.UTF_8));
        }
        return out;
    }

    private Path site(String name, String files) {
        String logo = "-- static/img/logo.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n";
        return TestSites.write(tmp.resolve(name), SITE + logo + files);
    }

    @Test
    void aThemeWithoutTheTemplatesGetsTheBundledOnes() {
        Map<String, String> out = build(site("plain", ""));
        assertThat(out.get("robots.txt"))
                .isEqualTo("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n");
        assertThat(out.get("sitemap.xml"))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset")
                .contains("  <url>\n    <loc>https://example.org/oud/</loc>\n"
                        + "    <lastmod>2026-02-01</lastmod>\n  </url>\n");
        assertThat(out.get("vroeger/index.html")).contains("<meta http-equiv=\"refresh\" content=\"0; url=../oud/\">");
        assertThat(out).containsKey("atom.xml").doesNotContainKey("_headers"); // _headers only from a theme that has it
    }

    @Test
    void valuesAreEscapedForTheFormatOfTheFile() {
        Map<String, String> out = build(site("escaped", ""));
        assertThat(out.get("vroeger/index.html"))
                .contains("<title>Tom &amp; Jerry&#39;s &lt;b&gt;&quot;grap&quot;&lt;/b&gt;</title>")
                .contains("<a href=\"../oud/\">Tom &amp; Jerry&#39;s &lt;b&gt;&quot;grap&quot;&lt;/b&gt;</a>");
        String feed = out.get("atom.xml");
        assertThat(feed)
                .contains(
                        "<title>Tom &amp; Jerry&apos;s &lt;b&gt;&quot;grap&quot;&lt;/b&gt;</title>",
                        "<summary>Een &lt;samenvatting&gt;.</summary>",
                        // the page's HTML as escaped text, its links made absolute
                        "&lt;a href=&quot;https://example.org/&quot;&gt;thuis&lt;/a&gt;",
                        "src=&quot;https://example.org/img/logo.svg&quot;");
        assertThat(Jsoup.parse(out.get("vroeger/index.html")).title()).isEqualTo("Tom & Jerry's <b>\"grap\"</b>");
    }

    @Test
    void aThemeThatOverridesOnlyItsSitemapGetsItsOwnSitemapAndTheBundledRest() {
        Map<String, String> bundled = build(site("bundled", ""));
        Map<String, String> out = build(site("own", """
                -- themes/mini/templates/files/sitemap.xml.ftlx --
                <#list urls as u>${u.loc} (${u.translations?size})
                </#list>
                """));
        assertThat(out.get("sitemap.xml"))
                .isEqualTo("https://example.org/ (2)\nhttps://example.org/en/ (2)\nhttps://example.org/oud/ (1)\n");
        for (String file : new String[] {"robots.txt", "vroeger/index.html", "atom.xml", "index.html"}) {
            assertThat(out.get(file)).as(file).isEqualTo(bundled.get(file));
        }
    }

    @Test
    void aThemeThatOverridesItsAliasTemplateGetsItsOwnRedirects() {
        Map<String, String> out = build(site("alias", """
                -- themes/mini/templates/files/alias.ftlh --
                <!DOCTYPE html><title>${alias.title}</title>
                <a href="${alias.url}">${alias.path} → ${alias.permalink}</a>
                """));
        assertThat(out.get("vroeger/index.html"))
                .isEqualTo("<!DOCTYPE html><title>Tom &amp; Jerry&#39;s &lt;b&gt;&quot;grap&quot;&lt;/b&gt;</title>\n"
                        + "<a href=\"../oud/\">vroeger/ → https://example.org/oud/</a>\n");
    }

    @Test
    void theHeadersFileCarriesThePagesPolicyFromItsOneDefinition() {
        String policy = "default-src 'self'; img-src 'self' data:";
        Path root = TestSites.write(tmp.resolve("csp"), TestSites.BASE.replace("theme: mini", "theme: bmo"));
        Path project = Path.of(System.getProperty("project.basedir", "."));
        TestSites.copyTree(project.resolve("themes/bmo"), root.resolve("themes/bmo"));
        Map<String, String> before = build(root);
        String meta = metaPolicy(before.get("index.html"));
        assertThat(before.get("_headers"))
                .contains("  Content-Security-Policy: " + meta + "; frame-ancestors 'none'\n");

        TestSites.edit(root, "themes/bmo/templates/partials/csp.ftlh", meta, policy);
        Map<String, String> after = build(root);
        assertThat(metaPolicy(after.get("en/index.html"))).isEqualTo(policy);
        assertThat(after.get("_headers"))
                .contains("  Content-Security-Policy: " + policy + "; frame-ancestors 'none'\n");
    }

    private static String metaPolicy(String html) {
        return Jsoup.parse(html)
                .selectFirst("meta[http-equiv=Content-Security-Policy]")
                .attr("content");
    }

    @Test
    void aThemeWithBothAStaticHeadersFileAndTheTemplateIsToldWhichToKeep() {
        Path root = site("both", """
                -- themes/mini/static/_headers --
                /*
                  X-Frame-Options: DENY
                -- themes/mini/templates/files/_headers.ftl --
                /*
                  X-Content-Type-Options: nosniff
                """);
        assertThatThrownBy(() -> build(root))
                .isInstanceOf(SiteException.class)
                .hasMessageContaining("themes/mini/static/_headers: error: "
                        + "the theme has both static/_headers and templates/files/_headers.ftl")
                .hasMessageContaining("move what static/_headers adds into it");
    }

    @Test
    void anErrorInOneOfTheseTemplatesNamesItsFileAndLineOnce() {
        Path root = site("broken", """
                -- content/en/old.md --
                ---
                title: Old
                aliases: ["/en/before/", "/en/earlier/"]
                ---
                Old.
                -- themes/mini/templates/files/alias.ftlh --
                <!DOCTYPE html>
                <title>${alias.titel}</title>
                """);
        assertThatThrownBy(() -> build(root)).isInstanceOf(SiteException.class).satisfies(e -> {
            var problems = ((SiteException) e).problems();
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).where().toString()).isEqualTo("themes/mini/templates/files/alias.ftlh:2:10");
            assertThat(nl.bmo.site.Messages.ENGLISH.format(problems.get(0).message()))
                    .contains("alias.titel")
                    .endsWith("(rendering en/before/index.html and 2 more pages)");
        });
    }
}
