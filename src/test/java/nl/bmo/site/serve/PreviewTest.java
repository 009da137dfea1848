package nl.bmo.site.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.bmo.site.Problem;
import nl.bmo.site.TestSites;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.Rebuild;
import nl.bmo.site.render.RenderOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview in-process on a free port: HTTP answers, and a reload after every save. */
class PreviewTest {
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    Path root;
    Preview preview;
    URI base;
    final List<Rebuild> built = new CopyOnWriteArrayList<>();
    final List<List<Problem>> failed = new CopyOnWriteArrayList<>();
    final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        root = TestSites.copy("serve-basic", Files.createDirectory(temp.resolve("site")));
        preview = start(root);
        base = preview.address();
    }

    Preview start(Path site) throws IOException {
        BuildOptions build = new BuildOptions(site, Optional.empty(), false, new RenderOptions(true, true));
        return Preview.start(
                new PreviewOptions(build, InetAddress.getLoopbackAddress(), 0, PreviewOptions.DEFAULT_QUIET),
                Clock.systemUTC(),
                new Preview.Listener() {
                    @Override
                    public void built(Rebuild rebuild) {
                        built.add(rebuild);
                    }

                    @Override
                    public void failed(List<Problem> problems) {
                        failed.add(problems);
                    }

                    @Override
                    public void crashed(RuntimeException e) {
                        throw new AssertionError("the preview crashed", e);
                    }
                });
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheSiteUnderTheBaseUrlsPath() throws Exception {
        assertThat(base.getPath()).isEqualTo("/campaign/");
        HttpResponse<String> home = get("");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains("<h1>Welkom</h1>", "<script src=\"__bmo/reload.js\" defer></script>");
        assertThat(get("en/letter/").body())
                .contains("<h1>The letter</h1>", "<script src=\"../../__bmo/reload.js\" defer>");
        assertThat(get("sitemap.xml").headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
        HttpResponse<String> js = get("__bmo/reload.js");
        assertThat(js.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(js.body()).contains("EventSource");
    }

    @Test
    void showsTheTranslationStatusAtAPageOfThePreviewOnly() throws Exception {
        assertThat(preview.translationsAddress().toString()).endsWith("/campaign/__bmo/translations");
        HttpResponse<String> page = get("__bmo/translations");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "<h1>Translations</h1>",
                        "<code>letter</code>",
                        "<code>content/en/letter.md</code>",
                        "class=\"bmo-serve-tr--not-recorded\">not recorded",
                        "__bmo/reload.js");
        assertThat(built.get(0).result().files())
                .noneMatch(f -> f.path().value().contains("__bmo"));

        try (EventStream events = new EventStream(base.resolve("__bmo/events"))) {
            events.next("hello", WAIT);
            TestSites.edit(root, "content/en/letter.md", "translationKey: letter", "translationKey: letter-en");
            events.next("reload", WAIT);
            assertThat(get("__bmo/translations").body()).contains("<code>letter-en</code>", "bmo-serve-tr--missing");
        }
    }

    @Test
    void redirectsToTheSubPathAndToFolders() throws Exception {
        HttpResponse<String> root = get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValue("/campaign/");
        HttpResponse<String> folder = get("en");
        assertThat(folder.statusCode()).isEqualTo(301);
        assertThat(folder.headers().firstValue("Location")).hasValue("/campaign/en/");
    }

    @Test
    void answersMissesWithThe404PageAndOtherMethodsWith405() throws Exception {
        HttpResponse<String> miss = get("nope/");
        assertThat(miss.statusCode()).isEqualTo(404);
        assertThat(miss.body()).contains("Pagina niet gevonden");
        assertThat(get("/elsewhere/").statusCode()).isEqualTo(404);
        HttpResponse<String> post = client.send(
                HttpRequest.newBuilder(base)
                        .POST(HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        HttpResponse<String> head = client.send(
                HttpRequest.newBuilder(base)
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length"))
                .hasValueSatisfying(n -> assertThat(Integer.parseInt(n)).isPositive());
    }

    @Test
    void bodyEditChangesThePageAndSendsAReloadForIt() throws Exception {
        try (EventStream events = new EventStream(base.resolve("__bmo/events"))) {
            events.next("hello", WAIT);
            TestSites.edit(root, "content/nl/brief.md", "Eerste versie", "Tweede versie");
            EventStream.Event reload = events.next("reload", WAIT);
            assertThat(reload.data())
                    .contains("\"all\":false", "\"/campaign/brief/\"")
                    .doesNotContain("/campaign/en/");
            assertThat(get("brief/").body()).contains("Tweede versie");
            assertThat(built.get(built.size() - 1).full()).isFalse();
        }
    }

    @Test
    void rehearsesEditsWhileIdleWithoutReloadingAndThenServesSaves() throws Exception {
        try (EventStream events = new EventStream(base.resolve("__bmo/events"))) {
            events.next("hello", WAIT);
            preview.rehearsed().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(built)
                    .as("rehearsals are not builds the listener hears of")
                    .hasSize(1);
            TestSites.edit(root, "content/nl/brief.md", "Eerste versie", "Tweede versie");
            EventStream.Event reload = events.next("reload", WAIT);
            assertThat(reload.data())
                    .as("the first event after the rehearsals is the save's reload")
                    .contains("\"/campaign/brief/\"");
            assertThat(get("brief/").body()).contains("Tweede versie");
        }
    }

    @Test
    void buildErrorShowsTheOverlayUntilTheNextGoodSave() throws Exception {
        try (EventStream events = new EventStream(base.resolve("__bmo/events"))) {
            events.next("hello", WAIT);
            TestSites.edit(root, "content/en/letter.md", "title: The letter", "title: The <letter>\nlayout: pgae");
            assertThat(events.next("reload", WAIT).data()).contains("\"all\":true");
            HttpResponse<String> overlay = get("en/letter/");
            assertThat(overlay.statusCode()).isEqualTo(500);
            assertThat(overlay.body())
                    .contains("<code>content/en/letter.md:3:1</code>: error: unknown layout &quot;pgae&quot;")
                    .contains("Did you mean &quot;page&quot;?")
                    .contains("__bmo/reload.js")
                    .doesNotContain("<letter>");
            assertThat(get("brief/").statusCode())
                    .as("every page shows the problems")
                    .isEqualTo(500);
            assertThat(failed).hasSize(1);

            TestSites.edit(root, "content/en/letter.md", "layout: pgae", "layout: page");
            assertThat(events.next("reload", WAIT).data()).contains("\"all\":true");
            HttpResponse<String> back = get("en/letter/");
            assertThat(back.statusCode()).isEqualTo(200);
            assertThat(back.body()).contains("The &lt;letter&gt;");
        }
    }

    @Test
    void theOverlayShowsTheLineOfEachProblem() throws Exception {
        try (EventStream events = new EventStream(base.resolve("__bmo/events"))) {
            events.next("hello", WAIT);
            TestSites.edit(
                    root, "content/en/letter.md", "First version", "A [link](java&#115;cript:alert(1)). First version");
            events.next("reload", WAIT);
            assertThat(get("en/letter/").body())
                    .contains("<code>content/en/letter.md:9:3</code>: error: &quot;javascript:&quot; links are not "
                            + "allowed");
            TestSites.edit(root, "content/en/letter.md", "A [link](java&#115;cript:alert(1)). ", "");
            events.next("reload", WAIT);
            assertThat(get("en/letter/").statusCode()).isEqualTo(200);

            TestSites.edit(root, "content/site.yaml", "defaultLanguage: nl", "defaultLanguage: de");
            events.next("reload", WAIT);
            assertThat(get("en/letter/").body())
                    .contains("<code>content/site.yaml:4:18</code>: error: the default language &quot;de&quot;");
            TestSites.edit(root, "content/site.yaml", "defaultLanguage: de", "defaultLanguage: nl");
            TestSites.edit(root, "content/nl/brief.md", "---\n", "---\nsummary:\n\tmet tab\n");
            events.next("reload", WAIT);
            assertThat(get("en/letter/").body())
                    .contains("<code>content/nl/brief.md:3:1</code>: error: invalid YAML in the front matter: a tab");
        }
    }

    @Test
    void templateChangeRebuildsEverything() throws Exception {
        try (EventStream events = new EventStream(base.resolve("__bmo/events"))) {
            events.next("hello", WAIT);
            TestSites.edit(root, "themes/mini/templates/layouts/base.ftlh", "<main>", "<main class=\"changed\">");
            assertThat(events.next("reload", WAIT).data()).contains("/campaign/", "/campaign/en/letter/");
            assertThat(get("en/").body()).contains("<main class=\"changed\">");
            assertThat(built.get(built.size() - 1).full()).isTrue();
        }
    }

    @Test
    void pagesInNewFoldersAreSeen() throws Exception {
        try (EventStream events = new EventStream(base.resolve("__bmo/events"))) {
            events.next("hello", WAIT);
            Path folder = Files.createDirectories(root.resolve("content/en/news"));
            Files.writeString(folder.resolve("first.md"), "---\ntitle: First news\n---\n\nNews.\n");
            long end = System.nanoTime() + WAIT.toNanos();
            while (get("en/news/first/").statusCode() != 200 && System.nanoTime() < end) events.next("reload", WAIT);
            assertThat(get("en/news/first/").body()).contains("First news");
            Files.writeString(folder.resolve("first.md"), "---\ntitle: First news\n---\n\nNews, edited.\n");
            assertThat(events.next("reload", WAIT).data()).contains("/campaign/en/news/first/");
            assertThat(get("en/news/first/").body()).contains("News, edited.");
        }
    }

    @Test
    void startsWithABrokenSiteAndRecovers() throws Exception {
        preview.close();
        TestSites.edit(root, "content/site.yaml", "theme: mini", "theme: mini\nunknown: 1");
        preview = start(root);
        base = preview.address();
        assertThat(base.getPath()).isEqualTo("/");
        try (EventStream events = new EventStream(base.resolve("__bmo/events"))) {
            events.next("hello", WAIT);
            HttpResponse<String> overlay = get("/");
            assertThat(overlay.statusCode()).isEqualTo(500);
            assertThat(overlay.body()).contains("content/site.yaml");
            TestSites.edit(root, "content/site.yaml", "\nunknown: 1", "");
            events.next("reload", WAIT);
            assertThat(get("/").headers().firstValue("Location")).hasValue("/campaign/");
            assertThat(get("/campaign/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aThemeThatDoesNotCompileStillGetsThePageOfProblems() throws Exception {
        preview.close();
        TestSites.edit(root, "themes/mini/templates/layouts/base.ftlh", "<main>", "<main><#if page.title>");
        preview = start(root);
        base = preview.address();
        try (EventStream events = new EventStream(base.resolve("__bmo/events"))) {
            events.next("hello", WAIT);
            HttpResponse<String> overlay = get("/");
            assertThat(overlay.statusCode()).isEqualTo(500);
            assertThat(overlay.body())
                    .contains(
                            "<title>Build failed: 1 error</title>",
                            "<code>themes/mini/templates/layouts/base.ftlh:",
                            "error: template syntax error",
                            "<script src=\"/__bmo/reload.js\" defer></script>");
            TestSites.edit(root, "themes/mini/templates/layouts/base.ftlh", "<main><#if page.title>", "<main>");
            events.next("reload", WAIT);
            assertThat(get("/campaign/").statusCode()).isEqualTo(200);

            TestSites.edit(root, "themes/mini/templates/layouts/base.ftlh", "<main>", "<main>${nothing}");
            events.next("reload", WAIT);
            HttpResponse<String> again = get("/campaign/en/");
            assertThat(again.statusCode()).isEqualTo(500);
            assertThat(again.body())
                    .contains(
                            "<code>themes/mini/templates/layouts/base.ftlh:",
                            "nothing",
                            "<script src=\"/campaign/__bmo/reload.js\" defer></script>");
        }
    }

    @Test
    void leavesNothingBehindInTheSiteFolder() throws Exception {
        get("");
        preview.close();
        try (Stream<Path> walk = Files.walk(temp)) {
            assertThat(walk.map(p -> temp.relativize(p).toString())
                            .filter(p -> p.contains("staging") || p.contains("public") || p.startsWith("site/target")))
                    .isEmpty();
        }
    }
}
