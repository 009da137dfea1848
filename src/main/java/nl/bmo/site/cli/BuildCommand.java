package nl.bmo.site.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import nl.bmo.site.check.PublishedUrls;
import nl.bmo.site.output.OutputWriter;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.BuildResult;
import nl.bmo.site.pipeline.BuildStamp;
import nl.bmo.site.pipeline.Pipeline;
import nl.bmo.site.render.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code build}: renders the site into a folder, replacing it only when the whole build succeeded. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Build the site into a folder of plain files, ready to upload to any host.")
final class BuildCommand extends SiteCommand {
    @Option(
            names = {"-d", "--destination"},
            paramLabel = "DIR",
            description = "The output folder (default: public/ in the site root). It is replaced as a whole.")
    String destination;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "The address the site is published at; overrides baseUrl in content/site.yaml.")
    String baseUrl;

    @Option(names = "--drafts", description = "Include drafts and pages dated in the future.")
    boolean drafts;

    @Option(
            names = "--cache-dir",
            paramLabel = "DIR",
            description = "Where share images, rendered Markdown and a record of the last build are kept "
                    + "(default: .bmo-cache/ in the site root). Safe to delete.")
    Path cacheDir;

    @Option(
            names = "--update-published",
            description = "Rewrite content/published.txt with the URLs and ask anchors the site publishes now.")
    boolean updatePublished;

    BuildCommand() {
        this(Clock.systemDefaultZone());
    }

    BuildCommand(Clock clock) {
        super(clock);
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Console console = console();
        Path root = root();
        String given = destination == null ? root.resolve("public").toString() : destination;
        Path dest = Path.of(given).isAbsolute()
                ? Path.of(given)
                : Path.of("").toAbsolutePath().resolve(given);
        Path checked = OutputWriter.checkDestination(root, dest, given);
        BuildOptions options = new BuildOptions(root, Optional.ofNullable(baseUrl), drafts, RenderOptions.BUILD)
                .withCacheDir(cacheDir == null ? root.resolve(BuildOptions.CACHE_DIR) : cacheDir.toAbsolutePath());
        Optional<BuildStamp> stamp = BuildStamp.of(options, checked, clock);
        if (!updatePublished) {
            Optional<BuildStamp.Summary> same = stamp.flatMap(BuildStamp::upToDate);
            if (same.isPresent()) {
                console.upToDate(same.get(), Duration.ofNanos(System.nanoTime() - start), given);
                return ExitCodes.OK;
            }
        }
        BuildResult result;
        int files;
        Map<String, OutputWriter.Written> written;
        try (OutputWriter.Staging staging = new OutputWriter().open(checked)) {
            result = Pipeline.streaming(clock, options, staging::write).build().result();
            files = staging.commit();
            written = staging.files();
        }
        if (result.warnings().isEmpty() && result.skipped().isEmpty())
            stamp.ifPresent(s -> s.record(new BuildStamp.Summary(result.pagesPerLanguage(), files), written));
        else stamp.ifPresent(BuildStamp::forget);
        console.warnings(result.warnings());
        console.built(result, files, given);
        if (source.verbose) console.stages(result);
        if (updatePublished) {
            int n = new PublishedUrls(root).write(result.site());
            console.publishedWritten(n, PublishedUrls.FILE);
        }
        return ExitCodes.OK;
    }
}
