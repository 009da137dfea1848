package nl.bmo.site.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import nl.bmo.site.Problem;
import nl.bmo.site.TestSites;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.Rebuild;
import nl.bmo.site.render.RenderOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Traversal and malformed requests, over raw sockets (the JDK client refuses to send most of them): none may read a
 * file outside the site's output, and none may stop the server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraversalTest {
    private static final String MARKER = "SECRET-" + UUID.randomUUID();
    private static final List<String> PAYLOADS = List.of(
            "../secret.txt",
            "../../secret.txt",
            "../../../secret.txt",
            "../../../../../../etc/passwd",
            "..%2fsecret.txt",
            "..%2Fsecret.txt",
            "%2e%2e/secret.txt",
            "%2e%2e%2fsecret.txt",
            "%2E%2E/%2E%2E/secret.txt",
            ".%2e/secret.txt",
            "%2e./secret.txt",
            "%252e%252e/secret.txt",
            "%252e%252e%252fsecret.txt",
            "..%252fsecret.txt",
            "..%5csecret.txt",
            "..%5c..%5csecret.txt",
            "..\\secret.txt",
            "%c0%ae%c0%ae/secret.txt",
            "%c0%af..%c0%afsecret.txt",
            "%e0%80%ae%e0%80%ae/secret.txt",
            "%uff0e%uff0e/secret.txt",
            "%ef%bc%8e%ef%bc%8e/secret.txt",
            "..;/secret.txt",
            "....//secret.txt",
            "..%00/secret.txt",
            "secret.txt%00.html",
            "index.html%00",
            "%00",
            "./../secret.txt",
            "//secret.txt",
            "/%2e%2e/secret.txt",
            "%2fetc%2fpasswd",
            "link.txt",
            "static/link.txt",
            "content/site.yaml",
            "../content/site.yaml",
            "__bmo/../../secret.txt",
            "__bmo/%2e%2e/%2e%2e/secret.txt",
            "__bmo/secret.txt");
    /** Marks an odd but harmless request for the home page, which may be answered with it. */
    private static final String SERVABLE = "servable:";

    private static final List<String> PREFIXES = List.of("/", "/campaign/", "/campaign/en/");

    @TempDir
    static Path temp;

    Preview preview;
    int port;

    @BeforeAll
    void start() throws IOException {
        Path root = TestSites.copy("serve-basic", Files.createDirectory(temp.resolve("site")));
        Files.writeString(temp.resolve("secret.txt"), MARKER);
        Files.writeString(root.resolve("secret.txt"), MARKER);
        Files.createDirectories(root.resolve("static"));
        Files.createSymbolicLink(root.resolve("static/link.txt"), temp.resolve("secret.txt"));
        BuildOptions build = new BuildOptions(root, Optional.empty(), false, new RenderOptions(true, true));
        preview = Preview.start(
                new PreviewOptions(build, InetAddress.getLoopbackAddress(), 0, PreviewOptions.DEFAULT_QUIET),
                Clock.systemUTC(),
                new Preview.Listener() {
                    @Override
                    public void built(Rebuild rebuild) {}

                    @Override
                    public void failed(List<Problem> problems) {
                        throw new AssertionError(problems);
                    }

                    @Override
                    public void crashed(RuntimeException e) {
                        throw new AssertionError(e);
                    }
                });
        port = preview.address().getPort();
    }

    @AfterAll
    void stop() {
        preview.close();
    }

    @TestFactory
    Stream<DynamicTest> traversalPathsAreRefused() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String prefix : PREFIXES) {
            for (String payload : PAYLOADS) {
                String path = prefix + payload;
                tests.add(DynamicTest.dynamicTest(path, () -> {
                    String response = exchange(get(path));
                    assertNoSecret(response);
                    assertThat(status(response)).as(path).isIn(400, 404);
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> malformedRequestsAreAnsweredOrDropped() {
        String host = "Host: localhost:" + port + "\r\n";
        List<String> requests = List.of(
                "\r\n\r\n",
                "GET\r\n\r\n",
                "GARBAGE\r\n\r\n",
                "GET / HTTP/1.1\r\n\r\n",
                SERVABLE + "GET /campaign/ HTTP/9.9\r\n" + host + "\r\n",
                "GET ../secret.txt HTTP/1.1\r\n" + host + "\r\n",
                "GET * HTTP/1.1\r\n" + host + "\r\n",
                "OPTIONS * HTTP/1.1\r\n" + host + "\r\n",
                "GET http://evil.example/campaign/ HTTP/1.1\r\nHost: evil.example\r\n\r\n",
                "GET http://localhost/../secret.txt HTTP/1.1\r\n" + host + "\r\n",
                "GET /campaign/ HTTP/1.1\r\nHost: evil.example\r\n\r\n",
                "GET /campaign/ HTTP/1.1\r\nHost: localhost.evil.example\r\n\r\n",
                "GET /campaign/ HTTP/1.1\r\nHost: 127.0.0.1.nip.io\r\n\r\n",
                "GET /campaign/ HTTP/1.1\r\nHost: localhost:abc\r\n\r\n",
                "GET /campaign/ HTTP/1.1\r\n" + host + host + "\r\n",
                "GET /campaign/__bmo/events HTTP/1.1\r\n" + host + "Origin: http://evil.example\r\n\r\n",
                "GET /campaign/__bmo/events HTTP/1.1\r\n" + host + "Origin: null\r\n\r\n",
                "GET /campaign/ HTTP/1.1\r\n" + host + "Origin: http://localhost.evil.example:" + port + "\r\n\r\n",
                "DELETE /campaign/ HTTP/1.1\r\n" + host + "\r\n",
                "PUT /campaign/x.html HTTP/1.1\r\n" + host + "Content-Length: 3\r\n\r\nabc",
                "TRACE /campaign/ HTTP/1.1\r\n" + host + "\r\n",
                "CONNECT localhost:22 HTTP/1.1\r\n" + host + "\r\n",
                "GET /campaign/%0d%0aX-Injected:%20yes HTTP/1.1\r\n" + host + "\r\n",
                "GET /campaign/\0secret.txt HTTP/1.1\r\n" + host + "\r\n",
                "GET /campaign/" + "a/".repeat(3000) + " HTTP/1.1\r\n" + host + "\r\n",
                SERVABLE + "GET /campaign/ HTTP/1.1\r\n" + host + "X-Long: " + "x".repeat(70_000) + "\r\n\r\n",
                SERVABLE + "GET /campaign/ HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\nzz\r\n",
                "GET /campaign/ HTTP/1.1\r\n" + host + "Content-Length: -5\r\n\r\n",
                "G\u00c9T /campaign/ HTTP/1.1\r\n" + host + "\r\n",
                "GET /campaign/\u00ff\u00fe HTTP/1.1\r\n" + host + "\r\n");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            boolean servable = requests.get(i).startsWith(SERVABLE);
            String request = requests.get(i).substring(servable ? SERVABLE.length() : 0);
            tests.add(DynamicTest.dynamicTest("malformed #" + (i + 1), () -> {
                String response = exchange(request.getBytes(StandardCharsets.ISO_8859_1));
                assertNoSecret(response);
                if (!servable)
                    assertThat(status(response))
                            .as(request.lines().findFirst().orElse(""))
                            .isNotEqualTo(200);
            }));
        }
        tests.add(DynamicTest.dynamicTest("binary garbage", () -> {
            byte[] garbage = new byte[4096];
            new Random(6).nextBytes(garbage);
            assertNoSecret(exchange(garbage));
        }));
        return tests.stream();
    }

    @Test
    void stillServesAfterAllOfThem() throws IOException {
        traversalPathsAreRefused().forEach(t -> {});
        String response = exchange(get("/campaign/"));
        assertThat(status(response)).isEqualTo(200);
        assertThat(response).contains("<h1>Welkom</h1>");
        assertThat(status(exchange(get("/campaign/en/letter/")))).isEqualTo(200);
    }

    @Test
    void theCaseListIsLongEnough() {
        assertThat(PAYLOADS.size() * PREFIXES.size()).isGreaterThanOrEqualTo(100);
    }

    private byte[] get(String path) {
        return ("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void assertNoSecret(String response) {
        assertThat(response).doesNotContain(MARKER).doesNotContain("root:x:0:0");
    }

    /** Sends raw bytes; returns what came back (maybe nothing) within a few seconds. */
    private String exchange(byte[] request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(3_000);
            try {
                s.getOutputStream().write(request);
                s.getOutputStream().flush();
                s.shutdownOutput();
            } catch (IOException e) {
                // the server may close the connection before reading everything: that is an answer too
            }
            return readResponse(s.getInputStream());
        }
    }

    private static String readResponse(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) > 0; ) out.write(buf, 0, n);
        } catch (SocketTimeoutException e) {
            // a kept-alive connection: what came is the answer
        } catch (IOException e) {
            // reset by the server
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** The status code of the first response line, or 0 when the server answered nothing. */
    private static int status(String response) {
        if (!response.startsWith("HTTP/1.1 ")) return 0;
        return Integer.parseInt(response.substring(9, 12));
    }
}
