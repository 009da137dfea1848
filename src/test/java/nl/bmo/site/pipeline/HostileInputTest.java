package nl.bmo.site.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.bmo.site.OutputSnapshot;
import nl.bmo.site.TestCli;
import nl.bmo.site.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that cannot be written as text fixtures: bytes that are not UTF-8, binary and huge files, megabyte-long lines,
 * symbolic links that loop or leave the site, a missing template. Each gets its exact message, exit code 1 (or a
 * correct page) within seconds, and the previous site stays byte-identical.
 */
class HostileInputTest {
    @TempDir
    Path tmp;

    Path site;
    Path out;
    OutputSnapshot before;

    @BeforeEach
    void buildTheGoodSite() {
        site = TestSites.write(tmp.resolve("site"), TestSites.BASE);
        out = tmp.resolve("out");
        assertThat(TestCli.build(site, out).exit()).isZero();
        before = OutputSnapshot.of(out);
    }

    private void assertFails(String expectedError) {
        long start = System.nanoTime();
        TestCli.Run r = TestCli.build(site, out);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(expectedError);
        before.assertUntouched();
    }

    @Test
    void bytesThatAreNotUtf8() throws IOException {
        byte[] bytes = "---\ntitle: A\n---\nfout: \u0000".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xFF;
        Files.write(site.resolve("content/nl/a.md"), bytes);
        assertFails("content/nl/a.md:4: error: the file is not valid UTF-8 (bad byte at offset 23)\n"
                + "  → Save the file as UTF-8 in your editor.\n1 error\n");
    }

    @Test
    void aBinaryFileWithAMarkdownName() throws IOException {
        Files.write(
                site.resolve("content/nl/foto.md"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        assertFails("content/nl/foto.md:3: error: the file is binary (it holds a NUL byte)\n"
                + "  → Only Markdown text belongs in content/; put images in static/ and link to them.\n1 error\n");
    }

    @Test
    void aHugeFile() throws IOException {
        Files.writeString(site.resolve("content/nl/groot.md"), "---\ntitle: A\n---\n" + "tekst ".repeat(1_000_000));
        assertFails("content/nl/groot.md: error: the file is larger than 4 MiB (5859 KiB)\n"
                + "  → Split it into several pages; a page this long is not readable on a phone.\n1 error\n");
    }

    @Test
    void aMegabyteLongLineMakesACorrectPage() throws IOException {
        Files.writeString(
                site.resolve("content/nl/lang.md"), "---\ntitle: Lang\n---\n" + "woord ".repeat(200_000) + "\n");
        TestCli.Run r = TestCli.build(site, out);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.size(out.resolve("lang/index.html"))).isGreaterThan(1_200_000);
    }

    @Test
    void aSymbolicLinkOutOfTheSite() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.md"), "---\ntitle: Geheim\n---\nwachtwoord\n");
        Files.createSymbolicLink(site.resolve("content/nl/link.md"), secret);
        assertFails("content/nl/link.md: error: symbolic link points outside the site\n"
                + "  → Copy the file into content/ instead of linking to it.\n1 error\n");
    }

    @Test
    void aSymbolicLinkLoop() throws IOException {
        Files.createSymbolicLink(site.resolve("content/nl/a.md"), site.resolve("content/nl/b.md"));
        Files.createSymbolicLink(site.resolve("content/nl/b.md"), site.resolve("content/nl/a.md"));
        assertFails("content/nl/a.md: error: broken or looping symbolic link\n"
                + "  → Remove the link or point it at a file inside the site.\n"
                + "content/nl/b.md: error: broken or looping symbolic link\n"
                + "  → Remove the link or point it at a file inside the site.\n2 errors\n");
    }

    @Test
    void aMissingTemplate() throws IOException {
        Files.delete(site.resolve("themes/mini/templates/layouts/404.ftlh"));
        assertFails("404.html: error: the theme has no template layouts/404.ftlh\n"
                + "  → Add themes/mini/templates/layouts/404.ftlh or choose another layout.\n1 error\n");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreAccepted() throws IOException {
        Files.writeString(site.resolve("content/nl/a.md"), "\uFEFF---\r\ntitle: Windows\r\n---\r\nTekst.\r\n");
        TestCli.Run r = TestCli.build(site, out);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("a/index.html"))).contains("<h1>Windows</h1>");
    }
}
