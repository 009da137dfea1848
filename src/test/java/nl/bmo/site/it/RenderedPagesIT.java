package nl.bmo.site.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a page says about itself, read from the rendered files: sharing tags (title, description, canonical, hreflang
 * with x-default, Open Graph with the right locales, Twitter card, JSON-LD, a 1200×630 share image of its own), the
 * Content-Security-Policy (as meta and in _headers), no inline or third-party script, and the weight budget.
 */
class RenderedPagesIT {
    static final String BASE = "https://campagne.breedmensenrechtenoverleg.example/";
    static final Map<String, String> OG_LOCALE = Map.of("nl", "nl_NL", "en", "en_GB");
    static final int BUDGET = 50 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> pages() {
        return SiteUnderTest.pagePaths();
    }

    /** Pages that are shared and indexed: all but 404.html. */
    static List<String> indexablePages() {
        return pages().stream().filter(p -> !p.equals("/404.html")).toList();
    }

    static Document doc(String page) {
        return Jsoup.parse(SiteUnderTest.html(page), BASE + page.substring(1));
    }

    @ParameterizedTest(name = "sharing tags: {0}")
    @MethodSource("indexablePages")
    void hasEverythingASharePreviewNeeds(String page) {
        Document d = doc(page);
        String lang = d.selectFirst("html").attr("lang");
        String other = lang.equals("nl") ? "en" : "nl";
        assertThat(lang).isIn("nl", "en");
        assertThat(d.title()).isNotBlank();
        assertThat(meta(d, "name", "description")).isNotBlank();
        String canonical = d.selectFirst("link[rel=canonical]").attr("href");
        assertThat(canonical).isEqualTo(BASE + page.substring(1));
        assertThat(d.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .contains(lang, other, "x-default");
        assertThat(d.selectFirst("link[rel=alternate][hreflang=" + lang + "]").attr("href"))
                .isEqualTo(canonical);
        assertThat(d.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"))
                .isEqualTo(d.selectFirst("link[rel=alternate][hreflang=nl]").attr("href"));

        assertThat(meta(d, "property", "og:title")).isNotBlank();
        assertThat(meta(d, "property", "og:description")).isNotBlank();
        assertThat(meta(d, "property", "og:url")).isEqualTo(canonical);
        assertThat(meta(d, "property", "og:locale")).isEqualTo(OG_LOCALE.get(lang));
        assertThat(d.select("meta[property=og:locale:alternate]").eachAttr("content"))
                .containsExactly(OG_LOCALE.get(other));
        assertThat(meta(d, "name", "twitter:card")).isEqualTo("summary_large_image");

        String image = meta(d, "property", "og:image");
        assertThat(image).as("og:image is the page's own share image").isEqualTo(canonical + "share.png");
        assertThat(meta(d, "name", "twitter:image")).isEqualTo(image);
        assertThat(pngSize(SiteUnderTest.dir().resolve(image.substring(BASE.length()))))
                .containsExactly(1200, 630);

        Element ld = d.selectFirst("script[type=application/ld+json]");
        assertThat(ld).as("JSON-LD").isNotNull();
        JsonNode json = parse(ld.data());
        assertThat(json.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(json.path("url").asText()).isEqualTo(canonical);
        assertThat(json.path("inLanguage").asText()).isEqualTo(lang);
    }

    @ParameterizedTest(name = "CSP, no inline or third-party script, one h1, landmarks: {0}")
    @MethodSource("pages")
    void isSafeAndStructured(String page) {
        Document d = doc(page);
        String csp = d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http");
        for (Element script : d.select("script")) {
            if (script.attr("type").equals("application/ld+json")) continue;
            assertThat(script.hasAttr("src")).as("inline script on %s", page).isTrue();
            assertThat(script.attr("src")).as("script source on %s", page).doesNotContain("//");
        }
        assertThat(d.select("[onclick], [onload], [style]"))
                .as("inline handlers or styles on %s", page)
                .isEmpty();
        for (Element resource : d.select(
                "link[rel~=stylesheet|icon|preload|preconnect|dns-prefetch|modulepreload], img, iframe, video, audio, "
                        + "source")) {
            String url = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
            assertThat(url).as("resource on %s", page).doesNotContain("//");
        }
        assertThat(d.select("h1")).as("h1 on %s", page).hasSize(1);
        assertThat(d.body().child(0).is("a.bmo-skip-link[href=#main]"))
                .as("skip link first in body")
                .isTrue();
        assertThat(d.select("main#main")).hasSize(1);
        assertThat(d.select("body > header")).hasSize(1);
        assertThat(d.select("body > footer")).hasSize(1);
        Element nav = d.selectFirst("header nav.bmo-language-nav[aria-label]");
        assertThat(nav).as("language navigation in the header of %s", page).isNotNull();
        for (Element a : nav.select("a")) {
            assertThat(a.attr("hreflang")).isIn("nl", "en");
            assertThat(a.attr("lang")).isEqualTo(a.attr("hreflang"));
            if (a.attr("hreflang").equals(d.selectFirst("html").attr("lang")))
                assertThat(a.attr("aria-current")).isEqualTo("page");
            else assertThat(a.hasAttr("aria-current")).isFalse();
        }
    }

    @ParameterizedTest(name = "under 50 KiB with CSS, JS and fonts, gzipped: {0}")
    @MethodSource("pages")
    void staysUnderTheWeightBudget(String page) {
        Document d = doc(page);
        Path dir = SiteUnderTest.file(page).getParent();
        long total = gzipped(SiteUnderTest.html(page).getBytes(StandardCharsets.UTF_8));
        for (Element e : d.select("link[rel=stylesheet], link[rel=icon], script[src]")) {
            String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            if (ref.contains("//")) continue; // another host: isSafeAndStructured fails on it
            Path file = (page.equals("/404.html") ? SiteUnderTest.dir().resolve(ref.substring(1)) : dir.resolve(ref))
                    .normalize();
            byte[] bytes = read(file);
            total += gzipped(bytes);
            if (ref.endsWith(".css")) {
                Matcher fonts = Pattern.compile("url\\([\"']?([^\"')]+\\.(?:woff2?|ttf|otf))")
                        .matcher(new String(bytes, StandardCharsets.UTF_8));
                while (fonts.find())
                    total += read(file.getParent().resolve(fonts.group(1)).normalize()).length;
            }
        }
        assertThat(total).as("bytes transferred for %s", page).isLessThan(BUDGET);
    }

    @Test
    void demandPagesShareWithPlainLinksOnly() {
        Document d = doc("/en/demands/people-forced-to-flee/");
        List<String> links = d.select(".bmo-share a").eachAttr("href");
        assertThat(links).hasSize(6);
        assertThat(links)
                .anyMatch(h -> h.startsWith("mailto:"))
                .anyMatch(h -> h.startsWith("https://wa.me/"))
                .anyMatch(h -> h.startsWith("https://bsky.app/"))
                .anyMatch(h -> h.contains("mastodon"))
                .anyMatch(h -> h.startsWith("https://www.linkedin.com/"))
                .anyMatch(h -> h.startsWith("https://x.com/"));
        assertThat(links)
                .allMatch(h -> h.contains(
                        "campagne.breedmensenrechtenoverleg.example%2Fen%2Fdemands%2Fpeople-forced-to-flee%2F"))
                .noneMatch(h -> h.matches("(?i).*(utm_|fbclid|gclid|ref=).*"));
    }

    @Test
    void headersFileCarriesTheSameContentSecurityPolicy() throws IOException {
        String headers = Files.readString(SiteUnderTest.dir().resolve("_headers"));
        String meta =
                doc("/").selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(headers)
                .contains("/*\n")
                .contains("Content-Security-Policy: " + meta + "; frame-ancestors 'none'")
                .contains("X-Content-Type-Options: nosniff");
    }

    private static String meta(Document d, String attr, String name) {
        Element e = d.selectFirst("meta[" + attr + "=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("JSON-LD does not parse: " + e.getMessage() + "\n" + json, e);
        }
    }

    static List<Integer> pngSize(Path png) {
        byte[] b = read(png);
        assertThat(new String(b, 1, 3, StandardCharsets.US_ASCII))
                .as("%s is a PNG", png)
                .isEqualTo("PNG");
        ByteBuffer header = ByteBuffer.wrap(b, 16, 8);
        return List.of(header.getInt(), header.getInt());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long gzipped(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
