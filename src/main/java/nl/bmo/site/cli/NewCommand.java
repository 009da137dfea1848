package nl.bmo.site.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bmo.site.pipeline.Workspace;
import nl.bmo.site.scaffold.NewPage;
import nl.bmo.site.scaffold.PageScaffolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code new}: starts a page in every language of the site at once. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Start a new page in every language of the site: the same translationKey, the section's layout, "
                    + "today's date where the section's pages are dated, and the front matter filled in (commented "
                    + "where "
                    + "you still have to write something). The translations are recorded as made from the new page.",
            "Never overwrites a file. Example: new nieuws/bijeenkomst-met-de-kamer --title \"Bijeenkomst met de "
                    + "Kamer\" "
                    + "--title-in en=\"Meeting with Parliament\""
        })
final class NewCommand extends SiteCommand {
    @Parameters(
            index = "0",
            paramLabel = "SECTION/NAME",
            description = "The section's folder and the page's file name in the original's language, such as "
                    + "nieuws/bijeenkomst; just a name for a page at the top.")
    String path;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description =
                    "The language of SECTION/NAME and --title, the original (default: the site's default language).")
    String lang;

    @Option(names = "--title", paramLabel = "TEXT", description = "The title (default: made from the name).")
    String title;

    @Option(
            names = "--title-in",
            paramLabel = "LANG=TEXT",
            description = "The title in another language; its slug comes from it. Repeat per language (default: the "
                    + "original's title and name).")
    Map<String, String> titles = new LinkedHashMap<>();

    @Option(
            names = "--key",
            paramLabel = "KEY",
            description = "The translationKey (default: the section's key and the name, such as updates-bijeenkomst).")
    String key;

    NewCommand() {
        this(Clock.systemDefaultZone());
    }

    NewCommand(Clock clock) {
        super(clock);
    }

    @Override
    public Integer call() {
        Console console = console();
        Path root = root();
        Workspace ws = Workspace.open(root, clock);
        PageScaffolder scaffolder = new PageScaffolder(ws.config(), ws.files(), ws.parser());
        List<PageScaffolder.PlannedFile> planned = scaffolder.plan(new NewPage(
                path,
                Optional.ofNullable(lang),
                Optional.ofNullable(title),
                titles,
                Optional.ofNullable(key),
                LocalDate.now(clock)));
        scaffolder.write(planned);
        console.created(planned.stream().map(PageScaffolder.PlannedFile::path).toList());
        return ExitCodes.OK;
    }
}
