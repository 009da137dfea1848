package nl.bmo.site.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SitePathTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "eisen/", "en/demands/civic-space/", "css/main.1a2b3c4d.css", "404.html", "a b/"})
    void acceptsNormalPaths(String path) {
        assertThat(SitePath.of(path).value()).isEqualTo(path);
        assertThat(SitePath.of(path).toString()).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/eisen/", "eisen//x/", "./eisen/", "eisen/../x/", "..", "eisen/.", "a\\b/", "a\0b", "//"})
    void refusesPathsThatAreNotNormal(String path) {
        assertThatThrownBy(() -> SitePath.of(path))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a site path");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> SitePath.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "/eisen/1, eisen/1/",
        "/eisen/1/, eisen/1/",
        "eisen/1, eisen/1/",
        "/eisen/1/index.html, eisen/1/",
        "/index.html, ''",
        "/, ''",
        "'  /oud.html ', oud.html",
        "/sitemap.xml, sitemap.xml"
    })
    void readsUrlPathsTheWayHostsServeThem(String url, String expected) {
        assertThat(SitePath.fromUrlPath(url)).contains(SitePath.of(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a//b", "/../x", "/eisen/./x", "//x", "/a\\b"})
    void readsNoSitePathFromAUrlThatIsNotNormal(String url) {
        assertThat(SitePath.fromUrlPath(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"'', index.html", "eisen/x/, eisen/x/index.html", "404.html, 404.html", "css/a.css, css/a.css"})
    void mapsPagesToOutputFiles(String path, String file) {
        assertThat(SitePath.of(path).outputFile()).isEqualTo(OutputPath.of(file));
    }

    @ParameterizedTest
    @CsvSource({
        "eisen/x/, en/demands/y/, ../../en/demands/y/",
        "'', eisen/, eisen/",
        "'', '', ./",
        "eisen/x/, '', ../../",
        "eisen/x/, eisen/x/, ./",
        "eisen/x/, eisen/, ../",
        "eisen/, eisen/x/, x/",
        "eisen/x/, eisen/x/share.png, share.png",
        "eisen/x/, css/main.1.css, ../../css/main.1.css",
        "'', css/main.1.css, css/main.1.css",
        "404.html, en/, en/",
        "oud/pagina.html, oud/, ./",
        "en/demands/2/, en/demands/civic-space/, ../civic-space/"
    })
    void linksRelativelyFromOnePathToAnother(String from, String to, String expected) {
        assertThat(SitePath.of(from).linkTo(SitePath.of(to))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'', ''", "eisen/x/, eisen/x/", "eisen/x/share.png, eisen/x/", "404.html, ''"})
    void knowsItsFolder(String path, String folder) {
        assertThat(SitePath.of(path).folder()).isEqualTo(SitePath.of(folder));
    }

    @Test
    void namesFilesInAPagesFolder() {
        assertThat(SitePath.of("eisen/").file("atom.xml")).isEqualTo(SitePath.of("eisen/atom.xml"));
        assertThat(SitePath.HOME.file("sitemap.xml").outputFile()).isEqualTo(OutputPath.of("sitemap.xml"));
        assertThatThrownBy(() -> SitePath.of("a.html").file("b.png")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SitePath.of("eisen/").file("../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tellsHomesPagesAndFilesApart() {
        assertThat(SitePath.HOME.isHome()).isTrue();
        assertThat(SitePath.HOME.isPage()).isTrue();
        assertThat(SitePath.of("en/").isHome()).isFalse();
        assertThat(SitePath.of("en/").isPage()).isTrue();
        assertThat(SitePath.of("en/tracker.json").isPage()).isFalse();
        assertThat(SitePath.of("en/demands/").urlPath()).isEqualTo("/en/demands/");
        assertThat(SitePath.HOME.urlPath()).isEqualTo("/");
    }

    @Test
    void equalsByValueAndSortsLikeItsString() {
        assertThat(SitePath.of("eisen/")).isEqualTo(SitePath.of("eisen/")).hasSameHashCodeAs(SitePath.of("eisen/"));
        assertThat(SitePath.of("eisen/")).isNotEqualTo(SitePath.of("eisen")).isNotEqualTo("eisen/");
        assertThat(SitePath.of("")).isEqualTo(SitePath.HOME);
        assertThat(SitePath.of("a/")).isLessThan(SitePath.of("a/b/")).isLessThan(SitePath.of("b/"));
        assertThat(SitePath.fromUrlPath("/eisen/index.html")).isEqualTo(Optional.of(SitePath.of("eisen/")));
    }
}
