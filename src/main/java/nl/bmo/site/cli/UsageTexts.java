package nl.bmo.site.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The usage texts of the command line, written once at build time ({@code mvn process-classes} runs {@link #main}) into
 * {@code nl/bmo/site/cli/usage/<command>.txt}, so that {@code --help} is answered without setting up picocli. They are
 * picocli's own texts; a test checks that they equal what picocli prints now. Without them (in an IDE that skipped the
 * step) picocli answers as usual.
 */
public final class UsageTexts {
    static final String FOLDER = "usage/";

    private UsageTexts() {}

    /** The stored text for these arguments when they only ask for help, else empty. */
    static Optional<String> forArguments(String[] args) {
        String command;
        if (args.length == 1 && isHelp(args[0])) command = "";
        else if (args.length == 2 && isHelp(args[1]) && !args[0].startsWith("-")) command = args[0];
        else if (args.length == 2 && args[0].equals("help") && !args[1].startsWith("-")) command = args[1];
        else return Optional.empty();
        if (!command.matches("[a-z]*")) return Optional.empty();
        // concat, not +: string concatenation by invokedynamic spins method handles at the first call
        String resource =
                FOLDER.concat(command.isEmpty() ? "bmo-site" : command).concat(".txt");
        try (InputStream in = UsageTexts.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    /** Each command's usage as picocli prints it: the top-level command as {@code bmo-site}. */
    static List<String[]> live() {
        List<String[]> out = new ArrayList<>();
        CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        out.add(new String[] {"bmo-site", cl.getUsageMessage()});
        cl.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) out.add(new String[] {name, sub.getUsageMessage()});
        });
        return out;
    }

    /** Writes the texts below {@code args[0]} (the classes folder). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).resolve("nl/bmo/site/cli/" + FOLDER);
        Files.createDirectories(folder);
        for (String[] usage : live()) Files.writeString(folder.resolve(usage[0] + ".txt"), usage[1]);
    }
}
