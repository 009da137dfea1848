package nl.bmo.site.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A theme is a value: no caller can change its files, and two themes with the same files are equal. */
class ThemeTest {
    private static Theme theme(Map<String, byte[]> files) {
        return new Theme("t", "themes/t", "themes/t/", files, Optional.empty());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theConstructorCopiesTheMapAndTheArrays() {
        byte[] css = utf8("body{}");
        Map<String, byte[]> files = new HashMap<>(Map.of("static/main.css", css));
        Theme t = theme(files);
        css[0] = 'X';
        files.put("static/extra.css", utf8("p{}"));
        assertThat(t.text("static/main.css")).contains("body{}");
        assertThat(t.has("static/extra.css")).isFalse();
    }

    @Test
    void readersGetCopies() {
        Theme t = theme(Map.of("templates/a.ftlh", utf8("a")));
        t.file("templates/a.ftlh").orElseThrow()[0] = 'X';
        t.files().get("templates/a.ftlh")[0] = 'X';
        t.files().values().iterator().next()[0] = 'X';
        t.files().entrySet().iterator().next().getValue()[0] = 'X';
        assertThat(t.text("templates/a.ftlh")).contains("a");
        assertThatThrownBy(() -> t.files().put("templates/b.ftlh", utf8("b")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> t.files().keySet().remove("templates/a.ftlh"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(t.files()).containsOnlyKeys("templates/a.ftlh");
    }

    @Test
    void equalityIsByContent() {
        Theme a = theme(Map.of("i18n/nl.yaml", utf8("x: y\n"), "static/a.css", utf8("p{}")));
        Theme same = theme(Map.of("i18n/nl.yaml", utf8("x: y\n"), "static/a.css", utf8("p{}")));
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(a).isNotEqualTo(theme(Map.of("i18n/nl.yaml", utf8("x: z\n"), "static/a.css", utf8("p{}"))));
        assertThat(a).isNotEqualTo(theme(Map.of("i18n/nl.yaml", utf8("x: y\n"))));
        assertThat(a)
                .isNotEqualTo(new Theme(
                        "other",
                        "themes/t",
                        "themes/t/",
                        Map.of("i18n/nl.yaml", utf8("x: y\n"), "static/a.css", utf8("p{}")),
                        Optional.empty()));
        assertThat(a)
                .isNotEqualTo(new Theme(
                        "t",
                        "themes/t",
                        "themes/t/",
                        Map.of("i18n/nl.yaml", utf8("x: y\n"), "static/a.css", utf8("p{}")),
                        Optional.of(new Theme.ShareImageStyle("f.ttf", "#000000", "#ffffff", "#ff0000", null))));
    }

    @Test
    void comparesOneFileWithoutCopying() {
        Theme a = theme(Map.of("templates/a.ftlh", utf8("a"), "templates/b.ftlh", utf8("b")));
        Theme b = theme(Map.of("templates/a.ftlh", utf8("a"), "templates/b.ftlh", utf8("B")));
        assertThat(a.sameFile("templates/a.ftlh", b)).isTrue();
        assertThat(a.sameFile("templates/b.ftlh", b)).isFalse();
        assertThat(a.sameFile("templates/none.ftlh", b)).isTrue();
        assertThat(a.sameFile("templates/a.ftlh", theme(Map.of()))).isFalse();
    }

    @Test
    void listsAFolderSorted() {
        Theme t = theme(Map.of("static/b.css", utf8(""), "static/a.css", utf8(""), "templates/x.ftlh", utf8("")));
        assertThat(t.list("static/")).containsExactly("static/a.css", "static/b.css");
    }
}
