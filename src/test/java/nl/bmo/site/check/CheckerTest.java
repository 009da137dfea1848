package nl.bmo.site.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import nl.bmo.site.Problem;
import nl.bmo.site.TestSites;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.BuildResult;
import nl.bmo.site.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of {@link Checker} on a small site built in memory, with its exact message. */
class CheckerTest {
    @TempDir
    Path tmp;

    private static final String PAGES = """
            -- content/nl/a.md --
            ---
            title: A
            translationKey: a
            ---
            Tekst.
            -- content/en/a.md --
            ---
            title: A
            translationKey: a
            ---
            Text.
            """;

    private Path site(String extra) {
        return TestSites.write(tmp.resolve("site"), TestSites.BASE + extra);
    }

    /** Adds {@code html} to the mini theme's page layout, before the title. */
    private static void inTemplate(Path site, String html) throws IOException {
        Path layout = site.resolve("themes/mini/templates/layouts/page.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("<h1>", html + "<h1>"));
    }

    private static List<String> check(Path site) {
        BuildResult r = Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(site))
                .build()
                .result();
        return new Checker()
                .check(r.site(), r.strings(), r.files(), site).stream()
                        .map(Problem::format)
                        .toList();
    }

    private static final String NO_LIST =
            "content/published.txt: info: no list of published URLs, so removed URLs cannot be caught\n"
                    + "  → Run 'build --update-published' once the site is live, and commit content/published.txt.";

    @Test
    void aCleanSiteIsOnlyToldThatItHasNoListOfPublishedUrls() {
        assertThat(check(site(PAGES))).containsExactly(NO_LIST);
    }

    @Test
    void aTemplateLinkToAMissingFileOrAnchorIsAnErrorAtThePageThatShowsIt() throws IOException {
        Path site = site(PAGES);
        inTemplate(
                site,
                "<a href=\"${url(\"nowhere/\")}\">x</a><a href=\"#nope\">y</a><a href=\"${url(\"\")}#top\">z</a>");
        assertThat(check(site))
                .contains(
                        "content/nl/a.md:1:1: error: broken link ../nowhere/ in a/index.html (no file /nowhere/)\n"
                                + "  → Link to an existing page or file; in Markdown, link to the page's .md file.",
                        "content/nl/a.md:1:1: error: link #nope in a/index.html goes to a missing anchor #nope\n"
                                + "  → Use an id that exists in the target page (a heading id or a {#id}).",
                        "content/en/a.md:1:1: error: link ../../#top in en/a/index.html goes to a missing anchor #top\n"
                                + "  → Use an id that exists in the target page (a heading id or a {#id}).");
    }

    @Test
    void aLinkThatLeavesTheSiteOrItsSubPathIsAnError() throws IOException {
        Path site = site(PAGES.replace("Tekst.", "Tekst.")).resolve("");
        TestSites.edit(
                site, "content/site.yaml", "baseUrl: https://example.org/", "baseUrl: https://example.org/campagne/");
        inTemplate(site, "<#if lang.code == \"nl\"><a href=\"../../../x/\">x</a><a href=\"/elders/\">y</a></#if>");
        assertThat(check(site))
                .containsExactly(
                        "content/nl/a.md:1:1: error: link ../../../x/ in a/index.html leaves the site\n"
                                + "  → Link to a page of the site.",
                        "content/nl/a.md:1:1: error: link /elders/ in a/index.html leads outside the site, which is"
                                + " published under /campagne/\n"
                                + "  → Write links between pages relative to the page (in 404.html they may also start"
                                + " with /campagne/).",
                        NO_LIST);
    }

    @Test
    void aScriptUrlAMissingAltTextAndAnEmptyLinkAreErrors() throws IOException {
        Path site = site(PAGES);
        inTemplate(
                site,
                "<#if lang.code == \"en\"><a href=\"javascript:alert(1)\">x</a><img src=\"${url(\"\")}\"><a"
                        + " href=\"${url(\"\")}\"></a></#if>");
        assertThat(check(site))
                .containsExactly(
                        "content/en/a.md:1:1: error: \"javascript:\" URL in en/a/index.html\n"
                                + "  → Remove the script or data URL.",
                        "content/en/a.md:1:1: error: empty link to ../../ in en/a/index.html\n"
                                + "  → Give the link text that says where it goes: [the letter](brief.md).",
                        "content/en/a.md:1:1: error: image ../../ in en/a/index.html has no alt text\n"
                                + "  → Describe the image: ![what it shows](file.png); use ![](file.png) only for"
                                + " decoration.",
                        NO_LIST);
    }

    @Test
    void aHeadingThatSkipsALevelIsAWarningNamingTheLevelToUse() {
        Path site = site(PAGES.replace("Tekst.", "### Te diep\n\n## Goed\n\n#### Weer te diep"));
        assertThat(check(site))
                .containsExactly(
                        "content/nl/a.md:1:1: warning: heading \"Te diep\" skips from level 1 to 3\n"
                                + "  → Use ## for it; screen reader users navigate by heading levels.",
                        "content/nl/a.md:1:1: warning: heading \"Weer te diep\" skips from level 2 to 4\n"
                                + "  → Use ### for it; screen reader users navigate by heading levels.",
                        NO_LIST);
    }

    @Test
    void anInterfaceStringOneLanguageLacksIsAnError() throws IOException {
        Path site = site(PAGES);
        Files.writeString(
                site.resolve("themes/mini/i18n/nl.yaml"), "nav.extra: Alleen Nederlands\n", StandardOpenOption.APPEND);
        inTemplate(site, "${t(\"nav.home\")}");
        assertThat(check(site))
                .contains("themes/mini/i18n/en.yaml: error: interface string \"nav.extra\" is missing for language"
                        + " \"en\"\n"
                        + "  → Add 'nav.extra: …' in the English file; every language needs the same keys.");
    }

    @Test
    void aTranslationThatLacksAnAskOfItsOriginalIsBehindAndOneWithAnExtraAskIsToldSo() {
        Path site = site("""
                -- content/nl/eis.md --
                ---
                title: Eis
                translationKey: eis
                ---
                1. Een. {#1-1}
                2. Twee. {#1-2}
                -- content/en/demand.md --
                ---
                title: Demand
                translationKey: eis
                ---
                1. One. {#1-1}
                -- content/nl/b.md --
                ---
                title: B
                translationKey: b
                ---
                1. Een. {#2-1}
                -- content/en/b.md --
                ---
                title: B
                translationKey: b
                ---
                1. One. {#2-1}
                2. Two. {#2-2}
                """);
        assertThat(check(site))
                .containsExactly(
                        "content/en/b.md:1:1: warning: ask 2-2 is not in the original content/nl/b.md\n"
                                + "  → Both languages must have the same asks: remove it here, or add it with {#2-2} to"
                                + " the original first.",
                        "content/en/demand.md:1:1: warning: translation is behind content/nl/eis.md: ask 1-2 is"
                                + " missing here\n"
                                + "  → Translate the ask and end it with {#1-2}, as in the original: both languages "
                                + "must"
                                + " have the same asks. ('translated' alone does not fix this; 'status' compares texts,"
                                + " not asks.)",
                        NO_LIST);
    }

    @Test
    void hreflangAlternatesMustNameEachOtherBack() throws IOException {
        Path site = site(PAGES + """
                -- content/en/b.md --
                ---
                title: B
                translationKey: b
                ---
                """);
        Path base = site.resolve("themes/mini/templates/layouts/base.ftlh");
        Files.writeString(
                base,
                Files.readString(base)
                        .replace(
                                "<link rel=\"stylesheet\"",
                                "<#if page?? && page.permalink?ends_with(\"/a/\") && lang.code == \"nl\"><link"
                                        + " rel=\"alternate\" hreflang=\"en\" href=\"${site.baseUrl}en/b/\"></#if>\n"
                                        + "<link rel=\"stylesheet\""));
        assertThat(check(site))
                .contains("content/nl/a.md:1:1: error: hreflang alternate /en/b/ does not name /a/ back\n"
                        + "  → Give both pages the same translationKey; alternates must be symmetric.");
    }
}
