package nl.bmo.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.bmo.site.TestCli;
import nl.bmo.site.TestSites;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@code check} says, to the letter: each folder of src/test/resources/check-sites/ holds site.txt (files written
 * over a small valid nl/en site) and expected.txt: the exit code on the first line, then everything {@code check}
 * printed (the problems, then the summary line); expected.nl.txt holds the same for {@code --messages nl}.
 * -Dgolden.update=true rewrites both.
 */
class CheckSitesTest {
    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(TestSites.resource("check-sites"))) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void printsExactlyTheExpectedVerdict(String name, @TempDir Path tmp) throws IOException {
        Path caseDir = TestSites.resource("check-sites/" + name);
        Path site =
                TestSites.write(tmp.resolve("site"), TestSites.BASE + Files.readString(caseDir.resolve("site.txt")));
        TestCli.Run r = TestCli.run("check", "-s", site.toString());
        String actual = "exit " + r.exit() + "\n" + r.err() + r.out();
        TestCli.Run nl = TestCli.run("check", "-s", site.toString(), "--messages", "nl");
        String dutch = "exit " + nl.exit() + "\n" + nl.err() + nl.out();
        if (Boolean.getBoolean("golden.update")) {
            Path source = Path.of(System.getProperty("project.basedir", "."), "src/test/resources/check-sites", name);
            Files.writeString(source.resolve("expected.txt"), actual, StandardCharsets.UTF_8);
            Files.writeString(source.resolve("expected.nl.txt"), dutch, StandardCharsets.UTF_8);
            return;
        }
        Path expected = caseDir.resolve("expected.txt");
        Path expectedDutch = caseDir.resolve("expected.nl.txt");
        assertThat(expected)
                .as("expected.txt; create it with -Dgolden.update=true")
                .exists();
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        assertThat(expectedDutch)
                .as("expected.nl.txt; create it with -Dgolden.update=true")
                .exists();
        assertThat(dutch).as("Dutch output").isEqualTo(Files.readString(expectedDutch, StandardCharsets.UTF_8));
        assertThat(nl.exit()).as("the same verdict in Dutch").isEqualTo(r.exit());
        assertThat(r.exit() == 0)
                .as("ok. exactly when the check passes")
                .isEqualTo(r.out().endsWith(", ok.\n"));
    }
}
