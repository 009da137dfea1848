package nl.bmo.site.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestSites;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.BuildResult;
import nl.bmo.site.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data/*.yaml: read strictly, given to templates as data.<name>. */
class DataLoaderTest {
    @TempDir
    Path tmp;

    private BuildResult build(Path site) {
        return Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(site)).build().result();
    }

    private Path site() throws IOException {
        Path site = TestSites.write(tmp.resolve("site"), TestSites.BASE);
        Path page = site.resolve("themes/mini/templates/layouts/home.ftlh");
        Files.writeString(
                page,
                Files.readString(page)
                        .replace(
                                "<h1>",
                                "<p id=\"data\">${(data.people.chair)!\"-\"} / ${(data.people.members?size)!0} / "
                                        + "${(data.tracker??)?c}</p><h1>"));
        return site;
    }

    private static String html(BuildResult r, String path) {
        return new String(
                r.files().stream()
                        .filter(f -> f.path().value().equals(path))
                        .findFirst()
                        .orElseThrow()
                        .bytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void templatesReadDataFilesByName() throws IOException {
        Path site = site();
        assertThat(html(build(site), "index.html")).as("no data folder").contains("<p id=\"data\">- / 0 / false</p>");
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("data/people.yaml"), "chair: \"Joeri Buhrer Tavanier\"\nmembers: [a, b, c]\n");
        BuildResult r = build(site);
        assertThat(html(r, "index.html")).contains("<p id=\"data\">Joeri Buhrer Tavanier / 3 / false</p>");
        assertThat(r.site().data().files())
                .isEqualTo(
                        Map.of("people", Map.of("chair", "Joeri Buhrer Tavanier", "members", List.of("a", "b", "c"))));
    }

    @Test
    void acceptsAByteOrderMarkAndCrlf() throws IOException {
        Path site = site();
        Files.createDirectories(site.resolve("data"));
        Files.write(
                site.resolve("data/people.yaml"),
                "\uFEFFchair: Joeri\r\nmembers: []\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(html(build(site), "index.html")).contains("<p id=\"data\">Joeri / 0 / false</p>");
    }

    @Test
    void refusesBytesThatAreNotUtf8WithTheirLine() throws IOException {
        Path site = site();
        Files.createDirectories(site.resolve("data"));
        Files.write(
                site.resolve("data/people.yaml"),
                new byte[] {'a', ':', ' ', 'b', '\n', 'c', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThatThrownBy(() -> build(site))
                .isInstanceOf(SiteException.class)
                .hasMessageContaining(
                        "data/people.yaml:2: error: the data file is not valid UTF-8 (bad byte at offset 8)");
    }

    @Test
    void refusesNamesTemplatesCannotUseAndEmptyFiles() throws IOException {
        Path site = site();
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("data/Press-Contacts.yaml"), "a: b\n");
        Files.writeString(site.resolve("data/empty.yaml"), "\n");
        assertThatThrownBy(() -> build(site))
                .isInstanceOf(SiteException.class)
                .satisfies(e -> assertThat(((SiteException) e).problems())
                        .extracting(p -> p.format().lines().findFirst().orElseThrow())
                        .containsExactly(
                                "data/Press-Contacts.yaml: error: data file name \"Press-Contacts\" cannot be used in "
                                        + "templates",
                                "data/empty.yaml:1:1: error: the data file is empty"));
    }

    @Test
    void theRealSiteShipsWithEveryAskNotYetAssessed() {
        BuildResult r =
                build(Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath());
        var tracker = r.site().data().tracker().orElseThrow();
        assertThat(tracker.history()).as("no invented assessments").isEmpty();
        assertThat(r.site().asks("nl")).hasSize(15);
        assertThat(r.site().asks("en"))
                .extracting(a -> a.ask().id())
                .containsExactly(
                        "1-1", "1-2", "1-3", "2-1", "2-2", "2-3", "3-1", "3-2", "3-3", "4-1", "4-2", "4-3", "5-1",
                        "5-2", "5-3");
        for (var a : r.site().asks("nl"))
            assertThat(tracker.status(a.ask().id()).key()).isEqualTo("not-yet-assessed");
    }
}
