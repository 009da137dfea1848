package nl.bmo.site.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitePathsTest {
    @ParameterizedTest
    @CsvSource({
        "eisen/x/, en/demands/y/, ../../en/demands/y/",
        "'', eisen/, eisen/",
        "eisen/x/, '', ../../",
        "eisen/x/, eisen/x/, ./",
        "eisen/x/, eisen/, ../",
        "eisen/, eisen/x/, x/",
        "eisen/x/, css/main.1.css, ../../css/main.1.css",
        "'', css/main.1.css, css/main.1.css",
        "404.html, en/, en/",
        "en/demands/2/, en/demands/civic-space/, ../civic-space/"
    })
    void makesRelativeUrls(String from, String to, String expected) {
        assertThat(SitePaths.relative(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'', index.html", "eisen/x/, eisen/x/index.html", "404.html, 404.html"})
    void mapsPagesToFiles(String path, String file) {
        assertThat(SitePaths.outputFile(path)).isEqualTo(file);
    }

    @ParameterizedTest
    @CsvSource({"a/./b/../c, a/c", "a/b/, a/b/", "'a//b', a/b", "content/nl/../../static/x.png, static/x.png", "../x, ", "a/../../x, ", "'a\\b', "})
    void normalisesRelativePaths(String path, String expected) {
        assertThat(SitePaths.normalise(path)).isEqualTo(expected);
    }

    @Test
    void readsTheSchemeAsABrowserDoesAfterTabsAndLineBreaksAreRemoved() {
        assertThat(SitePaths.scheme("https://example.org/")).isEqualTo("https");
        assertThat(SitePaths.scheme("JavaScript:alert(1)")).isEqualTo("javascript");
        assertThat(SitePaths.scheme("java\tscript:alert(1)")).isEqualTo("javascript");
        assertThat(SitePaths.scheme("javas\ncript:alert(1)")).isEqualTo("javascript");
        assertThat(SitePaths.scheme("javas\r\ncript:alert(1)")).isEqualTo("javascript");
        assertThat(SitePaths.scheme(" \u0001javascript:alert(1)")).isEqualTo("javascript");
        assertThat(SitePaths.scheme("brief.md#2:1")).isNull();
        assertThat(SitePaths.scheme("../a:b")).isNull();
        assertThat(SitePaths.scheme("javascript")).isNull();
        assertThat(SitePaths.scheme(":x")).isNull();
    }

    @Test
    void forbidsScriptDataAndFileSchemesOnly() {
        for (String url : List.of("javascript:alert(1)", "JAVA\tSCRIPT:x", "vbscript:msgbox(1)", "data:text/html,x", "file:///etc/passwd")) {
            assertThat(SitePaths.forbiddenScheme(url)).as(url).isPresent();
        }
        assertThat(SitePaths.forbiddenScheme("java\nscript:x")).hasValue("javascript");
        for (String url : List.of("https://example.org/", "mailto:pers@example.org", "tel:+31", "brief.md", "#2-1", "a.md?x=&#58;")) {
            assertThat(SitePaths.forbiddenScheme(url)).as(url).isEmpty();
        }
    }

    @Test
    void decodesTheCharacterReferencesThatCanSpellAScheme() {
        for (String url : List.of("java&#115;cript:x", "java&#115cript:x", "java&#x73;cript:x", "java&#X0000073;cript:x", "javas&#x0A;cript:x",
                "javas&#10;cript:x", "java&NewLine;script:x", "java&Tab;script:x", "javas&#13;cript:x", "javascript&colon;x",
                "javascript&#58;x", "&#x20;javascript:x", "d&#97;ta:text/html,x")) {
            assertThat(SitePaths.forbiddenScheme(url)).as(url).isPresent();
        }
        assertThat(SitePaths.decodeReferences("a&#0;b&#99999999;c&amp;")).isEqualTo("a\uFFFDb\uFFFDc&amp;");
    }
}
