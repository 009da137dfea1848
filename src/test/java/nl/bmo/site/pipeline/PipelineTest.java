package nl.bmo.site.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestSites;
import nl.bmo.site.model.OutputPath;
import nl.bmo.site.render.RenderOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's incremental runs on the preview fixture: each must give exactly the files a fresh full build gives,
 * and redo only what the edit affects. {@link IncrementalEquivalenceTest} runs a fixed list of edits on every fixture
 * site and the real site.
 */
class PipelineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-06T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private BuildOptions options;
    private Pipeline session;

    @BeforeEach
    void setUp() {
        TestSites.copy("serve-basic", root);
        options = new BuildOptions(root, Optional.empty(), false, new RenderOptions(true, true));
        session = Pipeline.inMemory(CLOCK, options);
    }

    @Test
    void firstBuildEqualsAFullBuild() {
        Rebuild r = session.build();
        assertThat(r.full()).isTrue();
        assertSameAsFullBuild(r);
    }

    @Test
    void bodyEditRendersOnlyThatPage() {
        session.build();
        TestSites.edit(root, "content/nl/brief.md", "Eerste versie", "Tweede versie");
        Rebuild r = session.update(List.of(root.resolve("content/nl/brief.md")));
        assertThat(r.full()).isFalse();
        assertThat(r.rendered()).as("no other page shows its text").isEqualTo(1);
        assertThat(paths(r)).containsExactly("brief/index.html");
        assertThat(text(r, "brief/index.html")).contains("Tweede versie");
        assertSameAsFullBuild(r);
    }

    @Test
    void rehearsalRendersAgainButChangesNothingAndMissesNoSave() {
        Rebuild first = session.build();
        for (int i = 0; i < 30; i++) { // more than the site has pages: every page at least once
            Rebuild rehearsal = session.rehearse();
            assertThat(rehearsal.rendered())
                    .as("the rehearsed page is rendered again")
                    .isPositive();
            assertThat(rehearsal.changed()).isEmpty();
        }
        assertThat(texts(session.last().orElseThrow())).isEqualTo(texts(first.result()));
        // a save made before a rehearsal is not read by it, so the next update still sees (and reports) the change
        TestSites.edit(root, "content/nl/brief.md", "Eerste versie", "Tweede versie");
        session.rehearse();
        assertThat(texts(session.last().orElseThrow()).get("brief/index.html")).contains("Eerste versie");
        Rebuild r = session.update(List.of(root.resolve("content/nl/brief.md")));
        assertThat(paths(r)).containsExactly("brief/index.html");
        assertSameAsFullBuild(r);
    }

    @Test
    void aPageEditedIntoADraftOrTheFutureLeavesTheSiteAsAFullBuildWould() {
        session.build();
        Path letter = root.resolve("content/en/letter.md");
        TestSites.edit(root, "content/en/letter.md", "title: The letter", "title: The letter\ndraft: true");
        Rebuild draft = session.update(List.of(letter));
        assertThat(texts(draft.result())).doesNotContainKey("en/letter/index.html");
        assertSameAsFullBuild(draft);
        TestSites.edit(root, "content/en/letter.md", "draft: true", "date: 2099-01-01");
        Rebuild future = session.update(List.of(letter));
        assertThat(texts(future.result())).doesNotContainKey("en/letter/index.html");
        assertSameAsFullBuild(future);
        TestSites.edit(root, "content/en/letter.md", "date: 2099-01-01", "date: 2026-01-01");
        Rebuild back = session.update(List.of(letter));
        assertThat(texts(back.result())).containsKey("en/letter/index.html");
        assertSameAsFullBuild(back);
    }

    @Test
    void titleEditRendersTheListsAndMenusAgain() {
        session.build();
        TestSites.edit(root, "content/nl/brief.md", "title: De brief", "title: Onze brief");
        Rebuild r = session.update(List.of(Path.of("content/nl/brief.md")));
        assertThat(r.full()).isFalse();
        assertThat(paths(r)).contains("brief/index.html", "index.html");
        assertThat(text(r, "index.html")).contains("Onze brief");
        assertSameAsFullBuild(r);
    }

    @Test
    void slugChangeMovesThePageAndRendersWhatLinksToIt() {
        session.build();
        TestSites.edit(root, "content/nl/brief.md", "summary:", "slug: de-brief\nsummary:");
        Rebuild r = session.update(List.of(root.resolve("content/nl/brief.md")));
        assertThat(r.full()).isFalse();
        assertThat(paths(r)).contains("brief/index.html", "de-brief/index.html", "en/letter/index.html");
        assertSameAsFullBuild(r);
    }

    @Test
    void templateChangeCompilesOnlyThatTemplateAndRendersEveryPage() {
        Rebuild first = session.build();
        TestSites.edit(root, "themes/mini/templates/layouts/page.ftlh", "<h1>", "<h1 class=\"title\">");
        Rebuild r = session.update(List.of(root.resolve("themes/mini/templates/layouts/page.ftlh")));
        assertThat(session.templatesCompiledLastRun()).isEqualTo(1);
        assertThat(r.rendered()).isEqualTo(first.rendered());
        assertThat(paths(r)).containsExactly("brief/index.html", "en/letter/index.html");
        assertSameAsFullBuild(r);
    }

    @Test
    void newAndRemovedPages() throws IOException {
        session.build();
        Path added = root.resolve("content/en/about.md");
        Files.writeString(added, "---\ntitle: About\n---\n\nAbout us.\n");
        Rebuild r = session.update(List.of(added));
        assertSameAsFullBuild(r);
        assertThat(paths(r)).contains("en/about/index.html");
        Files.delete(added);
        r = session.update(List.of(added));
        assertThat(paths(r)).contains("en/about/index.html");
        assertThat(r.result().files()).extracting(f -> f.path().value()).doesNotContain("en/about/index.html");
        assertSameAsFullBuild(r);
    }

    @Test
    void saveWithoutChangeChangesNothing() {
        session.build();
        TestSites.edit(root, "content/nl/brief.md", "De brief", "De brief");
        Rebuild r = session.update(List.of(root.resolve("content/nl/brief.md")));
        assertThat(r.isUnchanged()).isTrue();
        assertThat(session.update(List.of(root.resolve("content/nl/.brief.md.swp")))
                        .isUnchanged())
                .isTrue();
    }

    @Test
    void brokenEditThrowsAndStaysPendingUntilFixed() {
        session.build();
        TestSites.edit(root, "content/nl/brief.md", "title: De brief", "titel: De brief");
        assertThatThrownBy(() -> session.update(List.of(root.resolve("content/nl/brief.md"))))
                .isInstanceOf(SiteException.class)
                .hasMessageContaining("content/nl/brief.md:")
                .hasMessageContaining("unknown front matter field \"titel\"");
        TestSites.edit(root, "content/en/letter.md", "First version", "Second version");
        assertThatThrownBy(() -> session.update(List.of(root.resolve("content/en/letter.md"))))
                .as("the broken page is still broken, whichever file is saved next")
                .isInstanceOf(SiteException.class);
        TestSites.edit(root, "content/nl/brief.md", "titel: De brief", "title: De brief");
        Rebuild r = session.update(List.of(root.resolve("content/nl/brief.md")));
        assertThat(text(r, "en/letter/index.html")).contains("Second version");
        assertSameAsFullBuild(r);
    }

    @Test
    void removedHeadingBreaksTheAnchorLinkOfAnotherPage() {
        session.build();
        TestSites.edit(root, "content/nl/brief.md", "## Inleiding", "## Begin");
        assertThatThrownBy(() -> session.update(List.of(root.resolve("content/nl/brief.md"))))
                .isInstanceOf(SiteException.class)
                .hasMessageContaining("content/en/letter.md:")
                .hasMessageContaining("link to a missing anchor #inleiding in content/nl/brief.md");
    }

    @Test
    void aTrackerEditRendersEveryPageAndAnAskEditReachesTheScorecard(@TempDir Path other) {
        TestSites.copyTree(TestSites.resource("tracker-site"), other);
        BuildOptions o = new BuildOptions(other, Optional.empty(), false, new RenderOptions(false, false));
        Pipeline s = Pipeline.inMemory(CLOCK, o);
        s.build();
        TestSites.edit(
                other,
                "data/tracker.yaml",
                "  2-2: []",
                "  2-2:\n    - status: adopted\n      date: 2026-04-01\n      source:\n"
                        + "        title: \"Akkoord\"\n        url: https://www.example.org/a\n      explanation:\n    "
                        + "    nl: \"Ja.\"\n        en: \"Yes.\"");
        Rebuild r = s.update(List.of(other.resolve("data/tracker.yaml")));
        assertThat(r.full()).isTrue();
        assertThat(text(r, "en/scorecard/index.html")).contains("2 of 4 asks adopted");
        assertThat(text(r, "en/tracker.json")).contains("\"updated\": \"2026-04-01\"");
        TestSites.edit(other, "content/en/demands/two.md", "Do the fourth thing.", "Do the fourth thing now.");
        Rebuild edit = s.update(List.of(other.resolve("content/en/demands/two.md")));
        assertThat(edit.full()).isFalse();
        assertThat(text(edit, "en/scorecard/index.html")).contains("Do the fourth thing now.");
        assertThat(texts(edit.result()))
                .isEqualTo(texts(Pipeline.inMemory(CLOCK, o).build().result()));
    }

    private void assertSameAsFullBuild(Rebuild r) {
        assertThat(texts(r.result()))
                .isEqualTo(texts(Pipeline.inMemory(CLOCK, options).build().result()));
    }

    private static Map<String, String> texts(BuildResult result) {
        Map<String, String> out = new TreeMap<>();
        result.files().forEach(f -> out.put(f.path().value(), new String(f.bytes(), StandardCharsets.UTF_8)));
        return out;
    }

    /** The plain paths that changed, for readable assertions. */
    private static List<String> paths(Rebuild r) {
        return r.changed().stream().map(OutputPath::value).toList();
    }

    private static String text(Rebuild r, String path) {
        return texts(r.result()).get(path);
    }
}
