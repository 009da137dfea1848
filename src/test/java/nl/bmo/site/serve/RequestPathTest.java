package nl.bmo.site.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {
    @Test
    void decodesPlainPathsOnce() {
        assertThat(RequestPath.decode("/campaign/en/")).hasValue("/campaign/en/");
        assertThat(RequestPath.decode("/caf%C3%A9/")).hasValue("/café/");
        assertThat(RequestPath.decode("/a%20b.pdf")).hasValue("/a b.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "/..", "/../a", "/a/../b", "/%2e%2e/a", "/%2E%2e/", "/.%2e/", "/a/.", "/a//b", "/%252e%252e/",
        "/a%2fb", "/a%5cb", "/a\\b", "/a%00", "/a%0a", "/%c0%ae%c0%ae/", "/%", "/%g1", "/%e2%82"})
    void refusesAnythingElse(String raw) {
        assertThat(RequestPath.decode(raw)).isEmpty();
    }

    @Test
    void acceptsOnlyLocalHostsAndOrigins() throws Exception {
        LocalRequests local = new LocalRequests(InetAddress.getByName("127.0.0.1"));
        assertThat(List.of("localhost", "localhost:1313", "LOCALHOST.", "preview.localhost:80", "127.0.0.1:1313", "127.1.2.3", "[::1]:1313"))
                .allSatisfy(h -> assertThat(local.isLocalAuthority(h)).as(h).isTrue());
        assertThat(List.of("evil.example", "localhost.evil.example", "127.0.0.1.nip.io", "10.0.0.5", "localhost:x", "[::2]", ""))
                .allSatisfy(h -> assertThat(local.isLocalAuthority(h)).as(h).isFalse());
        assertThat(local.refusal(headers("localhost:1313", null))).isNull();
        assertThat(local.refusal(headers("localhost:1313", "http://127.0.0.1:1313"))).isNull();
        assertThat(local.refusal(headers("localhost:1313", "http://evil.example"))).contains("another site");
        assertThat(local.refusal(headers("localhost:1313", "null"))).contains("another site");
        assertThat(local.refusal(headers(null, null))).contains("Host");
        LocalRequests everywhere = new LocalRequests(InetAddress.getByName("0.0.0.0"));
        assertThat(everywhere.isLocalAuthority("192.168.1.20:1313")).isTrue();
        assertThat(everywhere.isLocalAuthority("my-laptop.lan:1313")).isFalse();
    }

    private static Headers headers(String host, String origin) {
        Headers h = new Headers();
        if (host != null) h.add("Host", host);
        if (origin != null) h.add("Origin", origin);
        return h;
    }

    @Test
    void knowsTheContentTypes() {
        assertThat(MediaTypes.of("index.html")).isEqualTo("text/html; charset=utf-8");
        assertThat(MediaTypes.of("css/main.0bf4d66893.css")).isEqualTo("text/css; charset=utf-8");
        assertThat(MediaTypes.of("en/updates/atom.xml")).isEqualTo("application/atom+xml; charset=utf-8");
        assertThat(MediaTypes.of("img/favicon.SVG")).isEqualTo("image/svg+xml");
        assertThat(MediaTypes.of("share.png")).isEqualTo("image/png");
        assertThat(MediaTypes.of("LICENSE")).isEqualTo("application/octet-stream");
    }

    @Test
    void errorPageEscapesEverything() {
        var problem = nl.bmo.site.Problem.error(nl.bmo.site.SourcePosition.of("content/nl/<x>.md", 3, 1),
                nl.bmo.site.Message.of("markdown.link.missingPage", "<script>alert(1)</script>", "x.md"),
                nl.bmo.site.Message.of("markdown.link.missingPage.hintElsewhere", "\"quotes\" & 'ticks'", "y.md"));
        String html = new String(ErrorPage.render(List.of(problem), "/campaign/", nl.bmo.site.Messages.ENGLISH),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"en\">",
                "<code>content/nl/&lt;x&gt;.md:3:1</code>: error: link to a missing page:"
                        + " &lt;script&gt;alert(1)&lt;/script&gt; (x.md)",
                "→ There is &quot;quotes&quot; &amp; &#39;ticks&#39;: link to it as y.md.",
                "<script src=\"/campaign/__bmo/reload.js\" defer></script>");
        assertThat(html).doesNotContain("<script>alert");
        String dutch = new String(ErrorPage.render(List.of(problem), "/campaign/",
                nl.bmo.site.Messages.of("nl").orElseThrow()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(dutch).contains("<html lang=\"nl\">", "<h1>De site heeft 1 fout</h1>",
                "<code>content/nl/&lt;x&gt;.md:3:1</code>: error: link naar een pagina die niet bestaat:"
                        + " &lt;script&gt;alert(1)&lt;/script&gt; (x.md)");
    }
}
