package nl.bmo.site.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestSites;
import nl.bmo.site.content.FrontMatterFuzzing;
import nl.bmo.site.markdown.LinkTargets;
import nl.bmo.site.markdown.MarkdownRenderer;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.RenderedMarkdown;
import nl.bmo.site.model.SitePath;
import nl.bmo.site.model.SourceFile;
import nl.bmo.site.model.SourcePath;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.Pipeline;

/**
 * Fuzz targets (Jazzer). {@code mvn verify} replays the seed corpus of each in
 * src/test/resources/nl/bmo/site/fuzz/FuzzTargetsInputs/&lt;method&gt;/; a real fuzzing run is {@code JAZZER_FUZZ=1 mvn
 * test -Dtest=FuzzTargets#markdown} (see README). The property of every target: the input gives a result or a
 * {@link SiteException} with a position — never another exception, a hang or a crash.
 */
class FuzzTargets {
    private static final Language NL = new Language("nl", "Nederlands", "nl-NL", "", "", "“”‘’", Map.of());
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(NL, "Link {0}");
    private static final LinkTargets TARGETS = new LinkTargets() {
        @Override
        public Optional<SitePath> pagePath(String sourcePath) {
            return sourcePath.equals("content/nl/b.md") ? Optional.of(SitePath.of("b/")) : Optional.empty();
        }

        @Override
        public boolean hasStaticFile(String path) {
            return false;
        }
    };

    @FuzzTest(maxDuration = "30s")
    void frontMatter(byte[] input) {
        try {
            FrontMatterFuzzing.parse(input);
        } catch (SiteException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.problems().get(0).where().file()).isEqualTo("content/nl/a.md");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void markdown(byte[] input) {
        String body = new String(input, StandardCharsets.UTF_8);
        SourceFile source = new SourceFile(SourcePath.of("content/nl/a.md"), "nl", "a.md", "title: A\n", 2, body, 4);
        RenderedMarkdown r = MARKDOWN.render(source, SitePath.of("a/"), TARGETS);
        assertThat(r.html())
                .doesNotContainPattern("(?i)<script[\\s/>]")
                .doesNotContainPattern("(?i)\\shref=\"\\s*javascript:")
                .doesNotContainPattern("(?i)<[a-z][^>]*\\son[a-z]+\\s*=");
        r.problems().forEach(p -> assertThat(p.where().line()).isGreaterThanOrEqualTo(4));
    }

    @FuzzTest(maxDuration = "60s")
    void onePageBuild(byte[] input) throws Exception {
        Path dir = Files.createTempDirectory("fuzz-site");
        try {
            TestSites.write(dir, TestSites.BASE);
            Files.write(dir.resolve("content/nl/a.md"), input);
            try {
                var result = Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(dir))
                        .build()
                        .result();
                assertThat(result.files())
                        .extracting(f -> f.path().value())
                        .contains("index.html", "en/index.html", "404.html");
            } catch (SiteException e) {
                // Bad input in one page: every problem names a content file and says what to do, and never leaks a
                // Java exception or stack trace to the editor.
                assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                    assertThat(p.where().file()).startsWith("content/");
                    assertThat(p.format())
                            .startsWith(p.where() + ": ")
                            .doesNotContain("Exception")
                            .doesNotContain("\tat ");
                    if (p.isError())
                        assertThat(p.hint().map(Object::toString).orElse(""))
                                .as(p.format())
                                .isNotBlank();
                });
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
