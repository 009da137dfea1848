package nl.bmo.site;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The helper every "the previous site is untouched" assertion uses notices each kind of change. */
class OutputSnapshotTest {
    @TempDir
    Path tmp;

    @Test
    void namesEveryFileThatChangedAppearedOrDisappeared() throws IOException {
        Files.writeString(tmp.resolve("a.html"), "a");
        Files.createDirectories(tmp.resolve("en"));
        Files.writeString(tmp.resolve("en/b.html"), "b");
        OutputSnapshot before = OutputSnapshot.of(tmp);
        before.assertUntouched();

        Files.writeString(tmp.resolve("a.html"), "A");
        Files.delete(tmp.resolve("en/b.html"));
        Files.writeString(tmp.resolve("c.html"), "c");
        assertThatThrownBy(before::assertUntouched)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("changed a.html")
                .hasMessageContaining("removed en/b.html")
                .hasMessageContaining("added c.html");
    }

    @Test
    void anEmptyFolderIsNoSiteToCompareWith() {
        assertThatThrownBy(() -> OutputSnapshot.of(tmp)).isInstanceOf(AssertionError.class);
    }
}
