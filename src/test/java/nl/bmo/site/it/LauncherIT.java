package nl.bmo.site.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.bmo.site.TestSites;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher next to the jar ({@code target/bmo-site}), as the README runs it: it finds its class data archive,
 * builds a site, and with a Java that does not match the archive it still runs, without a word about the archive.
 */
class LauncherIT {
    private static final Path TARGET =
            Path.of(System.getProperty("project.basedir", "."), "target").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void packageMadeTheLauncherAndAClassDataArchive() {
        assertThat(TARGET.resolve("bmo-site")).isExecutable();
        assertThat(TARGET.resolve("bmo-site.cmd")).exists();
        assertThat(TARGET.resolve("bmo-site.jsa")).isNotEmptyFile();
    }

    @Test
    void buildsTheRealSiteAndUsesTheArchive() throws Exception {
        assumeShell();
        Path site = tmp.resolve("site");
        Path project = TARGET.getParent();
        TestSites.copyTree(project.resolve("content"), site.resolve("content"));
        TestSites.copyTree(project.resolve("themes"), site.resolve("themes"));
        TestSites.copyTree(project.resolve("data"), site.resolve("data"));
        Result r = run(
                Map.of("BMO_SITE_JAVA_OPTS", "-Xlog:class+load:file=" + tmp.resolve("classes.txt")),
                "build",
                "-s",
                site.toString(),
                "-d",
                tmp.resolve("out").toString());
        assertThat(r.exit).as(r.output).isZero();
        assertThat(r.output).containsPattern("^Built \\d+ pages \\(nl \\d+, en \\d+\\), \\d+ files in ");
        assertThat(tmp.resolve("out/eisen/mensen-op-de-vlucht/share.png")).exists();
        assertThat(site.resolve(".bmo-cache/share-images"))
                .isDirectoryContaining(p -> p.toString().endsWith(".png"));
        if (Files.exists(TARGET.resolve("bmo-site.jsa"))) {
            try (Stream<String> lines = Files.lines(tmp.resolve("classes.txt"))) {
                assertThat(lines.filter(l -> l.contains(" nl.bmo.site.pipeline.Pipeline "))
                                .findFirst())
                        .as("the generator's classes come from the archive")
                        .hasValueSatisfying(l -> assertThat(l).contains("shared objects file"));
            }
        }
    }

    @Test
    void aJavaThatDoesNotMatchTheArchiveRunsWithoutAWord() throws Exception {
        assumeShell();
        String other = null;
        for (String candidate : List.of("/usr/lib/jvm/temurin-25-jdk-amd64", "/usr/lib/jvm/java-17-openjdk-amd64")) {
            if (Files.isExecutable(Path.of(candidate, "bin", "java"))
                    && !Path.of(candidate)
                            .toRealPath()
                            .equals(Path.of(System.getProperty("java.home")).toRealPath())) {
                other = candidate;
                break;
            }
        }
        Assumptions.assumeTrue(other != null, "no second JDK on this machine");
        Result r = run(Map.of("JAVA_HOME", other), "--version");
        assertThat(r.exit).isZero();
        assertThat(r.output)
                .startsWith("bmo-site ")
                .doesNotContain("warning")
                .doesNotContain("error")
                .doesNotContain("cds");
    }

    private static void assumeShell() {
        Assumptions.assumeTrue(
                File.separatorChar == '/' && Files.isExecutable(Path.of("/bin/sh")),
                "the launcher is a POSIX shell script");
    }

    private record Result(int exit, String output) {}

    private Result run(Map<String, String> env, String... args) throws Exception {
        List<String> command =
                new ArrayList<>(List.of("sh", TARGET.resolve("bmo-site").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).directory(tmp.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
