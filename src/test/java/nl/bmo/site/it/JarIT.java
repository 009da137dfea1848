package nl.bmo.site.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.bmo.site.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, as a user runs it: a site without its own themes/ is built with the theme the jar carries. */
class JarIT {
    @TempDir
    Path tmp;

    @Test
    void buildsASiteWithTheBundledTheme() throws Exception {
        Path jar = Path.of(System.getProperty("project.basedir", "."), "target", "bmo-site.jar");
        assertThat(jar).exists();
        Path site = tmp.resolve("site");
        TestSites.copyTree(Path.of(System.getProperty("project.basedir", "."), "content"), site.resolve("content"));
        TestSites.copyTree(Path.of(System.getProperty("project.basedir", "."), "data"), site.resolve("data"));
        Path out = tmp.resolve("out");
        Process p = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "build",
                        "-s",
                        site.toString(),
                        "-d",
                        out.toString()))
                .redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(log).startsWith("Built 26 pages (nl 13, en 13)");
        assertThat(out.resolve("en/tracker.json")).exists();
        assertThat(out.resolve("eisen/mensen-op-de-vlucht/index.html")).exists();
        assertThat(out.resolve("eisen/mensen-op-de-vlucht/share.png")).exists();
        try (var css = Files.list(out.resolve("css"))) {
            assertThat(css.map(f -> f.getFileName().toString()))
                    .singleElement()
                    .satisfies(n -> assertThat(n).matches("main\\.[0-9a-f]{10}\\.css"));
        }
    }

    @Test
    void speaksTheLanguageOfTheEnvironmentElseOfTheSystem() throws Exception {
        Path nowhere = tmp.resolve("nowhere");
        assertThat(check(nowhere, "en", "nl")).contains("error: geen siteconfiguratie gevonden");
        assertThat(check(nowhere, "nl", "en")).contains("error: no site configuration");
        assertThat(check(nowhere, "nl", null)).as("a Dutch system").contains("error: geen siteconfiguratie gevonden");
        assertThat(check(nowhere, "en", null)).as("another system").contains("error: no site configuration");
    }

    /** {@code check} of {@code site} by the jar, in a JVM of {@code language}, with BMO_MESSAGES {@code variable}. */
    private static String check(Path site, String language, String variable) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("project.basedir", "."), "target", "bmo-site.jar");
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Duser.language=" + language,
                        "-Duser.country=",
                        "-jar",
                        jar.toString(),
                        "check",
                        "-s",
                        site.toString())
                .redirectErrorStream(true);
        if (variable == null) pb.environment().remove("BMO_MESSAGES");
        else pb.environment().put("BMO_MESSAGES", variable);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(1);
        return out;
    }

    @Test
    void printsItsVersion() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("project.basedir", "."), "target", "bmo-site.jar");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "--version")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).startsWith("bmo-site 0.1.0");
    }
}
