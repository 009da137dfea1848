package nl.bmo.site.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourcePathTest {
    @ParameterizedTest
    @ValueSource(strings = {"content/nl/eisen/middenveld.md", "content/en/_index.md", "a.md", "content/nl/a b.md"})
    void acceptsNormalPaths(String path) {
        assertThat(SourcePath.of(path).value()).isEqualTo(path);
        assertThat(SourcePath.of(path).toString()).isEqualTo(path);
        assertThat(SourcePath.parse(path)).contains(SourcePath.of(path));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "/content/nl/a.md",
                "content//a.md",
                "./content/a.md",
                "content/../a.md",
                "..",
                "content/.",
                "content/nl/",
                "content\\nl\\a.md",
                "content/a\0.md"
            })
    void refusesPathsThatAreNotNormal(String path) {
        assertThatThrownBy(() -> SourcePath.of(path))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a source path");
        assertThat(SourcePath.parse(path)).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> SourcePath.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SourcePath.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"content/nl/eisen/x.md, x.md", "a.md, a.md"})
    void namesItsFile(String path, String name) {
        assertThat(SourcePath.of(path).fileName()).isEqualTo(name);
    }

    @Test
    void equalsByValueAndNeverEqualsItsString() {
        assertThat(SourcePath.of("content/nl/a.md")).isEqualTo(SourcePath.of("content/nl/a.md"));
        assertThat(SourcePath.of("content/nl/a.md").hashCode())
                .isEqualTo(SourcePath.of("content/nl/a.md").hashCode());
        assertThat((Object) SourcePath.of("content/nl/a.md")).isNotEqualTo("content/nl/a.md");
    }

    @Test
    void sortsByValue() {
        List<SourcePath> paths = List.of(
                SourcePath.of("content/nl/b.md"), SourcePath.of("content/en/z.md"), SourcePath.of("content/nl/a.md"));
        assertThat(paths.stream().sorted().map(SourcePath::value))
                .containsExactly("content/en/z.md", "content/nl/a.md", "content/nl/b.md");
    }
}
