package nl.bmo.site.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.bmo.site.pipeline.Workspace;
import nl.bmo.site.translation.TranslationRecorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code translated}: records that translations say what their originals say now. */
@Command(
        name = "translated",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Record that these translated pages are up to date with their original: writes "
                    + "'translation: {from: <language>, source: <hash of the original's text>}' into their front "
                    + "matter.",
            "Run it after you have checked the translation against the original; 'status' then shows them as up to "
                    + "date."
        })
final class TranslatedCommand extends SiteCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Translated pages, such as content/en/about.md.")
    List<String> files;

    @Option(
            names = "--from",
            paramLabel = "LANG",
            description = "The language of the original (default: the one the page records, else the page's original).")
    String from;

    TranslatedCommand() {
        this(Clock.systemDefaultZone());
    }

    TranslatedCommand(Clock clock) {
        super(clock);
    }

    @Override
    public Integer call() {
        Console console = console();
        Path root = root();
        Workspace ws = Workspace.open(root, clock);
        List<String> paths = new ArrayList<>();
        for (String f : files) paths.add(sitePath(root, f));
        var recorded =
                new TranslationRecorder(ws.config(), ws.files(), ws.parser()).record(paths, Optional.ofNullable(from));
        for (TranslationRecorder.Recorded r : recorded) {
            console.recorded(r.file(), r.changed(), r.source(), r.hash());
        }
        console.out().flush();
        return ExitCodes.OK;
    }

    /** The file as a path relative to the site root: given relative to the current folder, or to the site root. */
    static String sitePath(Path root, String file) {
        Path given = Path.of(file);
        Path abs = given.isAbsolute() ? given : Path.of("").toAbsolutePath().resolve(given);
        if (!given.isAbsolute() && !Files.exists(abs)) abs = root.resolve(given);
        abs = abs.normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : file;
    }
}
