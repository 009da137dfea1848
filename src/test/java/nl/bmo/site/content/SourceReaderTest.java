package nl.bmo.site.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.bmo.site.SiteException;
import nl.bmo.site.model.SourceFile;
import org.junit.jupiter.api.Test;

class SourceReaderTest {
    private static SourceFile read(byte[] bytes) {
        return SourceReader.read("content/nl/a.md", "nl", "a.md", bytes);
    }

    private static SourceFile read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splitsFrontMatterAndBodyWithTheirLines() {
        SourceFile f = read("---\ntitle: A\nweight: 1\n---\nBody\n");
        assertThat(f.frontMatter()).isEqualTo("title: A\nweight: 1\n");
        assertThat(f.frontMatterLine()).isEqualTo(2);
        assertThat(f.body()).isEqualTo("Body\n");
        assertThat(f.bodyLine()).isEqualTo(5);
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEndings() {
        SourceFile f = read("\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n");
        assertThat(f.frontMatter()).isEqualTo("title: A\n");
        assertThat(f.body()).isEqualTo("Body\n");
    }

    @Test
    void reportsBytesThatAreNotUtf8WithTheirLine() {
        byte[] bytes = "---\ntitle: A\n---\nCaf\u00e9 ok\nbad: X\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xE9;
        assertThatThrownBy(() -> read(bytes))
                .isInstanceOf(SiteException.class)
                .hasMessage("content/nl/a.md:5: error: the file is not valid UTF-8 (bad byte at offset "
                        + (bytes.length - 2) + ")\n" + "  → Save the file as UTF-8 in your editor.");
    }

    @Test
    void refusesBinaryEmptyAndHugeFiles() {
        assertThatThrownBy(() -> read(new byte[] {'-', '-', '-', '\n', 0, 1, 2}))
                .hasMessageContaining("the file is binary");
        assertThatThrownBy(() -> read("  \n")).hasMessageContaining("content/nl/a.md:1:1: error: the file is empty");
        byte[] huge = new byte[SourceReader.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> read(huge)).hasMessageContaining("larger than 4 MiB");
    }

    @Test
    void readsAMegabyteLongLineQuickly() {
        String line = "x".repeat(1_000_000);
        SourceFile f = read("---\ntitle: A\n---\n" + line + "\n");
        assertThat(f.body()).hasSize(1_000_001);
    }
}
