package nl.bmo.site.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputPathTest {
    @ParameterizedTest
    @ValueSource(strings = {"index.html", "eisen/x/index.html", "sitemap.xml", "css/main.3f2a.css", "_headers", "a b"})
    void acceptsNormalRelativePaths(String path) {
        assertThat(OutputPath.of(path).value()).isEqualTo(path);
        assertThat(OutputPath.of(path)).hasToString(path);
        assertThat(OutputPath.parse(path)).contains(OutputPath.of(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/a", "a/../b", "..", "./a", "a/.", "a//b", "a\\b", "a/", "a\0b", "eisen/x/"})
    void refusesPathsThatAreNotNormalOrLeaveTheOutputFolder(String path) {
        assertThatThrownBy(() -> OutputPath.of(path))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a relative output path");
        assertThat(OutputPath.parse(path)).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> OutputPath.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(OutputPath.parse(null)).isEmpty();
    }

    @Test
    void isEqualByValueAndNeverEqualToItsString() {
        assertThat(OutputPath.of("a/index.html")).isEqualTo(OutputPath.of("a/index.html"));
        assertThat(OutputPath.of("a/index.html")).hasSameHashCodeAs(OutputPath.of("a/index.html"));
        assertThat(OutputPath.of("a/index.html")).isNotEqualTo(OutputPath.of("b/index.html"));
        assertThat((Object) OutputPath.of("a/index.html")).isNotEqualTo("a/index.html");
    }

    @Test
    void sortsLikeItsPlainString() {
        List<String> plain = List.of("index.html", "404.html", "en/index.html", "css/a.css", "en-x/index.html", "en/a");
        TreeSet<OutputPath> sorted = new TreeSet<>();
        plain.forEach(p -> sorted.add(OutputPath.of(p)));
        assertThat(sorted.stream().map(OutputPath::value)).containsExactlyElementsOf(new TreeSet<>(plain));
    }

    @Test
    void namesItsFileAndSuffix() {
        assertThat(OutputPath.of("eisen/x/index.html").fileName()).isEqualTo("index.html");
        assertThat(OutputPath.of("sitemap.xml").fileName()).isEqualTo("sitemap.xml");
        assertThat(OutputPath.of("eisen/x/index.html").endsWith(".html")).isTrue();
        assertThat(OutputPath.of("css/main.css").endsWith(".html")).isFalse();
    }

    @Test
    void isWhatASitePathIsWrittenTo() {
        assertThat(SitePath.HOME.outputFile()).isEqualTo(OutputPath.of("index.html"));
        assertThat(SitePath.of("eisen/x/").outputFile()).isEqualTo(OutputPath.of("eisen/x/index.html"));
        assertThat(SitePath.of("css/a.css").outputFile()).isEqualTo(OutputPath.of("css/a.css"));
    }
}
