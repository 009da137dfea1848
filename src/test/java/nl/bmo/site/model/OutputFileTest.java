package nl.bmo.site.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An output file is a value: no caller can change its bytes, and equality is by path and content. */
class OutputFileTest {
    @Test
    void theConstructorCopiesTheArrayItIsGiven() {
        byte[] bytes = "abc".getBytes(StandardCharsets.UTF_8);
        OutputFile f = new OutputFile("a.txt", bytes);
        bytes[0] = 'X';
        assertThat(f.text()).isEqualTo("abc");
    }

    @Test
    void bytesHandsOutACopy() {
        OutputFile f = OutputFile.of("a.txt", "abc");
        f.bytes()[0] = 'X';
        assertThat(f.bytes()).containsExactly('a', 'b', 'c');
        assertThat(f.bytes()).isNotSameAs(f.bytes());
    }

    @Test
    void owningTakesTheArrayOverWithoutACopy() throws IOException {
        byte[] fresh = new byte[] {1, 2, 3};
        OutputFile f = OutputFile.owning("a.bin", fresh);
        // The documented contract: the maker never touches the array again. This shows that no copy was made.
        fresh[0] = 9;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.writeTo(out);
        assertThat(out.toByteArray()).containsExactly(9, 2, 3);
    }

    @Test
    void equalityAndHashAreByPathAndContent() {
        OutputFile a = new OutputFile("a/index.html", "<p>x</p>".getBytes(StandardCharsets.UTF_8));
        OutputFile same = OutputFile.of("a/index.html", "<p>x</p>");
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(a).isNotEqualTo(OutputFile.of("a/index.html", "<p>y</p>"));
        assertThat(a).isNotEqualTo(OutputFile.of("b/index.html", "<p>x</p>"));
        assertThat(a.sameBytes(OutputFile.of("b/index.html", "<p>x</p>"))).isTrue();
        assertThat(a.sameBytes(OutputFile.of("a/index.html", "<p>y</p>"))).isFalse();
    }

    @Test
    void readsWithoutCopying() throws IOException {
        byte[] big = new byte[20_000];
        for (int i = 0; i < big.length; i++) big[i] = (byte) i;
        OutputFile f = new OutputFile("big.bin", big);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.writeTo(out);
        assertThat(out.toByteArray()).isEqualTo(big);
        try (var in = f.openStream()) {
            assertThat(in.readAllBytes()).isEqualTo(big);
        }
        assertThat(f.size()).isEqualTo(20_000);
        assertThat(f).hasToString("OutputFile[big.bin, 20000 bytes]");
    }

    @Test
    void refusesPathsThatLeaveTheOutputFolder() {
        for (String bad : new String[] {"", "/a", "a/../b", "./a", "a//b", "a\\b", "a/", "a\0b"}) {
            assertThatThrownBy(() -> OutputFile.of(bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> OutputFile.owning(bad, new byte[0]))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void holdsItsPathAsAnOutputPath() {
        OutputPath path = OutputPath.of("eisen/x/index.html");
        assertThat(OutputFile.of("eisen/x/index.html", "x").path()).isEqualTo(path);
        assertThat(OutputFile.of(path, "x")).isEqualTo(OutputFile.of("eisen/x/index.html", "x"));
        assertThat(OutputFile.owning(path, new byte[] {1}).path()).isEqualTo(path);
        assertThat(new OutputFile(path, new byte[] {1}))
                .isEqualTo(new OutputFile("eisen/x/index.html", new byte[] {1}));
    }
}
