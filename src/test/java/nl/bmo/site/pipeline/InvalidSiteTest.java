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
 * nl/en site) and expected-error.txt, everything {@code build} must print. The valid site is built first; then the
 * case is written over it and built again through the CLI: exit code 1, exactly the expected message, and the
 * previous output byte-identical. Error text is behaviour, so it is tested to the letter; -Dgolden.update=true
 * rewrites expected-error.txt.
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
        Path expectedFile = caseDir.resolve("expected-error.txt");
        if (Boolean.getBoolean("golden.update")) {
            Path source = Path.of(System.getProperty("project.basedir", "."), "src/test/resources/invalid-sites", name, "expected-error.txt");
            Files.writeString(source, result.err(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(expectedFile).as("expected-error.txt; create it with -Dgolden.update=true").exists();
        assertThat(result.err()).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }
}
