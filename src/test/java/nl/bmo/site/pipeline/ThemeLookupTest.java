package nl.bmo.site.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestCli;
import nl.bmo.site.TestSites;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Theme lookup per file: src/test/resources/theme-override-site has a theme of one file, its own footer partial, and
 * takes every other file and setting from the bundled bmo theme it extends.
 */
class ThemeLookupTest {
    private static final Path PROJECT =
            Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();

    @TempDir
    Path tmp;

    private Path site() {
        Path root = tmp.resolve("site");
        TestSites.copyTree(TestSites.resource("theme-override-site"), root);
        return root;
    }

    private static BuildResult build(Path root) {
        return Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(root)).build().result();
    }

    private static Map<String, byte[]> files(BuildResult r) {
        Map<String, byte[]> out = new TreeMap<>();
        for (OutputFile f : r.files()) out.put(f.path().value(), f.bytes());
        return out;
    }

    private static String text(BuildResult r, String path) {
        return new String(files(r).get(path), StandardCharsets.UTF_8);
    }

    @Test
    void aThemeOfOnePartialBuildsWithTheRestOfTheBundledTheme() {
        BuildResult r = build(TestSites.resource("theme-override-site"));
        String home = text(r, "index.html");
        assertThat(home).contains("<footer class=\"campaign-footer\"><p>").doesNotContain("bmo-footer");
        assertThat(home).contains("class=\"bmo-skip-link\"", "class=\"bmo-header\"");
        String demand = text(r, "eisen/een/index.html");
        assertThat(demand)
                .contains(
                        "<span class=\"bmo-ask__number\">1.1</span> Doe iets. <a class=\"bmo-permalink\" href=\"#1-1\"",
                        "<table class=\"bmo-table\">");
        assertThat(files(r).keySet())
                .anyMatch(p -> p.matches("css/main\\.[0-9a-f]+\\.css"))
                .contains("eisen/een/share.png");

        Theme theme = r.site().theme();
        assertThat(theme.name()).isEqualTo("campaign");
        assertThat(theme.layers())
                .extracting(Theme.Layer::sourcePrefix)
                .containsExactly("themes/campaign/", "(bundled theme bmo)/");
        assertThat(theme.sourceOf("templates/partials/footer.ftlh"))
                .isEqualTo("themes/campaign/templates/partials/footer.ftlh");
        assertThat(theme.sourceOf("templates/layouts/base.ftlh"))
                .isEqualTo("(bundled theme bmo)/templates/layouts/base.ftlh");
        // theme.yaml's settings come from the bundled theme: the site's theme sets none
        assertThat(theme.shareImage())
                .hasValueSatisfying(s -> assertThat(s.badge()).isEqualTo("extra.number"));
    }

    @Test
    void theExtraFieldsTheExtendedThemeDeclaresAreCheckedOnTheSitesPages() throws IOException {
        Path root = site();
        TestSites.edit(root, "content/nl/eisen/een.md", "  number: 1", "  number: 1\n  shortTitel: Een");
        assertThatThrownBy(() -> build(root))
                .isInstanceOf(nl.bmo.site.SiteException.class)
                .hasMessageContaining("content/nl/eisen/een.md:7:3")
                .hasMessageContaining("shortTitel")
                .hasMessageContaining("\"shortTitle\"");
    }

    @Test
    void withTheBundledPartialInItsPlaceTheOutputIsTheBundledThemesByteForByte() throws IOException {
        Path root = site();
        Files.copy(
                PROJECT.resolve("themes/bmo/templates/partials/footer.ftlh"),
                root.resolve("themes/campaign/templates/partials/footer.ftlh"),
                StandardCopyOption.REPLACE_EXISTING);
        Map<String, byte[]> overridden = files(build(root));
        TestSites.edit(root, "content/site.yaml", "theme: campaign", "theme: bmo");
        Map<String, byte[]> bundled = files(build(root));
        assertThat(overridden.keySet()).isEqualTo(bundled.keySet());
        bundled.forEach(
                (path, bytes) -> assertThat(overridden.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void anErrorInTheOverridingPartialNamesTheSitesFile() throws IOException {
        Path root = site();
        Files.writeString(
                root.resolve("themes/campaign/templates/partials/footer.ftlh"),
                "<#macro footer>\n<p>${nope}</p>\n</#macro>\n");
        assertThatThrownBy(() -> build(root))
                .isInstanceOf(SiteException.class)
                .hasMessageContaining("themes/campaign/templates/partials/footer.ftlh:2:6: error: ");
    }

    @Test
    void aRenderHookOfTheSiteReplacesTheBundledOneAndItsErrorIsReportedOnce() throws IOException {
        Path root = site();
        Path hook = root.resolve("themes/campaign/templates/_markup/ask.ftlh");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "<b>${ask.number}</b> ${ask.text?no_esc}\n");
        assertThat(text(build(root), "en/demands/one/index.html"))
                .contains("<li id=\"1-1\"><b>1.1</b> Do something.<!--bmo:ask-end 1-1--></li>");

        Files.writeString(hook, "<b>${ask.nope}</b>\n");
        // both pages with an ask fail at the hook: one problem
        assertThatThrownBy(() -> build(root))
                .isInstanceOf(SiteException.class)
                .satisfies(e -> assertThat(((SiteException) e).problems()).hasSize(1))
                .hasMessageStartingWith("themes/campaign/templates/_markup/ask.ftlh:1:6: error: ")
                .hasMessageContaining("(render hook _markup/ask.ftlh)");
    }

    @Test
    void settingsAreInheritedUnlessTheThemeSetsThem() throws IOException {
        Path root = site();
        Files.writeString(
                root.resolve("themes/campaign/theme.yaml"),
                "description: Our own.\nshareImage:\n  font: fonts/Lato-Bold.ttf\n"
                        + "  background: \"#000000\"\n  foreground: \"#ffffff\"\n  accent: \"#ff0000\"\n");
        Theme theme = build(root).site().theme();
        // the whole shareImage is the site's; its font is the bundled theme's file
        assertThat(theme.shareImage())
                .hasValue(new Theme.ShareImageStyle("fonts/Lato-Bold.ttf", "#000000", "#ffffff", "#ff0000", null));
        assertThat(theme.sourceOf("fonts/Lato-Bold.ttf")).isEqualTo("(bundled theme bmo)/fonts/Lato-Bold.ttf");
    }

    @Test
    void aThemeThatExtendsNoneGetsNothingFromTheBundledTheme() throws IOException {
        Path root = site();
        Files.writeString(root.resolve("themes/campaign/theme.yaml"), "extends: none\n");
        assertThatThrownBy(() -> build(root))
                .isInstanceOf(SiteException.class)
                .hasMessageStartingWith(
                        "themes/campaign/i18n/en.yaml: error: the theme has no interface strings for language \"en\"\n"
                                + "  → Create themes/campaign/i18n/en.yaml");
    }

    @Test
    void checkNamesATemplateThatReplacesNothingAndThatNothingUses() throws IOException {
        Path root = site();
        Path partials = root.resolve("themes/campaign/templates/partials");
        Files.writeString(partials.resolve("languge-nav.ftlh"), "<#macro nav>\n<nav>Ours</nav>\n</#macro>\n");
        // a new partial that the site's footer imports, and a new layout a page uses, are in use: no warning
        Files.writeString(partials.resolve("note.ftlh"), "<#macro note><p>Note</p></#macro>\n");
        Files.writeString(
                partials.resolve("footer.ftlh"),
                "<#import \"note.ftlh\" as n>\n"
                        + Files.readString(partials.resolve("footer.ftlh"))
                                .replace("</footer>", "<@n.note/></footer>"));
        Files.createDirectories(root.resolve("themes/campaign/templates/layouts"));
        Files.copy(
                PROJECT.resolve("themes/bmo/templates/layouts/page.ftlh"),
                root.resolve("themes/campaign/templates/layouts/plain.ftlh"));
        Files.writeString(root.resolve("content/nl/vrij.md"), "---\ntitle: Vrij\nlayout: plain\n---\nTekst.\n");

        TestCli.Run r = TestCli.run("check", "-s", root.toString());
        assertThat(r.err())
                .contains("themes/campaign/templates/partials/languge-nav.ftlh: warning: template "
                        + "templates/partials/languge-nav.ftlh replaces no template of the theme it extends (bmo) and "
                        + "nothing uses it\n"
                        + "  → Did you mean \"templates/partials/language-nav.ftlh\"? ");
        assertThat(r.err())
                .doesNotContain("note.ftlh")
                .doesNotContain("plain.ftlh")
                .doesNotContain("footer.ftlh");
        assertThat(TestCli.run(
                                "check",
                                "-s",
                                TestSites.resource("theme-override-site").toString())
                        .err())
                .doesNotContain("replaces no template");
    }
}
