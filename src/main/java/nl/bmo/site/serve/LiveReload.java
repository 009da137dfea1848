package nl.bmo.site.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The reload channel: Server-Sent Events at {@code __bmo/events} and the small script at {@code __bmo/reload.js} that
 * pages load in {@code serve} only. On connect a client gets {@code hello} with the build number; after every build it
 * gets {@code reload} with the paths that changed (or {@code all}), and reloads when its page is one of them.
 */
final class LiveReload {
    static final int MAX_CLIENTS = 64;
    private static final long PING_SECONDS = 15;
    private static final String CLOSE = "\0close";

    static final byte[] SCRIPT = """
            // bmo-site serve: reloads this page when the preview rebuilt it. Not part of the built site.
            (() => {
              const src = document.currentScript && document.currentScript.src;
              if (!src || !window.EventSource) return;
              const here = () => decodeURIComponent(location.pathname).replace(/index\\.html$/, "");
              let build = null;
              const events = new EventSource(new URL("events", src));
              events.addEventListener("hello", (e) => {
                if (build !== null && build !== e.data) location.reload();
                build = e.data;
              });
              events.addEventListener("reload", (e) => {
                let d = { all: true, paths: [] };
                try { d = JSON.parse(e.data); } catch (_) {}
                build = String(d.build);
                if (d.all || d.paths.includes(here())) location.reload();
              });
            })();
            """.getBytes(StandardCharsets.UTF_8);

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();

    int clients() {
        return clients.size();
    }

    /** Answers an events request: holds it open and writes events until the client leaves or the server stops. */
    void stream(HttpExchange ex, long build) throws IOException {
        if (clients.size() >= MAX_CLIENTS) {
            DevServer.text(ex, 503, "Too many open previews; close some tabs.");
            return;
        }
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(200, -1);
            return;
        }
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try {
            write(out, "retry: 1000\nevent: hello\ndata: " + build + "\n\n");
            while (true) {
                String message = queue.poll(PING_SECONDS, TimeUnit.SECONDS);
                if (CLOSE.equals(message)) return;
                write(out, message == null ? ": ping\n\n" : message);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
        }
    }

    private static void write(OutputStream out, String message) throws IOException {
        out.write(message.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Sends {@code reload} to every client; {@code data} is one line of JSON. */
    void reload(String data) {
        String message = "event: reload\ndata: " + data + "\n\n";
        clients.forEach(q -> q.offer(message));
    }

    /** Ends every open stream. */
    void close() {
        clients.forEach(q -> q.offer(CLOSE));
    }
}
