package nl.bmo.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestSites;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid sites: each folder of src/test/resources/invalid-sites/ holds site.txt (files written over a small valid
 * nl/en site) and expected-error.txt, the whole message the build must give. Error text is behaviour, so it is
 * tested to the letter. -Dgolden.update=true rewrites expected-error.txt.
 */
class InvalidSiteTest {
    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(TestSites.resource("invalid-sites"))) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reportsTheExpectedProblems(String name, @TempDir Path tmp) throws IOException {
        Path caseDir = TestSites.resource("invalid-sites/" + name);
        Path site = TestSites.write(tmp, TestSites.BASE + Files.readString(caseDir.resolve("site.txt")));

        SiteException e = catchThrowableOfType(SiteException.class,
                () -> new SiteBuilder(TestSites.CLOCK).build(BuildOptions.of(site)));

        assertThat(e).as("the build of %s must fail", name).isNotNull();
        String actual = e.getMessage() + "\n";
        Path expectedFile = caseDir.resolve("expected-error.txt");
        if (Boolean.getBoolean("golden.update")) {
            Path source = Path.of(System.getProperty("project.basedir", "."), "src/test/resources/invalid-sites", name, "expected-error.txt");
            Files.writeString(source, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expectedFile).as("expected-error.txt; create it with -Dgolden.update=true").exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }
}
