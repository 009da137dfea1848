package nl.bmo.site.serve;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import nl.bmo.site.Messages;
import nl.bmo.site.pipeline.BuildOptions;

/**
 * How to preview.
 *
 * @param build what to build; its render options should have live reload on
 * @param bind the address to listen on ({@code 127.0.0.1} unless the user asks for another)
 * @param port the port; 0 picks a free one
 * @param quiet how long the files must stay unchanged before a burst of saves is rebuilt
 * @param messages the language of the page of problems the browser shows
 */
public record PreviewOptions(BuildOptions build, InetAddress bind, int port, Duration quiet, Messages messages) {
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(15);

    public PreviewOptions {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(quiet, "quiet");
        Objects.requireNonNull(messages, "messages");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
    }

    /** With problems in English. */
    public PreviewOptions(BuildOptions build, InetAddress bind, int port, Duration quiet) {
        this(build, bind, port, quiet, Messages.ENGLISH);
    }
}
