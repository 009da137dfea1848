package nl.bmo.site.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.bmo.site.Problem;
import nl.bmo.site.TestSites;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.render.RenderOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} and {@code check} take the rendered Markdown and share images that {@code build} kept, and write
 * nothing to the cache folder: their results are those of a run without it.
 */
class ReadOnlyCacheTest {
    @TempDir
    Path root;

    @TempDir
    Path cache;

    @BeforeEach
    void siteBuiltOnce() {
        TestSites.copy("bilingual", root);
        Pipeline.inMemory(TestSites.CLOCK, options(RenderOptions.BUILD).withCacheDir(cache))
                .build();
    }

    private BuildOptions options(RenderOptions render) {
        return new BuildOptions(root, Optional.empty(), false, render);
    }

    @Test
    void thePreviewTakesWhatABuildKeptAndGivesTheSameFiles() throws IOException {
        Map<String, FileTime> before = times(cache);
        BuildOptions serve = options(new RenderOptions(true, true));
        Pipeline withCache = Pipeline.inMemory(TestSites.CLOCK, serve.withReadOnlyCache(cache));
        Map<String, String> files = files(withCache.build().result().files());

        assertThat(withCache.markdownKept()).as("renderings taken").isPositive();
        assertThat(withCache.shareImagesDrawn()).as("share images drawn").isZero();
        assertThat(files)
                .isEqualTo(files(Pipeline.inMemory(TestSites.CLOCK, serve)
                        .build()
                        .result()
                        .files()));
        assertThat(times(cache)).as("nothing written to the cache").isEqualTo(before);

        // and an edit afterwards is rebuilt as without the cache
        TestSites.edit(root, "content/nl/eisen/middenveld.md", "middenveld", "maatschappelijk middenveld");
        Map<String, String> edited = files(withCache.build().result().files());
        assertThat(edited)
                .isEqualTo(files(Pipeline.inMemory(TestSites.CLOCK, serve)
                        .build()
                        .result()
                        .files()))
                .isNotEqualTo(files);
        assertThat(times(cache)).isEqualTo(before);
    }

    @Test
    void theCheckTakesWhatABuildKeptAndGivesTheSameResult() throws IOException {
        Map<String, FileTime> before = times(cache);
        BuildOptions check = options(RenderOptions.BUILD).withoutShareImages();
        Pipeline withCache = Pipeline.inMemory(TestSites.CLOCK, check.withReadOnlyCache(cache));
        BuildResult kept = withCache.build().result();
        BuildResult fresh = Pipeline.inMemory(TestSites.CLOCK, check).build().result();

        assertThat(withCache.markdownKept()).as("renderings taken").isPositive();
        assertThat(kept.warnings().stream().map(Problem::toString).toList())
                .isNotEmpty()
                .isEqualTo(fresh.warnings().stream().map(Problem::toString).toList());
        assertThat(files(kept.files())).isEqualTo(files(fresh.files()));
        assertThat(times(cache)).as("nothing written to the cache").isEqualTo(before);
    }

    private static Map<String, String> files(Iterable<OutputFile> files) {
        Map<String, String> out = new TreeMap<>();
        for (OutputFile f : files) out.put(f.path().value(), java.util.Arrays.toString(f.bytes()));
        return out;
    }

    /** Every file in the cache folder with its time: what a run that writes nothing leaves as it was. */
    private static Map<String, FileTime> times(Path dir) throws IOException {
        Map<String, FileTime> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) out.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p));
        }
        return out;
    }
}
