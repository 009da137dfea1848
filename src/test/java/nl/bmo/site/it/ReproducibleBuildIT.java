package nl.bmo.site.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import nl.bmo.site.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real site, built twice by the packaged jar in two separate processes that differ in everything that must not
 * matter: working directory (and so an absolute or a relative source path), time zone (TZ and user.timezone, 26 hours
 * apart), locale, default charset, and share-image cache. The two outputs must be identical byte for byte.
 */
class ReproducibleBuildIT {
    @TempDir
    Path tmp;

    private static final Path ROOT =
            Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath().normalize();

    private Path build(
            String name, Path workingDir, String source, String zone, String language, String country, String charset)
            throws Exception {
        Files.createDirectories(workingDir);
        Path out = tmp.resolve("out-" + name);
        Path jar = ROOT.resolve("target/bmo-site.jar");
        assertThat(jar).as("run after mvn package").exists();
        ProcessBuilder pb = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Duser.timezone=" + zone,
                        "-Duser.language=" + language,
                        "-Duser.country=" + country,
                        "-Dfile.encoding=" + charset,
                        "-jar",
                        jar.toString(),
                        "build",
                        "-s",
                        source,
                        "-d",
                        out.toString(),
                        "--cache-dir",
                        tmp.resolve("cache-" + name).toString()))
                .directory(workingDir.toFile())
                .redirectErrorStream(true);
        pb.environment().put("TZ", zone);
        pb.environment().put("LANG", language + "_" + country + "." + charset);
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(300, TimeUnit.SECONDS))
                .as("build %s finished", name)
                .isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        return out;
    }

    @Test
    void twoProcessesInDifferentPlacesAndTimeZonesBuildTheSameBytes() throws Exception {
        Path first = build("a", tmp.resolve("a"), ROOT.toString(), "UTC", "en", "US", "UTF-8");
        Path elsewhere = tmp.resolve("b/deeper/still");
        Path second = build(
                "b", elsewhere, elsewhere.relativize(ROOT).toString(), "Pacific/Kiritimati", "de", "DE", "ISO-8859-1");
        assertThat(first.resolve("sitemap.xml")).exists();
        assertThat(first.resolve("eisen/mensen-op-de-vlucht/share.png")).exists();

        TreeMap<String, byte[]> a = TestSites.files(first);
        TreeMap<String, byte[]> b = TestSites.files(second);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : a.entrySet())
            if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) differ.add(e.getKey());
        assertThat(differ).as("files whose bytes differ between the two builds").isEmpty();
        assertThat(new TreeSet<>(a.keySet())).hasSizeGreaterThan(50);
    }
}
