package nl.bmo.site.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.bmo.site.OutputSnapshot;
import nl.bmo.site.TestCli;
import nl.bmo.site.TestSites;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid sites: each folder of src/test/resources/invalid-sites/ holds site.txt (files written over a small valid
 * nl/en site) and expected-error.txt, everything {@code build} must print, with expected-error.nl.txt, what it prints
 * with {@code --messages nl}, when that differs. The valid site is built first; then the case is written over it and
 * built again through the CLI, in English and in Dutch: exit code 1, exactly the expected message, and the previous
 * output byte-identical. Error text is behaviour, so it is tested to the letter; -Dgolden.update=true rewrites
 * expected-error.txt and expected-error.nl.txt.
 */
class InvalidSiteTest {
    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(TestSites.resource("invalid-sites"))) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reportsTheExpectedProblemsAndKeepsThePreviousSite(String name, @TempDir Path tmp) throws IOException {
        Path caseDir = TestSites.resource("invalid-sites/" + name);
        Path site = TestSites.write(tmp.resolve("site"), TestSites.BASE);
        Path out = tmp.resolve("out");
        assertThat(TestCli.build(site, out).exit()).isZero();
        OutputSnapshot before = OutputSnapshot.of(out);

        TestSites.write(site, Files.readString(caseDir.resolve("site.txt")));
        TestCli.Run result = TestCli.build(site, out);

        assertThat(result.exit()).as("exit code of %s", name).isEqualTo(1);
        before.assertUntouched();
        TestCli.Run dutch = TestCli.run("build", "-s", site.toString(), "-d", out.toString(), "--messages", "nl");
        assertThat(dutch.exit()).as("exit code of %s in Dutch", name).isEqualTo(1);
        before.assertUntouched();
        Path expectedFile = caseDir.resolve("expected-error.txt");
        Path expectedDutch = caseDir.resolve("expected-error.nl.txt");
        if (Boolean.getBoolean("golden.update")) {
            Path source = Path.of(System.getProperty("project.basedir", "."), "src/test/resources/invalid-sites", name);
            Files.writeString(source.resolve("expected-error.txt"), result.err(), StandardCharsets.UTF_8);
            if (dutch.err().equals(result.err())) Files.deleteIfExists(source.resolve("expected-error.nl.txt"));
            else Files.writeString(source.resolve("expected-error.nl.txt"), dutch.err(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(expectedFile)
                .as("expected-error.txt; create it with -Dgolden.update=true")
                .exists();
        assertThat(result.err()).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
        assertThat(dutch.err())
                .as("Dutch output (expected-error.nl.txt, or the English when there is none)")
                .isEqualTo(Files.readString(
                        Files.exists(expectedDutch) ? expectedDutch : expectedFile, StandardCharsets.UTF_8));
    }
}
