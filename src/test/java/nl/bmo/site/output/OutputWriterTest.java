package nl.bmo.site.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.bmo.site.OutputSnapshot;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestSites;
import nl.bmo.site.model.OutputFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputWriterTest {
    @TempDir
    Path tmp;

    Path site;

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(tmp.resolve("site"));
        Files.createDirectories(site.resolve("content/nl"));
        Files.createDirectories(site.resolve("themes/bmo"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "content", "themes", "content/nl/out", "themes/bmo/out"})
    void refusesFoldersThatHoldOrAreTheSource(String dest) {
        assertThatThrownBy(() -> OutputWriter.checkDestination(
                        site, site.resolve(dest), dest.isEmpty() ? site.toString() : dest))
                .isInstanceOf(SiteException.class)
                .hasMessageContaining("refusing to write the site to");
    }

    @Test
    void refusesTheParentOfTheSiteAndDotDot() {
        assertThatThrownBy(() -> OutputWriter.checkDestination(site, tmp, tmp.toString()))
                .hasMessageContaining("contains it");
        assertThatThrownBy(() -> OutputWriter.checkDestination(site, site.resolve(".."), ".."))
                .hasMessageContaining("current folder or one above it");
        assertThatThrownBy(() -> OutputWriter.checkDestination(site, Path.of("/"), "/"))
                .hasMessageContaining("refusing");
    }

    @Test
    void refusesToReplaceAFolderItDidNotBuild() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(other.resolve("thesis.txt"), "precious");
        assertThatThrownBy(() -> OutputWriter.checkDestination(site, other, "documents"))
                .hasMessage(
                        "documents: error: refusing to replace the folder documents: it is not empty and was not built "
                                + "by bmo-site\n"
                                + "  → Choose a new or empty folder, such as target/site, or empty this one first.");
        assertThat(other.resolve("thesis.txt")).hasContent("precious");
    }

    @Test
    void replacesThePreviousSiteAsAWholeAndLeavesNoStagingFolders() throws IOException {
        Path out = tmp.resolve("public");
        OutputWriter w = new OutputWriter();
        w.write(
                OutputWriter.checkDestination(site, out, "public"),
                List.of(OutputFile.of("a/index.html", "one"), OutputFile.of("old.html", "x")));
        w.write(OutputWriter.checkDestination(site, out, "public"), List.of(OutputFile.of("a/index.html", "two")));
        assertThat(TestSites.files(out).keySet()).containsExactly(OutputWriter.MARKER, "a/index.html");
        assertThat(out.resolve("a/index.html")).hasContent("two");
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "public");
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousSiteByteIdentical() throws IOException {
        Path out = tmp.resolve("public");
        OutputWriter w = new OutputWriter();
        w.write(OutputWriter.checkDestination(site, out, "public"), List.of(OutputFile.of("index.html", "previous")));
        OutputSnapshot before = OutputSnapshot.of(out);
        assertThatThrownBy(() ->
                        w.write(out, List.of(OutputFile.of("index.html", "new"), OutputFile.of("index.html", "clash"))))
                .isInstanceOf(SiteException.class);
        before.assertUntouched();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "public");
        }
    }

    @Test
    void removesWhatAKilledBuildLeftBehind() throws IOException {
        Path out = tmp.resolve("public");
        Files.createDirectories(tmp.resolve(".public.staging-123/half"));
        new OutputWriter()
                .write(OutputWriter.checkDestination(site, out, "public"), List.of(OutputFile.of("index.html", "x")));
        assertThat(tmp.resolve(".public.staging-123")).doesNotExist();
    }

    @Test
    void outputPathsCannotEscape() {
        assertThatThrownBy(() -> OutputFile.of("../x.html", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutputFile.of("/etc/x", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutputFile.of("a\\..\\x", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
