package nl.bmo.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.bmo.site.OutputSnapshot;
import nl.bmo.site.TestCli;
import nl.bmo.site.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed half-way (a real process, SIGKILL) leaves the previous site byte-identical; the next build cleans up.
 */
class KilledBuildTest {
    @TempDir
    Path tmp;

    private boolean stagingExists() throws IOException {
        try (var s = Files.list(tmp)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith(".out.staging-"));
        }
    }

    @Test
    void aKilledBuildLosesNothing() throws Exception {
        Path site = TestSites.write(tmp.resolve("site"), TestSites.BASE);
        Path out = tmp.resolve("out");
        assertThat(TestCli.build(site, out).exit()).isZero();
        OutputSnapshot before = OutputSnapshot.of(out);
        for (int i = 0; i < 2000; i++) {
            Files.writeString(
                    site.resolve("content/nl/p" + i + ".md"),
                    "---\ntitle: Pagina " + i + "\n---\n" + "Tekst *met* nadruk. ".repeat(50));
        }
        Process p = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "build",
                        "-s",
                        site.toString(),
                        "-d",
                        out.toString()))
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("log").toFile())
                .start();
        // Kill it the moment it starts writing: when its staging folder appears beside the destination.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && !stagingExists() && System.nanoTime() < deadline) Thread.onSpinWait();
        p.destroyForcibly().waitFor();
        if (p.exitValue() == 0) {
            assertThat(out.resolve("p1999/index.html"))
                    .as("a build that finished must be whole")
                    .exists();
        } else {
            before.assertUntouched();
        }
        assertThat(TestCli.build(site, out).exit()).isZero();
        assertThat(out.resolve("p1999/index.html")).exists();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".out.")))
                    .isEmpty();
        }
    }
}
