package nl.bmo.site.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.bmo.site.TestSites;
import nl.bmo.site.output.OutputWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden sites: each folder of src/test/resources/sites/ is built and compared, file by file, with its expected/
 * folder. Run with -Dgolden.update=true to rewrite expected/ from the build, then review the diff like code.
 */
class SiteBuildTest {
    static Stream<String> sites() throws IOException {
        try (Stream<Path> s = Files.list(TestSites.resource("sites"))) {
            return s
                    .filter(p -> Files.exists(p.resolve("content/site.yaml")))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sites")
    void buildsTheGoldenSite(String name, @TempDir Path tmp) throws IOException {
        Path site = TestSites.copy("sites/" + name, tmp.resolve("site"));
        deleteTree(site.resolve("expected"));
        Path out = tmp.resolve("out");
        BuildResult result = Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(site))
                .build()
                .result();
        new OutputWriter().write(OutputWriter.checkDestination(site, out, out.toString()), result.files());

        TreeMap<String, byte[]> actual = TestSites.files(out);
        actual.remove(OutputWriter.MARKER);
        Path expectedDir = TestSites.resource("sites/" + name).resolve("expected");
        if (Boolean.getBoolean("golden.update")) {
            Path source =
                    Path.of(System.getProperty("project.basedir", "."), "src/test/resources/sites", name, "expected");
            deleteTree(source);
            for (Map.Entry<String, byte[]> e : actual.entrySet()) {
                Files.createDirectories(source.resolve(e.getKey()).getParent());
                Files.write(source.resolve(e.getKey()), e.getValue());
            }
            return;
        }
        assertThat(expectedDir)
                .as("golden files; create them with -Dgolden.update=true")
                .isDirectory();
        TreeMap<String, byte[]> expected = TestSites.files(expectedDir);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String file : expected.keySet()) {
            assertThat(new String(actual.get(file), StandardCharsets.UTF_8))
                    .as(file)
                    .isEqualTo(new String(expected.get(file), StandardCharsets.UTF_8));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
