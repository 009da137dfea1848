package nl.bmo.site.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command that works on a site shares: the options of {@link SourceOption}, the command line it runs in, the
 * clock it reads "today" from (a fixed one in tests), and a {@link Console} in the chosen language.
 */
abstract class SiteCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    @Spec
    CommandSpec spec;

    final Clock clock;

    SiteCommand(Clock clock) {
        this.clock = clock;
    }

    /** Prints to the command line's streams, in the language of {@code --messages}. */
    Console console() {
        return new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), source.messages());
    }

    /** The site root ({@code -s}), absolute. */
    Path root() {
        return source.source.toAbsolutePath().normalize();
    }
}
