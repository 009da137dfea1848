package nl.bmo.site.cli;

import java.awt.Desktop;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.bmo.site.Problem;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.Rebuild;
import nl.bmo.site.render.RenderOptions;
import nl.bmo.site.serve.Preview;
import nl.bmo.site.serve.PreviewOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: builds the site, serves it on this computer and reloads the browser on every save. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Preview the site: build it, serve it on this computer, and rebuild and reload the browser on every save.",
            "Problems show in the browser and here; the preview keeps running. Nothing is written to disk. Stop with "
                    + "Ctrl-C."
        })
final class ServeCommand extends SiteCommand {
    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "1313",
            description = "The port (default: ${DEFAULT-VALUE}); 0 picks a free one.")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDR",
            defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String bind;

    @Option(names = "--drafts", description = "Include drafts and pages dated in the future.")
    boolean drafts;

    @Option(names = "--open", description = "Open the site in the default browser.")
    boolean open;

    private final CountDownLatch stop;

    ServeCommand() {
        this(Clock.systemDefaultZone(), new CountDownLatch(1));
    }

    /** @param stop counted down to stop serving (by Ctrl-C, or by a test) */
    ServeCommand(Clock clock, CountDownLatch stop) {
        super(clock);
        this.stop = stop;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Console console = console();
        if (port < 0 || port > 65535)
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        InetAddress address = address();
        Path root = root();
        // what `build` kept (rendered Markdown, share images) makes the first build quicker; serve writes nothing there
        BuildOptions build = new BuildOptions(root, Optional.empty(), drafts, new RenderOptions(true, true))
                .withReadOnlyCache(root.resolve(BuildOptions.CACHE_DIR));
        Preview preview;
        try {
            preview = Preview.start(
                    new PreviewOptions(build, address, port, PreviewOptions.DEFAULT_QUIET, console.messages()),
                    clock,
                    listener(console));
        } catch (BindException e) {
            console.portBusy(bind, port, e.getMessage());
            return ExitCodes.USAGE;
        }
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    stop.countDown();
                    awaitQuietly(done); // Ctrl-C: let the preview close and say so before the JVM exits
                },
                "serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            console.serving(preview.address(), !address.isLoopbackAddress(), preview.translationsAddress());
            if (open) openBrowser(console, preview);
            stop.await();
        } finally {
            preview.close();
            console.stopped();
            done.countDown();
            removeHook(hook);
        }
        return ExitCodes.OK;
    }

    private InetAddress address() {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind: unknown address \"" + bind + "\"");
        }
    }

    private static Preview.Listener listener(Console console) {
        return new Preview.Listener() {
            @Override
            public void built(Rebuild rebuild) {
                console.rebuilt(rebuild);
            }

            @Override
            public void failed(List<Problem> problems) {
                console.serveProblems(problems);
            }

            @Override
            public void crashed(RuntimeException e) {
                console.serveCrashed(e);
            }
        };
    }

    private static void openBrowser(Console console, Preview preview) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(preview.address());
                return;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the message
        }
        console.cannotOpenBrowser();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down (Ctrl-C): the hook is running and will end by itself
        }
    }
}
