package nl.bmo.site.cli;

import java.nio.file.Path;
import java.time.Clock;
import nl.bmo.site.pipeline.Workspace;
import nl.bmo.site.translation.StatusFormat;
import nl.bmo.site.translation.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code status}: which translations are missing, up to date, or behind the page they were translated from. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Show the translation status: one row per page (translationKey), for each language the original, "
                    + "up to date, BEHIND (the original changed since it was translated), not recorded, or MISSING; "
                    + "for pages that are behind, what changed in the original (when git knows it).",
            "Drafts and future-dated pages are included. Exit code 1 with --strict when anything is missing, behind or "
                    + "not recorded."
        })
final class StatusCommand extends SiteCommand {
    enum Format {
        text,
        json,
        markdown
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text (default), json, or markdown (for a pull request or a job summary).")
    Format format = Format.text;

    @Option(names = "--strict", description = "Exit with code 1 when a translation is missing, behind or not recorded.")
    boolean strict;

    StatusCommand() {
        this(Clock.systemDefaultZone());
    }

    StatusCommand(Clock clock) {
        super(clock);
    }

    @Override
    public Integer call() {
        Console console = console();
        Path root = root();
        StatusReport report = Workspace.open(root, clock).status();
        console.out()
                .print(
                        switch (format) {
                            case text -> StatusFormat.text(report, source.messages());
                            case json -> StatusFormat.json(report);
                            case markdown -> StatusFormat.markdown(report, source.messages());
                        });
        console.out().flush();
        boolean errors = report.problems().stream().anyMatch(nl.bmo.site.Problem::isError);
        if (errors)
            console.problems(report.problems().stream()
                    .filter(nl.bmo.site.Problem::isError)
                    .toList());
        return errors || (strict && report.needsWork()) ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
