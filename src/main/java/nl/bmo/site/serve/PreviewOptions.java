package nl.bmo.site.serve;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import nl.bmo.site.pipeline.BuildOptions;

/**
 * How to preview.
 *
 * @param build what to build; its render options should have live reload on
 * @param bind the address to listen on ({@code 127.0.0.1} unless the user asks for another)
 * @param port the port; 0 picks a free one
 * @param quiet how long the files must stay unchanged before a burst of saves is rebuilt
 */
public record PreviewOptions(BuildOptions build, InetAddress bind, int port, Duration quiet) {
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(15);

    public PreviewOptions {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(quiet, "quiet");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
    }
}
