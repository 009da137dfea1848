package nl.bmo.site.cli;

import java.nio.file.Path;
import java.util.Locale;
import nl.bmo.site.Messages;
import picocli.CommandLine.Option;

/** {@code -s/--source}, {@code --verbose} and {@code --messages}, shared by the commands. */
final class SourceOption {
    /** The environment variable that sets the language of messages when {@code --messages} is not given. */
    static final String MESSAGES_VARIABLE = "BMO_MESSAGES";

    /** The languages messages are printed in. */
    enum MessageLanguage {
        nl,
        en
    }

    @Option(
            names = {"-s", "--source"},
            paramLabel = "DIR",
            description = "The site root, holding content/site.yaml (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--verbose", description = "Print stack traces with errors, and the time each stage took.")
    boolean verbose;

    @Option(
            names = "--messages",
            paramLabel = "LANG",
            description = "The language of messages: nl or en (default: the environment " + "variable "
                    + MESSAGES_VARIABLE + ", else the system's language: nl for a Dutch system, else en).")
    MessageLanguage messages;

    /** The messages in the language asked for: {@code --messages}, else {@code BMO_MESSAGES}, else the system's. */
    Messages messages() {
        return Messages.choose(
                messages == null ? null : messages.name(), System.getenv(MESSAGES_VARIABLE), Locale.getDefault());
    }
}
