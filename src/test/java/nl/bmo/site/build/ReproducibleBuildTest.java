package nl.bmo.site.build;

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
        var first = new SiteBuilder(TestSites.CLOCK).build(BuildOptions.of(root)).files();
        var second = new SiteBuilder(TestSites.CLOCK).build(BuildOptions.of(root)).files();
        assertThat(second).extracting(OutputFile::path).containsExactlyElementsOf(first.stream().map(OutputFile::path).toList());
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).bytes()).as(first.get(i).path()).isEqualTo(first.get(i).bytes());
        }
        assertThat(first).extracting(OutputFile::path).contains("eisen/mensen-op-de-vlucht/share.png", "sitemap.xml");
    }
}
