package nl.bmo.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UrlSchemesTest {
    @Test
    void readsTheSchemeAsABrowserDoesAfterTabsAndLineBreaksAreRemoved() {
        assertThat(UrlSchemes.of("https://example.org/")).hasValue("https");
        assertThat(UrlSchemes.of("JavaScript:alert(1)")).hasValue("javascript");
        assertThat(UrlSchemes.of("java\tscript:alert(1)")).hasValue("javascript");
        assertThat(UrlSchemes.of("javas\ncript:alert(1)")).hasValue("javascript");
        assertThat(UrlSchemes.of("javas\r\ncript:alert(1)")).hasValue("javascript");
        assertThat(UrlSchemes.of(" \u0001javascript:alert(1)")).hasValue("javascript");
        for (String relative : List.of("brief.md#2:1", "../a:b", "javascript", ":x", " :x", "")) {
            assertThat(UrlSchemes.of(relative)).as(relative).isEmpty();
            assertThat(UrlSchemes.isAbsolute(relative)).as(relative).isFalse();
        }
        assertThat(UrlSchemes.isAbsolute("mailto:pers@example.org")).isTrue();
    }

    @Test
    void forbidsScriptDataAndFileSchemesOnly() {
        for (String url : List.of(
                "javascript:alert(1)",
                "JAVA\tSCRIPT:x",
                "vbscript:msgbox(1)",
                "data:text/html,x",
                "file:///etc/passwd")) {
            assertThat(UrlSchemes.forbidden(url)).as(url).isPresent();
        }
        assertThat(UrlSchemes.forbidden("java\nscript:x")).hasValue("javascript");
        assertThat(UrlSchemes.FORBIDDEN).containsExactlyInAnyOrder("javascript", "vbscript", "data", "file");
        for (String url : List.of(
                "https://example.org/", "mailto:pers@example.org", "tel:+31", "brief.md", "#2-1", "a.md?x=&#58;")) {
            assertThat(UrlSchemes.forbidden(url)).as(url).isEmpty();
        }
    }

    @Test
    void decodesTheCharacterReferencesThatCanSpellAScheme() {
        for (String url : List.of(
                "java&#115;cript:x",
                "java&#115cript:x",
                "java&#x73;cript:x",
                "java&#X0000073;cript:x",
                "javas&#x0A;cript:x",
                "javas&#10;cript:x",
                "java&NewLine;script:x",
                "java&Tab;script:x",
                "javas&#13;cript:x",
                "javascript&colon;x",
                "javascript&#58;x",
                "&#x20;javascript:x",
                "d&#97;ta:text/html,x")) {
            assertThat(UrlSchemes.forbidden(url)).as(url).isPresent();
        }
        assertThat(UrlSchemes.decodeReferences("a&#0;b&#99999999;c&amp;")).isEqualTo("a\uFFFDb\uFFFDc&amp;");
    }
}
