package nl.bmo.site.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.check.Checker;
import nl.bmo.site.check.ContentRules;
import nl.bmo.site.check.ReleaseCheck;
import nl.bmo.site.check.Unpublished;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.BuildResult;
import nl.bmo.site.pipeline.Pipeline;
import nl.bmo.site.pipeline.Workspace;
import nl.bmo.site.render.RenderOptions;
import nl.bmo.site.translation.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code check}: builds the site in memory, runs every check, writes nothing, and reports all problems at once. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Check the site without writing it: front matter, links and anchors, translations, "
                    + "interface strings, alt text, headings, the published URLs in content/published.txt, and the "
                    + "site's own rules in content/rules.yaml.",
            "Exit code 1 when an error or a warning is found: both block a change, here and in CI (an info "
                    + "never fails)."
        })
final class CheckCommand extends SiteCommand {
    enum Format {
        text,
        github
    }

    /** Gone: {@code check} fails on warnings by itself. Still parsed, so that an old script is told what to do. */
    @Option(names = "--strict", hidden = true)
    boolean strict;

    @Option(names = "--drafts", description = "Also check drafts and pages dated in the future.")
    boolean drafts;

    @Option(
            names = "--release",
            description = "The launch gate: also fail on a placeholder base URL (.example, .test, "
                    + ".invalid, localhost), on values that release.required in content/site.yaml lists and that are "
                    + "empty (the press "
                    + "contact), on drafts that would be published, and on a missing content/published.txt.")
    boolean release;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "Check with this base URL, as 'build --base-url' publishes it.")
    String baseUrl;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text (default) or github (GitHub Actions annotations).")
    Format format = Format.text;

    CheckCommand() {
        this(Clock.systemDefaultZone());
    }

    CheckCommand(Clock clock) {
        super(clock);
    }

    @Override
    public Integer call() {
        Console console = console();
        if (strict) {
            console.strictGone();
            return ExitCodes.USAGE;
        }
        Path root = root();
        List<Problem> problems = new ArrayList<>();
        ContentRules rules = ContentRules.NONE;
        try {
            rules = ContentRules.load(root);
        } catch (SiteException e) {
            problems.addAll(e.problems());
        }
        BuildResult result = null;
        try {
            // rendered Markdown that `build` kept is taken, not rendered again; check writes nothing there
            BuildOptions options = new BuildOptions(root, Optional.ofNullable(baseUrl), drafts, RenderOptions.BUILD)
                    .withReadOnlyCache(root.resolve(BuildOptions.CACHE_DIR))
                    .withoutShareImages();
            result = Pipeline.inMemory(clock, options).build().result();
            problems.addAll(result.warnings());
            problems.addAll(new Checker().check(result.site(), result.strings(), result.files(), root));
            StatusReport status = Workspace.status(result.site(), false);
            problems.addAll(status.problems());
            problems.addAll(rules.check(result.site(), status));
            problems.addAll(Unpublished.of(result.skipped()));
            if (release) problems.addAll(new ReleaseCheck().check(result.site().config(), baseUrl != null, drafts));
        } catch (SiteException e) {
            problems.addAll(e.problems());
        }
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.stream().filter(Problem::isWarning).count();
        long infos = problems.stream().filter(Problem::isInfo).count();
        if (format == Format.github) console.github(problems);
        else console.warnings(problems);
        // One verdict, the same locally and in CI: an error or a warning blocks a change; an info never does.
        boolean failed = errors > 0 || warnings > 0;
        console.checked(result == null ? null : console.summary(result), errors, warnings, infos, failed);
        if (release) console.released(!failed);
        return failed ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
