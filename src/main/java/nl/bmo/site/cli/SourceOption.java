package nl.bmo.site.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -s/--source} and {@code --verbose}, shared by the commands. */
final class SourceOption {
    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "The site root, holding content/site.yaml (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--verbose", description = "Print stack traces with errors, and the time each stage took.")
    boolean verbose;
}
