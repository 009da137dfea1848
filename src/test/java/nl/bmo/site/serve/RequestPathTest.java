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
    @ValueSource(
            strings = {
                "",
                "x",
                "/..",
                "/../a",
                "/a/../b",
                "/%2e%2e/a",
                "/%2E%2e/",
                "/.%2e/",
                "/a/.",
                "/a//b",
                "/%252e%252e/",
                "/a%2fb",
                "/a%5cb",
                "/a\\b",
                "/a%00",
                "/a%0a",
                "/%c0%ae%c0%ae/",
                "/%",
                "/%g1",
                "/%e2%82"
            })
    void refusesAnythingElse(String raw) {
        assertThat(RequestPath.decode(raw)).isEmpty();
    }

    @Test
    void acceptsOnlyLocalHostsAndOrigins() throws Exception {
        LocalRequests local = new LocalRequests(InetAddress.getByName("127.0.0.1"));
        assertThat(List.of(
                        "localhost",
                        "localhost:1313",
                        "LOCALHOST.",
                        "preview.localhost:80",
                        "127.0.0.1:1313",
                        "127.1.2.3",
                        "[::1]:1313"))
                .allSatisfy(h -> assertThat(local.isLocalAuthority(h)).as(h).isTrue());
        assertThat(List.of(
                        "evil.example",
                        "localhost.evil.example",
                        "127.0.0.1.nip.io",
                        "10.0.0.5",
                        "localhost:x",
                        "[::2]",
                        ""))
                .allSatisfy(h -> assertThat(local.isLocalAuthority(h)).as(h).isFalse());
        assertThat(local.refusal(headers("localhost:1313", null))).isNull();
        assertThat(local.refusal(headers("localhost:1313", "http://127.0.0.1:1313")))
                .isNull();
        assertThat(local.refusal(headers("localhost:1313", "http://evil.example")))
                .contains("another site");
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
}
