package nl.bmo.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.bmo.site.TestCli;
import nl.bmo.site.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code check} says, to the letter: links written as the site's own address, advice that names the fix, and the
 * things that pass but that an editor should know (drafts, future pages, pages not yet in published.txt).
 */
class CheckAdviceTest {
    @TempDir
    Path tmp;

    /** A nl/en site published under a sub-path, with a demand page in each language. */
    static final String BASE =
            TestSites.BASE.replace("baseUrl: https://example.org/", "baseUrl: https://example.org/campagne/") + """
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

    private static TestCli.Run check(Path site, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "check";
        args[1] = "-s";
        args[2] = site.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return TestCli.run(args);
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
        TestCli.Run r = check(site);
        assertThat(r.err()).isEqualTo("""
                content/en/news/post.md:5:5: info: link "https://example.org/campagne/en/demands/demand/#2-1" is this site's own address; it is written as a link within the site
                  → Link to the page's file instead: ../demands/demand.md#2-1 (the build writes the address, so the link keeps working wherever the site is published).
                content/nl/nieuws/bericht.md:5:5: info: link "https://example.org/campagne/eisen/eis/#2-1" is this site's own address; it is written as a link within the site
                  → Link to the page's file instead: ../eisen/eis.md#2-1 (the build writes the address, so the link keeps working wherever the site is published).
                content/nl/nieuws/bericht.md:5:63: info: link "HTTPS://Example.org/campagne/img/logo.svg" is this site's own address; it is written as a link within the site
                  → Link to the file instead: ../../../static/img/logo.svg (the build writes the address, so the link keeps working wherever the site is published).
                content/published.txt: info: no list of published URLs, so removed URLs cannot be caught
                  → Run 'build --update-published' once the site is live, and commit content/published.txt.
                """);
        assertThat(r.out()).isEqualTo("Checked 6 pages (nl 3, en 3): 0 errors, 0 warnings, 4 info, ok.\n");
        assertThat(r.exit()).as("a correct link is named, never failed").isZero();

        Path out = tmp.resolve("out");
        assertThat(TestCli.run("build", "-s", site.toString(), "-d", out.toString())
                        .exit())
                .isZero();
        assertThat(Files.readString(out.resolve("nieuws/bericht/index.html")))
                .contains(
                        "<a href=\"../../eisen/eis/#2-1\">vraag 2.1</a>",
                        "<a href=\"../../img/logo.svg\">het logo</a>",
                        "<a href=\"https://example.org/elders/\">elders</a>",
                        "<a href=\"https://example.com/campagne/eisen/eis/\">een ander</a>");
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
        TestCli.Run r = check(site);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("""
                content/nl/nieuws/bericht.md:4:5: error: link "https://example.org/campagne/eisen/weg/" leads to no page, alias or file of the site
                  → The nearest page is /eisen/eis/. Write the address as the site shows it (such as /eisen/eis/), or link to the page's .md file; files go in static/.
                Checked the site: 1 error, 0 warnings.
                """);

        TestSites.edit(site, "content/nl/nieuws/bericht.md", "eisen/weg/", "eisen/eis/#2-9");
        TestCli.Run anchor = check(site);
        assertThat(anchor.exit()).isEqualTo(1);
        assertThat(anchor.err()).isEqualTo("""
                content/nl/nieuws/bericht.md:4:5: error: link to a missing anchor #2-9 in content/nl/eisen/eis.md
                  → Did you mean "2-1"? Anchors are heading ids and {#id} attributes of the target page.
                content/nl/nieuws/bericht.md:4:5: info: link "https://example.org/campagne/eisen/eis/#2-9" is this site's own address; it is written as a link within the site
                  → Link to the page's file instead: ../eisen/eis.md#2-9 (the build writes the address, so the link keeps working wherever the site is published).
                Checked the site: 1 error, 0 warnings, 1 info.
                """);
    }

    @Test
    void aWebStyleLinkIsToldTheFileToLinkToComputedForItsPage() {
        Path site = site("""
                -- content/nl/nieuws/bericht.md --
                ---
                title: Bericht
                translationKey: bericht
                ---
                Zie [vraag 2.1](../eisen/eis/#2-1) en [het logo](../img/logo.png).
                -- content/en/updates/post.md --
                ---
                title: Post
                translationKey: bericht
                ---
                See [the demand](../demands/civic-space/) and [home](../).
                -- content/en/demands/space.md --
                ---
                title: Civic space
                slug: civic-space
                ---
                Text.
                """);
        TestCli.Run r = check(site);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("""
                content/en/updates/post.md:5:5: error: link to a missing file: ../demands/civic-space/ (content/en/demands/civic-space)
                  → Link to ../demands/space.md, the file of the page at that address: links go to the Markdown file, and the build writes its address.
                content/en/updates/post.md:5:47: error: link to a missing file: ../ (content/en)
                  → Link to ../_index.md, the file of the page at that address: links go to the Markdown file, and the build writes its address.
                content/nl/nieuws/bericht.md:5:5: error: link to a missing file: ../eisen/eis/#2-1 (content/nl/eisen/eis)
                  → Link to ../eisen/eis.md#2-1, the file of the page at that address: links go to the Markdown file, and the build writes its address.
                content/nl/nieuws/bericht.md:5:39: error: link to a missing file: ../img/logo.png (content/nl/img/logo.png)
                  → Link to a page's .md file, or put the file in static/ and link to it relative to this file.
                Checked the site: 4 errors, 0 warnings.
                """);
    }

    @Test
    void aLinkToAFileInAnotherFolderIsToldTheRightPath() {
        Path site = site("""
                -- content/nl/nieuws/bericht.md --
                ---
                title: Bericht
                ---
                Zie [vraag 2.1](eis.md#2-1) en [de eis](../../en/demands/eis.md).
                """);
        TestCli.Run r = check(site);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("""
                content/nl/nieuws/bericht.md:4:5: error: link to a missing page: eis.md#2-1 (content/nl/nieuws/eis.md)
                  → There is content/nl/eisen/eis.md: link to it as ../eisen/eis.md#2-1.
                content/nl/nieuws/bericht.md:4:32: error: link to a missing page: ../../en/demands/eis.md (content/en/demands/eis.md)
                  → There is content/nl/eisen/eis.md: link to it as ../eisen/eis.md.
                Checked the site: 2 errors, 0 warnings.
                """);
    }

    @Test
    void translationKeysThatAlmostMatchAreToldApartFromAMissingTranslation() {
        Path site = site("""
                -- content/published.txt --
                /
                /en/
                /eisen/eis/
                /eisen/eis/#2-1
                /en/demands/demand/
                /en/demands/demand/#2-1
                /nieuws/gesprek/
                /en/updates/meeting/
                /nieuws/alleen/
                /over/
                -- content/nl/nieuws/gesprek.md --
                ---
                title: Gesprek
                translationKey: update-kamer-gesprek
                ---
                Tekst.
                -- content/en/updates/meeting.md --
                ---
                title: Meeting
                translationKey: update-kamer-meeting
                ---
                Text.
                -- content/nl/nieuws/alleen.md --
                ---
                title: Alleen
                translationKey: alleen-nederlands
                ---
                Tekst.
                -- content/nl/over.md --
                ---
                title: Over
                ---
                Tekst.
                """);
        TestCli.Run r = check(site);
        assertThat(r.exit()).as("a missing translation blocks a change").isEqualTo(1);
        assertThat(r.err()).isEqualTo("""
                content/en/updates/meeting.md:3:1: warning: no Nederlands (nl) translation with translationKey "update-kamer-meeting"; content/nl/nieuws/gesprek.md has the nearly equal key "update-kamer-gesprek"
                  → If content/nl/nieuws/gesprek.md is this page's translation, give both pages the same translationKey.
                content/nl/nieuws/alleen.md:1:1: warning: no English (en) translation with translationKey "alleen-nederlands"
                  → Create content/en/… with 'translationKey: alleen-nederlands'; until then the language switch leads to the en home page.
                content/nl/nieuws/gesprek.md:3:1: warning: no English (en) translation with translationKey "update-kamer-gesprek"; content/en/updates/meeting.md has the nearly equal key "update-kamer-meeting"
                  → If content/en/updates/meeting.md is this page's translation, give both pages the same translationKey.
                content/nl/over.md:1:1: warning: no English (en) translation: this page has no translationKey, and there is no content/en/over.md
                  → Give this page and its translation the same 'translationKey:' line, or create the translation with 'new'; until then the language switch leads to the en home page.
                Checked 8 pages (nl 5, en 3): 0 errors, 4 warnings.
                """);
    }

    @Test
    void draftsFutureDatedPagesAndPagesNotYetPublishedAreNamedButNeverFail() throws IOException {
        Path site = site("""
                -- content/published.txt --
                /
                /en/
                /eisen/eis/
                /eisen/eis/#2-1
                /en/demands/demand/
                /en/demands/demand/#2-1
                -- content/nl/nieuws/concept.md --
                ---
                title: Concept
                translationKey: concept
                draft: true
                date: 2026-03-01
                ---
                -- content/nl/nieuws/later.md --
                ---
                title: Later
                translationKey: later
                date: 2999-12-24
                ---
                -- content/nl/nieuws/nieuw.md --
                ---
                title: Nieuw
                translationKey: nieuw
                ---
                -- content/en/updates/new.md --
                ---
                title: New
                translationKey: nieuw
                ---
                """);
        TestCli.Run r = check(site);
        assertThat(r.err()).isEqualTo("""
                content/en/updates/new.md:1:1: info: new page /en/updates/new/ is not yet in content/published.txt
                  → Once it is published, record it with 'java -jar target/bmo-site.jar build --update-published' and commit content/published.txt, so that check reports it if its address ever disappears.
                content/nl/nieuws/concept.md: info: draft: not published
                  → It is published by the first build after you remove 'draft: true' (it is dated 2026-03-01); 'serve --drafts' shows it now.
                content/nl/nieuws/later.md: info: dated 2999-12-24, in the future: not published until then
                  → It appears with the first build on or after 2999-12-24; nothing publishes it by itself on that day, so someone has to run the build then. 'serve --drafts' shows it now.
                content/nl/nieuws/nieuw.md:1:1: info: new page /nieuws/nieuw/ is not yet in content/published.txt
                  → Once it is published, record it with 'java -jar target/bmo-site.jar build --update-published' and commit content/published.txt, so that check reports it if its address ever disappears.
                """);
        assertThat(r.out()).isEqualTo("Checked 6 pages (nl 3, en 3): 0 errors, 0 warnings, 4 info, ok.\n");
        assertThat(r.exit()).isZero();

        TestCli.Run github = check(site, "--format", "github");
        assertThat(github.out())
                .startsWith(
                        "::notice file=content/en/updates/new.md,line=1,col=1,title=bmo-site::new page /en/updates/new/"
                                + " is not yet in content/published.txt%0AOnce it is published, record it with");
        assertThat(github.exit()).isZero();

        assertThat(TestCli.run(
                                "build",
                                "-s",
                                site.toString(),
                                "-d",
                                tmp.resolve("out").toString(),
                                "--update-published")
                        .exit())
                .isZero();
        TestCli.Run recorded = check(site);
        assertThat(recorded.out())
                .doesNotContain("not yet in content/published.txt")
                .contains("0 errors, 0 warnings, 2 info, ok.");
    }
}
