package nl.bmo.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
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
    @CsvSource({
        "a/./b/../c, a/c",
        "a/b/, a/b/",
        "'a//b', a/b",
        "content/nl/../../static/x.png, static/x.png",
        "../x, ",
        "a/../../x, ",
        "'a\\b', "
    })
    void normalisesRelativePaths(String path, String expected) {
        assertThat(SitePaths.normalise(path)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "content/nl/x.md, true",
        "eisen/x/index.html, true",
        "x, true",
        "..x/.y/a..b, true",
        "'', false",
        "/x, false",
        "x/, false",
        "a//b, false",
        "a/./b, false",
        "a/../b, false",
        "., false",
        "'..', false",
        "a\\b, false",
    })
    void normalPathsHaveNoEmptyDotOrDotDotPart(String path, boolean normal) {
        assertThat(SitePaths.isNormal(path)).isEqualTo(normal);
        assertThat(SitePaths.isNormal(path + "\0")).isFalse();
    }
}
