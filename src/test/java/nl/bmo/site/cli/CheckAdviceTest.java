package nl.bmo.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.bmo.site.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code check} says, to the letter: links written as the site's own address, advice that names the fix, and
 * the things that pass but that an editor should know (drafts, future pages, pages not yet in published.txt).
 */
class CheckAdviceTest {
    @TempDir
    Path tmp;

    /** A nl/en site published under a sub-path, with a demand page in each language. */
    static final String BASE = """
            -- content/site.yaml --
            baseUrl: https://example.org/campagne/
            theme: mini
            defaultLanguage: nl
            languages:
              - code: nl
                name: Nederlands
                title: Test
              - code: en
                name: English
                title: Test
            -- content/nl/_index.md --
            ---
            title: Thuis
            translationKey: home
            ---
            Hallo.
            -- content/en/_index.md --
            ---
            title: Home
            translationKey: home
            ---
            Hello.
            -- content/nl/eisen/eis.md --
            ---
            title: Eis
            translationKey: eis
            ---
            1. Vraag. {#2-1}
            -- content/en/demands/demand.md --
            ---
            title: Demand
            translationKey: eis
            ---
            1. Ask. {#2-1}
            -- static/img/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """;

    private Path site(String extra) {
        return TestSites.write(tmp.resolve("site"), BASE + extra);
    }

    private static CliTest.Run check(Path site, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "check";
        args[1] = "-s";
        args[2] = site.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return CliTest.run(args);
    }

    @Test
    void aLinkWrittenAsTheSitesOwnAddressIsAnInternalLinkWithAHint() throws IOException {
        Path site = site("""
                -- content/nl/nieuws/bericht.md --
                ---
                title: Bericht
                translationKey: bericht
                ---
                Zie [vraag 2.1](https://example.org/campagne/eisen/eis/#2-1), [het logo](HTTPS://Example.org/campagne/img/logo.svg)
                en [elders](https://example.org/elders/) of [een ander](https://example.com/campagne/eisen/eis/).
                -- content/en/news/post.md --
                ---
                title: Post
                translationKey: bericht
                ---
                See [ask 2.1](https://example.org/campagne/en/demands/demand/#2-1).
                """);
        CliTest.Run r = check(site, "--strict");
        assertThat(r.err()).isEqualTo("""
                content/en/news/post.md:5:5: info: link "https://example.org/campagne/en/demands/demand/#2-1" is this site's own address; it is written as a link within the site
                  → Link to the page's file instead: ../demands/demand.md#2-1 (the build writes the address, so the link keeps working wherever the site is published).
                content/nl/nieuws/bericht.md:5:5: info: link "https://example.org/campagne/eisen/eis/#2-1" is this site's own address; it is written as a link within the site
                  → Link to the page's file instead: ../eisen/eis.md#2-1 (the build writes the address, so the link keeps working wherever the site is published).
                content/nl/nieuws/bericht.md:5:63: info: link "HTTPS://Example.org/campagne/img/logo.svg" is this site's own address; it is written as a link within the site
                  → Link to the file instead: ../../../static/img/logo.svg (the build writes the address, so the link keeps working wherever the site is published).
                content/published.txt: warning: no list of published URLs, so removed URLs cannot be caught
                  → Run 'build --update-published' once the site is live, and commit content/published.txt.
                Checked 6 pages (nl 3, en 3): 0 errors, 1 warning, 3 info.
                """);
        assertThat(r.exit()).isEqualTo(1);

        Path out = tmp.resolve("out");
        assertThat(CliTest.run("build", "-s", site.toString(), "-d", out.toString()).exit()).isZero();
        assertThat(Files.readString(out.resolve("nieuws/bericht/index.html")))
                .contains("<a href=\"../../eisen/eis/#2-1\">vraag 2.1</a>", "<a href=\"../../img/logo.svg\">het logo</a>",
                        "<a href=\"https://example.org/elders/\">elders</a>", "<a href=\"https://example.com/campagne/eisen/eis/\">een ander</a>");
    }

    @Test
    void theAnchorOfALinkWrittenAsTheSitesOwnAddressIsChecked() throws IOException {
        Path site = site("""
                -- content/nl/nieuws/bericht.md --
                ---
                title: Bericht
                ---
                Zie [weg](https://example.org/campagne/eisen/weg/).
                """);
        CliTest.Run r = check(site);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("""
                content/nl/nieuws/bericht.md:4:5: error: link "https://example.org/campagne/eisen/weg/" leads to no page, alias or file of the site
                  → The nearest page is /eisen/eis/. Write the address as the site shows it (such as /eisen/eis/), or link to the page's .md file; files go in static/.
                Checked the site: 1 error, 0 warnings.
                """);

        TestSites.edit(site, "content/nl/nieuws/bericht.md", "eisen/weg/", "eisen/eis/#2-9");
        CliTest.Run anchor = check(site);
        assertThat(anchor.exit()).isEqualTo(1);
        assertThat(anchor.err()).isEqualTo("""
                content/nl/nieuws/bericht.md:4:5: error: link to a missing anchor #2-9 in content/nl/eisen/eis.md
                  → Did you mean "2-1"? Anchors are heading ids and {#id} attributes of the target page.
                content/nl/nieuws/bericht.md:4:5: info: link "https://example.org/campagne/eisen/eis/#2-9" is this site's own address; it is written as a link within the site
                  → Link to the page's file instead: ../eisen/eis.md#2-9 (the build writes the address, so the link keeps working wherever the site is published).
                Checked the site: 1 error, 0 warnings, 1 info.
                """);
    }
}
