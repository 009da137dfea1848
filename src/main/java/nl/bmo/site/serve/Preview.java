package nl.bmo.site.serve;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import nl.bmo.site.Messages;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.pipeline.Pipeline;
import nl.bmo.site.pipeline.Rebuild;
import nl.bmo.site.pipeline.Workspace;

/**
 * The preview: a warm {@link Pipeline}, a {@link Watcher} and a {@link DevServer}. Builds once, serves, and after every
 * burst of saves rebuilds what changed and pushes a reload. A failed build does not stop it; the browser and the
 * {@link Listener} get the problems. Nothing is written to disk. Closing it stops the watcher and the server.
 */
public final class Preview implements AutoCloseable {
    /** What the preview has to say; called on the preview's own thread, one call at a time. */
    public interface Listener {
        void built(Rebuild rebuild);

        void failed(List<Problem> problems);

        /** A bug in the generator broke a rebuild; the preview keeps running. */
        void crashed(RuntimeException e);
    }

    private final Pipeline session;
    private final DevServer server;
    private final Watcher watcher;
    private final Listener listener;
    private final Messages messages;
    private final Thread thread;
    private volatile boolean closed;
    /**
     * How many edits the preview rehearses after its first good build, one at a time while no file changes. Measured on
     * 2 x 1,000 pages (ServeLatencyBenchmark): after 40 the first saves still ran partly in the interpreter and the
     * quick compiler (rebuild 12 to 15 ms); after 150 (about a second of one core) the rebuild takes 7 ms.
     */
    public static final int REHEARSALS = 150;

    private int rehearsalsLeft = -1;
    private final CompletableFuture<Void> rehearsed = new CompletableFuture<>();

    private Preview(Pipeline session, DevServer server, Watcher watcher, Listener listener, Messages messages) {
        this.session = session;
        this.server = server;
        this.watcher = watcher;
        this.listener = listener;
        this.messages = messages;
        this.thread = new Thread(this::watch, "serve-watch");
        this.thread.setDaemon(true);
    }

    /**
     * Binds the port, builds the site, and starts serving and watching. Throws {@link java.net.BindException} when the
     * port is taken; site problems do not throw, they go to the listener and the browser.
     */
    public static Preview start(PreviewOptions options, Clock clock, Listener listener) throws IOException {
        Pipeline session = Pipeline.inMemory(clock, options.build());
        DevServer server = DevServer.bind(options.bind(), options.port());
        Watcher watcher;
        try {
            watcher = new Watcher(session.root(), options.quiet());
        } catch (IOException | RuntimeException e) {
            server.stop();
            throw e;
        }
        Preview preview = new Preview(session, server, watcher, listener, options.messages());
        preview.rebuild(session::build);
        server.start();
        preview.thread.start();
        return preview;
    }

    /** The address of the site's home: {@code http://127.0.0.1:1313/campaign/}. */
    public URI address() {
        InetSocketAddress a = server.address();
        String host = a.getAddress().isAnyLocalAddress()
                ? "localhost"
                : a.getAddress() instanceof Inet6Address
                        ? "[" + a.getAddress().getHostAddress() + "]"
                        : a.getAddress().getHostAddress();
        return URI.create("http://" + host + ":" + a.getPort() + server.basePath());
    }

    /** The address of the translation status page: {@code http://127.0.0.1:1313/__bmo/translations}. */
    public URI translationsAddress() {
        return address().resolve(DevServer.TRANSLATIONS);
    }

    /** How many browsers listen for reloads. */
    public int reloadClients() {
        return server.reloadClients();
    }

    private void watch() {
        while (!closed) {
            Set<Path> changed;
            try {
                changed = rehearsalsLeft > 0 ? watcher.nextIfAny() : watcher.next();
            } catch (InterruptedException e) {
                return;
            }
            if (closed) return;
            if (!changed.isEmpty()) rebuild(() -> session.update(changed));
            else if (rehearsalsLeft > 0) rehearse();
        }
    }

    /**
     * While nobody edits, renders a page again now and then as a save would (the result is the same, so nothing is
     * published): the JIT then compiles the code of an edit before the first real save, which halves its time.
     */
    private void rehearse() {
        try {
            session.rehearse();
            if (--rehearsalsLeft == 0) rehearsed.complete(null);
        } catch (RuntimeException e) { // a bug: the next save shows it; rehearsing stops
            stopRehearsing();
        }
    }

    /** Completes when the preview has finished rehearsing edits after its first build (see {@link #rehearse}). */
    public CompletableFuture<Void> rehearsed() {
        return rehearsed.copy();
    }

    private void rebuild(Supplier<Rebuild> step) {
        try {
            Rebuild r = step.get();
            if (rehearsalsLeft < 0) rehearsalsLeft = REHEARSALS; // after the first good build
            String reloadScript = r.result().site().config().basePath() + DevServer.RELOAD_SCRIPT;
            server.translations(
                    () -> session.translationsPage(Workspace.status(r.result().site(), true), reloadScript, messages));
            server.publish(r);
            listener.built(r);
        } catch (SiteException e) {
            stopRehearsing(); // rehearsals start from a good build only
            fail(e.problems());
            listener.failed(e.problems());
        } catch (RuntimeException e) {
            fail(List.of(Problem.error(nl.bmo.site.SourcePosition.of("bmo-site"), "serve.internalError", e)));
            stopRehearsing();
            listener.crashed(e);
        }
    }

    private void stopRehearsing() {
        if (rehearsalsLeft <= 0) return;
        rehearsalsLeft = 0;
        rehearsed.complete(null);
    }

    /** Shows the problems in the browser, on the page the site's theme makes of them (or the bundled theme). */
    private void fail(List<Problem> problems) {
        server.fail(problems, session.problemsPage(problems, server.basePath() + DevServer.RELOAD_SCRIPT, messages));
    }

    /** Stops watching and serving; waits briefly for a rebuild in progress. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            watcher.close();
        } catch (IOException e) {
            // closing a watch service does not fail in practice; the thread ends either way
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop();
    }
}
