package nl.bmo.site.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestSites;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.render.RenderOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendered Markdown kept between builds: a build takes from the cache folder only what it would render the same now, so
 * its output is byte for byte that of a build with an empty cache, whatever changed in between.
 */
class MarkdownCacheTest {
    @TempDir
    Path root;

    @TempDir
    Path cache;

    @TempDir
    Path scratch;

    private int emptyCaches;

    @BeforeEach
    void site() {
        TestSites.copy("bilingual", root);
    }

    private BuildOptions options(Path cacheDir) {
        return new BuildOptions(root, Optional.empty(), false, RenderOptions.BUILD).withCacheDir(cacheDir);
    }

    /** A build with the shared cache folder, its pipeline for the counts. */
    private Pipeline cached() {
        return Pipeline.inMemory(TestSites.CLOCK, options(cache));
    }

    /** A build with the shared cache folder, whose files must be byte for byte those of a build with an empty one. */
    private Rebuilt rebuild() throws IOException {
        Pipeline p = cached();
        Map<String, byte[]> files = bytes(p.build().result().files());
        assertSame(files, withEmptyCache());
        return new Rebuilt(p.markdownKept(), p.last().orElseThrow().site(), files);
    }

    /** What {@link #rebuild} gave: how many renderings it took from the cache, the site and the files. */
    private record Rebuilt(int kept, SiteModel site, Map<String, byte[]> files) {
        String page(String path) {
            return new String(files.get(path), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The files of a build with a new, empty cache folder. */
    private Map<String, byte[]> withEmptyCache() throws IOException {
        Path empty = Files.createDirectories(scratch.resolve("empty-" + emptyCaches++));
        return bytes(Pipeline.inMemory(TestSites.CLOCK, options(empty))
                .build()
                .result()
                .files());
    }

    @Test
    void aSecondBuildRendersNoMarkdownAndGivesTheSameBytes() throws IOException {
        Pipeline first = cached();
        int pages = first.build().result().site().pages().size();
        assertThat(first.markdownKept()).isZero();
        assertThat(kept()).as("one entry per page").isEqualTo(pages);

        assertThat(rebuild().kept()).isEqualTo(pages);
    }

    @Test
    void aBodyEditRendersThatPageAgain() throws IOException {
        cached().build();
        TestSites.edit(root, "content/nl/eisen/middenveld.md", "Erken het middenveld.", "Erken het middenveld nu.");
        Rebuilt next = rebuild();
        assertThat(next.kept()).isEqualTo(next.site().pages().size() - 1);
        assertThat(next.page("eisen/middenveld/index.html")).contains("Erken het middenveld nu.");
    }

    @Test
    void aMovedLinkTargetRendersThePagesThatLinkToIt() throws IOException {
        cached().build();
        // brief.md moves to /de-brief/: middenveld.md and the home page link to it, and must not keep the old URL
        TestSites.edit(root, "content/nl/brief.md", "title: De brief\n", "title: De brief\nslug: de-brief\n");
        Rebuilt next = rebuild();
        assertThat(next.kept()).isLessThanOrEqualTo(next.site().pages().size() - 3);
        assertThat(next.page("eisen/middenveld/index.html"))
                .contains("../../de-brief/#intro")
                .doesNotContain("../../brief/#intro");
    }

    @Test
    void anEditedRenderHookRendersEverythingAgain() throws IOException {
        cached().build();
        Path hook = root.resolve("themes/mini/templates/_markup/ask.ftlh");
        Files.writeString(hook, Files.readString(hook).replace("bmo-ask__number", "ask-number"));
        Rebuilt next = rebuild();
        assertThat(next.kept()).isZero();
        assertThat(next.page("eisen/middenveld/index.html")).contains("ask-number");
    }

    @Test
    void otherQuotesOrPermalinkLabelsRenderThatLanguageAgain() throws IOException {
        cached().build();
        TestSites.edit(root, "content/site.yaml", "quotes: \"‘’“”\"", "quotes: \"«»‹›\"");
        Rebuilt next = rebuild();
        assertThat(next.kept())
                .as("only the Dutch pages are kept")
                .isEqualTo(next.site().pages().size() - next.site().pages("en").size());
    }

    @Test
    void aDamagedEntryIsRenderedAgain() throws IOException {
        Map<String, byte[]> clean = bytes(cached().build().result().files());
        int pages = kept();
        Path file = cache.resolve(MarkdownCache.FOLDER).resolve(MarkdownCache.FILE);
        byte[] b = Files.readAllBytes(file);
        b[100] ^= 1; // inside the first entry
        Files.write(file, b);
        Pipeline next = cached();
        Map<String, byte[]> after = bytes(next.build().result().files());
        assertThat(next.markdownKept()).isEqualTo(pages - 1);
        assertSame(after, clean);
        Pipeline again = cached();
        again.build();
        assertThat(again.markdownKept()).as("written again whole").isEqualTo(pages);
    }

    @Test
    void aFileCutShortOrForeignKeepsNothing() throws IOException {
        Map<String, byte[]> clean = bytes(cached().build().result().files());
        Path file = cache.resolve(MarkdownCache.FOLDER).resolve(MarkdownCache.FILE);
        byte[] b = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(b, b.length - 5));
        Pipeline cut = cached();
        assertSame(bytes(cut.build().result().files()), clean);
        assertThat(cut.markdownKept()).isZero();
        Files.writeString(file, "not a file of kept renderings, but long enough to have a tail");
        Pipeline foreign = cached();
        assertSame(bytes(foreign.build().result().files()), clean);
        assertThat(foreign.markdownKept()).isZero();
    }

    @Test
    void aKilledBuildsTemporaryFileIsRemovedAfterAnHour() throws IOException {
        Path folder = Files.createDirectories(cache.resolve(MarkdownCache.FOLDER));
        Path old = Files.writeString(folder.resolve(MarkdownCache.FILE + "123.tmp"), "half a file");
        Files.setLastModifiedTime(
                old, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 7_200_000));
        Path recent = Files.writeString(folder.resolve(MarkdownCache.FILE + "456.tmp"), "another build's, running");
        cached().build();
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("the build's own temporary file is gone")
                    .containsExactlyInAnyOrder(
                            MarkdownCache.FILE, recent.getFileName().toString());
        }
    }

    @Test
    void aRenderingThatUtf8CannotHoldIsNotKept() throws IOException {
        assertThat(MarkdownCache.hasLoneSurrogate("plain, “quoted” and 😀")).isFalse();
        assertThat(MarkdownCache.hasLoneSurrogate("a \uD800 alone")).isTrue();
        assertThat(MarkdownCache.hasLoneSurrogate("ends in \uD83D")).isTrue();
        assertThat(MarkdownCache.hasLoneSurrogate("\uDE00 first")).isTrue();
        assertThat(MarkdownCache.hasLoneSurrogate("what? “where?” 😀?")).isFalse();
        assertThat(MarkdownCache.hasLoneSurrogate("what? \uD800?")).isTrue();
        assertThat(MarkdownCache.hasLoneSurrogate("?\uDFFF")).isTrue();
        assertThat(MarkdownCache.hasLoneSurrogate("😀\uD83D")).isTrue();
        // a permalink label with a lone surrogate (a YAML escape) ends up in every ask's markup: nothing is kept
        TestSites.edit(
                root,
                "themes/mini/i18n/nl.yaml",
                "permalink.label: Link naar punt {0}",
                "permalink.label: \"Link \\uD800 {0}\"");
        cached().build();
        Rebuilt next = rebuild();
        assertThat(next.kept())
                .as("every page but the one with asks")
                .isEqualTo(next.site().pages().size() - 1);
    }

    @Test
    void aPageWithAnErrorIsRenderedAgainAndFailsAgain() throws IOException {
        cached().build();
        TestSites.edit(root, "content/nl/brief.md", "Zie [eis 2]", "Zie [eis 9](eisen/weg.md) en [eis 2]");
        assertThatThrownBy(() -> cached().build())
                .isInstanceOf(SiteException.class)
                .hasMessageContaining("weg.md");
        assertThatThrownBy(() -> cached().build())
                .as("nothing kept hides the error")
                .isInstanceOf(SiteException.class)
                .hasMessageContaining("weg.md");
    }

    @Test
    void withoutACacheFolderNothingIsKept() {
        Pipeline p = Pipeline.inMemory(
                TestSites.CLOCK, new BuildOptions(root, Optional.empty(), false, RenderOptions.BUILD));
        p.build();
        p.build();
        assertThat(p.markdownKept()).isZero();
        assertThat(root.resolve(BuildOptions.CACHE_DIR)).doesNotExist();
    }

    @Test
    void aStreamingBuildKeepsAndUsesRenderingsToo() throws IOException {
        Map<String, byte[]> first = new TreeMap<>();
        Pipeline.streaming(TestSites.CLOCK, options(cache), f -> put(first, f)).build();
        Map<String, byte[]> second = new TreeMap<>();
        Pipeline again = Pipeline.streaming(TestSites.CLOCK, options(cache), f -> put(second, f));
        again.build();
        assertThat(again.markdownKept()).isEqualTo(kept());
        assertSame(second, first);
    }

    private static void put(Map<String, byte[]> files, OutputFile f) {
        synchronized (files) {
            files.put(f.path().value(), f.bytes());
        }
    }

    /** How many renderings the cache folder holds. */
    private int kept() {
        MarkdownCache c = new MarkdownCache(cache, false);
        c.open();
        try {
            return c.keptCount();
        } finally {
            c.close(false);
        }
    }

    private static void assertSame(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, b) -> assertThat(actual.get(path)).as(path).isEqualTo(b));
    }

    private static Map<String, byte[]> bytes(Iterable<OutputFile> files) {
        Map<String, byte[]> out = new TreeMap<>();
        for (OutputFile f : files) out.put(f.path().value(), f.bytes());
        return out;
    }
}
