package nl.bmo.site.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.bmo.site.TestSites;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.render.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Share images are drawn once per set of inputs; the cache on disk never changes a byte of the output. */
class ShareImageCacheTest {
    @TempDir
    Path root;

    @TempDir
    Path cache;

    /** The bilingual fixture, its theme drawing share images with the bundled theme's font. */
    private BuildOptions options() {
        TestSites.copy("bilingual", root);
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        try {
            Files.createDirectories(root.resolve("themes/mini/fonts"));
            Files.copy(
                    project.resolve("themes/bmo/fonts/Lato-Bold.ttf"), root.resolve("themes/mini/fonts/Lato-Bold.ttf"));
            Files.writeString(
                    root.resolve("themes/mini/theme.yaml"),
                    Files.readString(root.resolve("themes/mini/theme.yaml"))
                            + "shareImage:\n  font: fonts/Lato-Bold.ttf\n  background: \"#1d3557\"\n  foreground: "
                            + "\"#ffffff\"\n  accent: \"#f4a261\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildOptions(root, Optional.empty(), false, RenderOptions.BUILD).withCacheDir(cache);
    }

    @Test
    void aSecondBuildDrawsNoneAndGivesTheSameBytes() throws IOException {
        BuildOptions options = options();
        Pipeline first = Pipeline.inMemory(TestSites.CLOCK, options);
        Map<String, byte[]> before = bytes(first.build().result().files());
        assertThat(first.shareImagesDrawn()).isGreaterThan(2);
        assertThat(pngs(cache)).isEqualTo(first.shareImagesDrawn());

        Pipeline second = Pipeline.inMemory(TestSites.CLOCK, options);
        Map<String, byte[]> after = bytes(second.build().result().files());
        assertThat(second.shareImagesDrawn()).isZero();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, b) -> assertThat(after.get(path)).as(path).isEqualTo(b));
    }

    @Test
    void aTitleEditDrawsOnlyThatImage() {
        BuildOptions options = options();
        Pipeline.inMemory(TestSites.CLOCK, options).build();
        TestSites.edit(root, "content/nl/brief.md", "title: De brief", "title: De nieuwe brief");
        Pipeline next = Pipeline.inMemory(TestSites.CLOCK, options);
        next.build();
        assertThat(next.shareImagesDrawn()).isEqualTo(1);
    }

    @Test
    void anotherBadgeInTheThemesDefinitionDrawsEveryImageAgain() throws IOException {
        BuildOptions options = options();
        Pipeline.inMemory(TestSites.CLOCK, options).build();
        Path yaml = root.resolve("themes/mini/theme.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "  badge: extra.number\n");
        Pipeline next = Pipeline.inMemory(TestSites.CLOCK, options);
        long images = next.build().result().files().stream()
                .filter(f -> f.path().endsWith("share.png"))
                .count();
        assertThat(images).isGreaterThan(2);
        assertThat(next.shareImagesDrawn())
                .as("the definition is part of every image's key")
                .isEqualTo(images);
    }

    @Test
    void aDamagedCacheFileIsDrawnAgain() throws IOException {
        BuildOptions options = options();
        Map<String, byte[]> clean = bytes(
                Pipeline.inMemory(TestSites.CLOCK, options).build().result().files());
        try (Stream<Path> s = Files.list(cache.resolve(ShareImageCache.FOLDER))) {
            for (Path p : s.toList()) Files.write(p, new byte[] {1, 2, 3});
        }
        Pipeline again = Pipeline.inMemory(TestSites.CLOCK, options);
        Map<String, byte[]> after = bytes(again.build().result().files());
        assertThat(again.shareImagesDrawn()).isEqualTo(pngs(cache));
        clean.forEach((path, b) -> assertThat(after.get(path)).as(path).isEqualTo(b));
    }

    @Test
    void withoutACacheFolderNothingIsWritten() {
        options();
        Pipeline p = Pipeline.inMemory(
                TestSites.CLOCK, new BuildOptions(root, Optional.empty(), false, RenderOptions.BUILD));
        p.build();
        assertThat(p.shareImagesDrawn()).isGreaterThan(2);
        assertThat(root.resolve(BuildOptions.CACHE_DIR)).doesNotExist();
    }

    private static int pngs(Path cache) throws IOException {
        try (Stream<Path> s = Files.list(cache.resolve(ShareImageCache.FOLDER))) {
            return (int) s.filter(p -> p.toString().endsWith(".png")).count();
        }
    }

    private static Map<String, byte[]> bytes(Iterable<OutputFile> files) {
        Map<String, byte[]> out = new TreeMap<>();
        for (OutputFile f : files) out.put(f.path().value(), f.bytes());
        return out;
    }
}
