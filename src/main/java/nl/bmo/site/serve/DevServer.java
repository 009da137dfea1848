package nl.bmo.site.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.bmo.site.Problem;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.OutputPath;
import nl.bmo.site.pipeline.Rebuild;

/**
 * Serves the last build from memory over HTTP, under the base URL's path, as a static host would: {@code x/} is
 * {@code x/index.html}, {@code x} redirects to {@code x/} when that is a page, and a miss gets {@code 404.html}.
 * Answers GET and HEAD only, and only requests addressed to this computer ({@link LocalRequests}). While the build has
 * errors, pages are replaced by the page of problems (made by the theme, see {@code Pipeline#problemsPage}); other
 * files stay as they were in the last good build.
 */
final class DevServer {
    private static final int MAX_PATHS_IN_EVENT = 200;
    /** The translation status page, below the base URL's path. */
    static final String TRANSLATIONS = "__bmo/translations";
    /** The live-reload script, below the base URL's path. */
    static final String RELOAD_SCRIPT = "__bmo/reload.js";

    /** What is served: one build's files (site path → bytes), or its problems and the page that shows them. */
    record Snapshot(
            Map<OutputPath, OutputFile> files, String basePath, List<Problem> problems, byte[] overlay, long build) {
        boolean failed() {
            return !problems.isEmpty();
        }

        /** The file at the plain output path {@code path}; null when there is none or the path is not normal. */
        OutputFile file(String path) {
            return OutputPath.parse(path).map(files::get).orElse(null);
        }
    }

    private final HttpServer http;
    private final ExecutorService executor;
    private final LocalRequests local;
    private final LiveReload reload = new LiveReload();
    private volatile Snapshot snapshot = new Snapshot(Map.of(), "/", List.of(), new byte[0], 0);
    /** The translation status page of the last good build, made when asked for. */
    private volatile Supplier<byte[]> translations = () -> "No build yet.\n".getBytes(StandardCharsets.UTF_8);

    /** The language of the page of problems. */
    private DevServer(HttpServer http, ExecutorService executor, LocalRequests local) {
        this.http = http;
        this.executor = executor;
        this.local = local;
    }

    /** Binds the port now (a busy port fails here, before any build); serves after {@link #start()}. */
    static DevServer bind(InetAddress address, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(address, port), 64);
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "serve-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
        DevServer server = new DevServer(http, executor, new LocalRequests(address));
        http.createContext("/", server::handle);
        return server;
    }

    void start() {
        http.start();
    }

    InetSocketAddress address() {
        return http.getAddress();
    }

    String basePath() {
        return snapshot.basePath();
    }

    int reloadClients() {
        return reload.clients();
    }

    /** Serves a new build and tells the browsers which pages changed. */
    void publish(Rebuild r) {
        Snapshot before = snapshot;
        Map<OutputPath, OutputFile> files = r.result().filesByPath();
        String base = r.result().site().config().basePath();
        snapshot = new Snapshot(files, base, List.of(), new byte[0], before.build() + 1);
        if (r.isUnchanged() && !before.failed()) return;
        boolean all = before.failed()
                || !base.equals(before.basePath())
                || r.changed().size() > MAX_PATHS_IN_EVENT;
        reload.reload(event(snapshot.build(), all, all ? Set.of() : r.changed(), base));
    }

    /** Serves this translation status page from now on. */
    void translations(Supplier<byte[]> page) {
        translations = page;
    }

    /** Shows these problems, on the page {@code overlay}, instead of the pages until the next good build. */
    void fail(List<Problem> problems, byte[] overlay) {
        Snapshot before = snapshot;
        snapshot = new Snapshot(
                before.files(), before.basePath(), List.copyOf(problems), overlay.clone(), before.build() + 1);
        reload.reload(event(snapshot.build(), true, Set.of(), before.basePath()));
    }

    private static String event(long build, boolean all, Set<OutputPath> changed, String base) {
        String paths = changed.stream()
                .map(OutputPath::value)
                .map(p -> base + (p.endsWith("index.html") ? p.substring(0, p.length() - "index.html".length()) : p))
                .map(p -> "\"" + p.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(","));
        return "{\"build\":" + build + ",\"all\":" + all + ",\"paths\":[" + paths + "]}";
    }

    /** Stops serving: ends the reload streams, then closes every connection. */
    void stop() {
        reload.close();
        http.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) {
        try {
            respond(ex);
        } catch (IOException e) {
            // the browser went away; nothing to answer
        } catch (RuntimeException e) {
            try {
                text(ex, 500, "Internal error of the preview: " + e);
            } catch (IOException | RuntimeException ignored) {
                // headers were already sent; closing the exchange below ends the response
            }
        } finally {
            ex.close();
        }
    }

    private void respond(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        String refusal = local.refusal(ex.getRequestHeaders());
        if (refusal != null) {
            text(ex, 403, "Forbidden: " + refusal + ". This preview answers only requests to localhost.");
            return;
        }
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            ex.getResponseHeaders().set("Allow", "GET, HEAD");
            text(ex, 405, "Method not allowed: the preview answers GET and HEAD only.");
            return;
        }
        Optional<String> decoded = RequestPath.decode(ex.getRequestURI().getRawPath());
        if (decoded.isEmpty()) {
            text(ex, 400, "Bad request: not a plain path inside the site.");
            return;
        }
        serve(ex, decoded.get(), snapshot);
    }

    private void serve(HttpExchange ex, String path, Snapshot s) throws IOException {
        String base = s.basePath();
        if (!path.startsWith(base)) {
            if (path.equals("/") || (path + "/").equals(base)) redirect(ex, 302, base);
            else notFound(ex, s);
            return;
        }
        String rel = path.substring(base.length());
        if (rel.equals("__bmo/events")) {
            reload.stream(ex, s.build());
            return;
        }
        if (rel.equals(TRANSLATIONS)) {
            send(ex, 200, "text/html; charset=utf-8", translations.get());
            return;
        }
        if (rel.equals(RELOAD_SCRIPT)) {
            send(ex, 200, "text/javascript; charset=utf-8", LiveReload.SCRIPT);
            return;
        }
        String file = rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
        if (s.failed() && file.endsWith(".html")) {
            overlay(ex, s);
            return;
        }
        OutputFile body = rel.startsWith("__bmo/") ? null : s.file(file);
        if (body != null) send(ex, 200, MediaTypes.of(file), body.bytes());
        else if (!rel.isEmpty() && s.file(rel + "/index.html") != null) redirect(ex, 301, path + "/");
        else notFound(ex, s);
    }

    private void notFound(HttpExchange ex, Snapshot s) throws IOException {
        if (s.failed()) {
            overlay(ex, s);
            return;
        }
        OutputFile page = s.file("404.html");
        if (page != null) send(ex, 404, "text/html; charset=utf-8", page.bytes());
        else text(ex, 404, "Not found.");
    }

    private static void overlay(HttpExchange ex, Snapshot s) throws IOException {
        ex.getResponseHeaders()
                .set(
                        "Content-Security-Policy",
                        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'");
        send(ex, 500, "text/html; charset=utf-8", s.overlay());
    }

    private static void redirect(HttpExchange ex, int code, String path) throws IOException {
        try {
            ex.getResponseHeaders().set("Location", new URI(null, null, path, null).toASCIIString());
        } catch (URISyntaxException e) {
            text(ex, 400, "Bad request.");
            return;
        }
        send(ex, code, "text/plain; charset=utf-8", ("Moved to " + path + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void text(HttpExchange ex, int code, String message) throws IOException {
        send(ex, code, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int code, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(code, -1);
            return;
        }
        ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        if (body.length > 0) ex.getResponseBody().write(body);
    }
}
