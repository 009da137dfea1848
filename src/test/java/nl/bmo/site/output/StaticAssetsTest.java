package nl.bmo.site.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestSites;
import nl.bmo.site.model.Assets;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's and the site's static files: which are written, under which name, with imports inlined. */
class StaticAssetsTest {
    @TempDir
    Path tmp;

    private static final Language NL = new Language("nl", "Nederlands", "nl-NL", "", "", "“”‘’", Map.of());

    private static Theme theme(Map<String, String> files) {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return new Theme("t", "themes/t", "themes/t/", bytes, Optional.empty());
    }

    private SiteConfig config() {
        return new SiteConfig(tmp, List.of(NL), "nl", false, "https://example.org/", "t", List.of(), Map.of());
    }

    @Test
    void inlinesImportsFingerprintsCssAndJsAndLetsTheSiteWin() {
        TestSites.write(tmp, """
                -- static/img/logo.svg --
                <svg>site</svg>
                -- static/robots-extra.txt --
                x
                """);
        Assets a = new StaticAssets()
                .collect(
                        config(),
                        theme(Map.of(
                                "static/css/main.css", "@import \"_base.css\";\nmain{}\n",
                                "static/css/_base.css", "body{}\n",
                                "static/js/app.js", "1;\n",
                                "static/img/logo.svg", "<svg>theme</svg>",
                                "templates/layouts/page.ftlh", "not static")));
        assertThat(a.names().get("css/main.css")).matches("css/main\\.[0-9a-f]{10}\\.css");
        assertThat(a.names().get("js/app.js")).matches("js/app\\.[0-9a-f]{10}\\.js");
        assertThat(a.files())
                .map(f -> f.path().value())
                .containsExactlyInAnyOrder(
                        a.names().get("css/main.css"), a.names().get("js/app.js"), "img/logo.svg", "robots-extra.txt");
        OutputFile css = a.files().stream()
                .filter(f -> f.path().value().startsWith("css/"))
                .findFirst()
                .orElseThrow();
        assertThat(css.text()).contains("body{}").contains("main{}").doesNotContain("@import");
        assertThat(a.files())
                .filteredOn(f -> f.path().value().equals("img/logo.svg"))
                .singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("<svg>site</svg>\n"));
    }

    @Test
    void theFingerprintFollowsTheContent() {
        String one = new StaticAssets()
                .collect(config(), theme(Map.of("static/css/main.css", "a{}")))
                .names()
                .get("css/main.css");
        String same = new StaticAssets()
                .collect(config(), theme(Map.of("static/css/main.css", "a{}")))
                .names()
                .get("css/main.css");
        String other = new StaticAssets()
                .collect(config(), theme(Map.of("static/css/main.css", "b{}")))
                .names()
                .get("css/main.css");
        assertThat(one).isEqualTo(same).isNotEqualTo(other);
    }

    @Test
    void aMissingImportIsAnErrorInTheThemeFile() {
        assertThatThrownBy(() -> new StaticAssets()
                        .collect(config(), theme(Map.of("static/css/main.css", "@import \"_gone.css\";\n"))))
                .isInstanceOfSatisfying(
                        SiteException.class,
                        e -> assertThat(e.problems())
                                .map(Problem::format)
                                .singleElement()
                                .satisfies(m -> assertThat(m)
                                        .startsWith("themes/t/static/css/main.css")
                                        .contains("error")
                                        .contains("_gone.css")));
    }
}
