package nl.bmo.site.it;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * The site that {@code mvn package} rendered into {@code target/site} (system property {@code bmo.site.dir}, set by
 * failsafe), and its pages as URL paths ({@code /}, {@code /en/demands/people-forced-to-flee/}, {@code /404.html}).
 */
final class SiteUnderTest {
    private SiteUnderTest() {}

    static Path dir() {
        Path dir = Paths.get(System.getProperty("bmo.site.dir", "target/site"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(dir.resolve("index.html"))) {
            fail("No rendered site in " + dir
                    + ": run `mvn verify` (package renders the site before the integration tests)"
                    + " or set -Dbmo.site.dir to a built site.");
        }
        return dir;
    }

    /** Every HTML file of the site, as the URL path it is served at. */
    static List<String> allHtmlPaths() {
        Path dir = dir();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> "/" + dir.relativize(p).toString().replace('\\', '/'))
                    .map(p -> p.endsWith("/index.html") ? p.substring(0, p.length() - "index.html".length()) : p)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages a reader reads: every HTML file except the redirect pages the generator writes for old URLs. */
    static List<String> pagePaths() {
        return allHtmlPaths().stream().filter(p -> !isRedirect(p)).toList();
    }

    static Path file(String urlPath) {
        String rel = urlPath.substring(1);
        if (rel.isEmpty() || rel.endsWith("/")) rel += "index.html";
        return dir().resolve(rel);
    }

    static String html(String urlPath) {
        try {
            return Files.readString(file(urlPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isRedirect(String urlPath) {
        return html(urlPath).contains("http-equiv=\"refresh\"");
    }
}
