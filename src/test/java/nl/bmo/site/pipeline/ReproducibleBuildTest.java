package nl.bmo.site.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.bmo.site.TestSites;
import nl.bmo.site.model.OutputFile;
import org.junit.jupiter.api.Test;

/** Two builds of the same input give the same files, byte for byte (the real site, share images included). */
class ReproducibleBuildTest {
    @Test
    void twoBuildsGiveIdenticalBytes() {
        Path root = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        var first = Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(root)).build().result().files();
        var second = Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(root)).build().result().files();
        assertThat(second).extracting(OutputFile::path).containsExactlyElementsOf(first.stream().map(OutputFile::path).toList());
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).bytes()).as(first.get(i).path()).isEqualTo(first.get(i).bytes());
        }
        assertThat(first).extracting(OutputFile::path).contains("eisen/mensen-op-de-vlucht/share.png", "sitemap.xml");
    }
}
