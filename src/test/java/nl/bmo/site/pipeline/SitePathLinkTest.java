package nl.bmo.site.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestSites;
import nl.bmo.site.model.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links written as site paths, the way editors see addresses in the browser, on a site under a sub-path. */
class SitePathLinkTest {
    @TempDir
    Path tmp;

    static final String SITE =
            TestSites.BASE.replace("baseUrl: https://example.org/", "baseUrl: https://example.org/campagne/") + """
            -- content/nl/brief.md --
            ---
            title: Brief
            translationKey: letter
            aliases: ["/eisen/1/"]
            ---
            ## Bronnen {#bronnen}
            -- content/en/demands/civil-society.md --
            ---
            title: Civil society
            ---
            1. An ask. {#2-1}
            -- static/img/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """;

    private String html(Path site, String file) {
        var result = Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(site))
                .build()
                .result();
        OutputFile f = result.files().stream()
                .filter(o -> o.path().value().equals(file))
                .findFirst()
                .orElseThrow();
        return new String(f.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void pagesAliasesAnchorsAndStaticFilesAreWrittenRelative() {
        Path site = TestSites.write(tmp.resolve("site"), SITE + """
                -- content/nl/pagina.md --
                ---
                title: Pagina
                ---
                Zie [de brief](/brief/), [de bronnen](/brief#bronnen), [eis 2.1](/en/demands/civil-society/#2-1),
                [het oude adres](/eisen/1/), [met het basispad](/campagne/brief/) en [thuis](/).

                ![Logo](/img/logo.svg)
                """);
        String html = html(site, "pagina/index.html");
        assertThat(html)
                .contains(
                        "<a href=\"../brief/\">de brief</a>",
                        "<a href=\"../brief/#bronnen\">de bronnen</a>",
                        "<a href=\"../en/demands/civil-society/#2-1\">eis 2.1</a>",
                        "<a href=\"../brief/\">het oude adres</a>",
                        "<a href=\"../brief/\">met het basispad</a>",
                        "<a href=\"../\">thuis</a>",
                        "<img src=\"../img/logo.svg\" alt=\"Logo\"");
    }

    @Test
    void aSitePathThatLeadsNowhereIsAnErrorAtItsLineWithTheNearestPage() {
        Path site = TestSites.write(tmp.resolve("site"), SITE + """
                -- content/nl/pagina.md --
                ---
                title: Pagina
                ---
                Eerste regel.

                Zie [de brief](/brieff/) en [het logo](/img/logo.png).
                """);
        assertThatThrownBy(() -> html(site, "pagina/index.html"))
                .isInstanceOf(SiteException.class)
                .hasMessageContaining(
                        "content/nl/pagina.md:6:5: error: link \"/brieff/\" leads to no page, alias or file of the "
                                + "site\n"
                                + "  → The nearest page is /brief/.")
                .hasMessageContaining(
                        "content/nl/pagina.md:6:29: error: link \"/img/logo.png\" leads to no page, alias or file of "
                                + "the site\n"
                                + "  → There is no file static/img/logo.png; put the file there, or correct the name.");
    }

    @Test
    void theAnchorOfASitePathIsChecked() {
        Path site = TestSites.write(tmp.resolve("site"), SITE + """
                -- content/nl/pagina.md --
                ---
                title: Pagina
                ---
                Zie [eis 2.9](/en/demands/civil-society/#2-9).
                """);
        assertThatThrownBy(() -> html(site, "pagina/index.html"))
                .isInstanceOf(SiteException.class)
                .hasMessageContaining("content/nl/pagina.md:4:5: error: link to a missing anchor #2-9 in "
                        + "content/en/demands/civil-society.md");
    }
}
