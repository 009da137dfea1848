package nl.bmo.site.build;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.config.ConfigLoader;
import nl.bmo.site.config.ThemeLoader;
import nl.bmo.site.content.ContentLoader;
import nl.bmo.site.data.DataLoader;
import nl.bmo.site.i18n.MessagesLoader;
import nl.bmo.site.markdown.LinkTargets;
import nl.bmo.site.markdown.MarkdownRenderer;
import nl.bmo.site.model.Assets;
import nl.bmo.site.model.Content;
import nl.bmo.site.model.ContentLink;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.Theme;
import nl.bmo.site.model.UiStrings;
import nl.bmo.site.output.Extras;
import nl.bmo.site.output.ShareImages;
import nl.bmo.site.output.StaticAssets;
import nl.bmo.site.render.RenderOptions;
import nl.bmo.site.render.TemplateRenderer;
import nl.bmo.site.site.SiteAssembler;
import nl.bmo.site.yaml.YamlReader;

/**
 * Builds a site in memory: config → content → site model → markdown → templates → extra files. Each stage collects
 * all of its problems; the build stops after the first stage that found an error. Writes nothing.
 */
public final class SiteBuilder {
    private final Clock clock;
    private final YamlReader yaml = new YamlReader();

    public SiteBuilder(Clock clock) {
        this.clock = clock;
    }

    public BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        SiteConfig config = loadConfig(yaml, options);
        Theme theme = new ThemeLoader(yaml).load(config);
        UiStrings strings = new MessagesLoader(yaml).load(config, theme);
        Content content = new ContentLoader(yaml, clock).load(config, options.drafts());
        SiteAssembler.Result assembled = new SiteAssembler().assemble(config, theme, content.files());
        Assets assets = new StaticAssets().collect(config, theme);
        SiteModel site = new DataLoader(yaml).load(renderMarkdown(assembled.site(), markdownRenderers(config, strings), assets), strings);

        RenderOptions render = renderOptions(options, theme);
        TemplateRenderer templates = new TemplateRenderer(site, strings, assets, render);
        List<OutputFile> files = new ArrayList<>(templates.render(site.pages()));
        files.add(templates.renderNotFound());
        files.addAll(new Extras().render(site));
        files.addAll(assets.files());
        if (render.shareImages()) files.addAll(new ShareImages(theme).render(site));
        return result(site, strings, files, content, assembled.warnings(), start);
    }

    /** {@code content/site.yaml}, with the base URL of the options when they give one. */
    static SiteConfig loadConfig(YamlReader yaml, BuildOptions options) {
        SiteConfig config = new ConfigLoader(yaml).load(options.source());
        return options.baseUrl().isPresent() ? withBaseUrl(config, options.baseUrl().get()) : config;
    }

    /** The options' rendering, with share images only when the theme can draw them. */
    static RenderOptions renderOptions(BuildOptions options, Theme theme) {
        boolean shareImages = options.render().shareImages() && theme.shareImage().isPresent();
        return new RenderOptions(options.render().liveReload(), shareImages);
    }

    /** Sorts the files and sums up the build. */
    static BuildResult result(SiteModel site, UiStrings strings, List<OutputFile> files, Content content, List<Problem> assemblyWarnings, long start) {
        List<OutputFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(OutputFile::path));
        List<Problem> warnings = new ArrayList<>(content.warnings());
        warnings.addAll(assemblyWarnings);
        Collections.sort(warnings);
        Map<String, Integer> perLanguage = new LinkedHashMap<>();
        for (Language l : site.config().languages()) perLanguage.put(l.code(), site.pages(l.code()).size());
        return new BuildResult(site, strings, sorted, warnings, perLanguage, content.skippedDrafts(), content.skippedFuture(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static SiteConfig withBaseUrl(SiteConfig config, String url) {
        String problem = ConfigLoader.baseUrlProblem(url);
        if (problem != null) {
            throw SiteException.at(SourcePosition.of("--base-url"), problem, "Give an absolute address such as https://example.org/campaign/.");
        }
        return config.withBaseUrl(url);
    }

    /** Renders every page's Markdown in parallel, then checks that every link to an anchor finds it. */
    static SiteModel renderMarkdown(SiteModel site, Map<String, MarkdownRenderer> renderers, Assets assets) {
        LinkTargets targets = linkTargets(site, assets);
        List<Page> pages = site.pages().parallelStream()
                .map(p -> p.withContent(renderers.get(p.lang()).render(p.source(), p.path(), targets)))
                .toList();
        List<Problem> problems = new ArrayList<>();
        pages.forEach(p -> problems.addAll(p.content().problems()));
        SiteException.throwIfErrors(problems);
        SiteModel rendered = new SiteModel(site.config(), site.theme(), pages);
        checkAnchors(rendered, problems);
        return rendered;
    }

    /** One Markdown renderer per language: built once, thread-safe. */
    static Map<String, MarkdownRenderer> markdownRenderers(SiteConfig config, UiStrings strings) {
        Map<String, MarkdownRenderer> renderers = new LinkedHashMap<>();
        for (Language l : config.languages()) {
            renderers.put(l.code(), new MarkdownRenderer(l, strings.get(l.code(), "permalink.label").orElse("Link {0}")));
        }
        return renderers;
    }

    /** The pages and static files that Markdown links may point at. */
    static LinkTargets linkTargets(SiteModel site, Assets assets) {
        return new LinkTargets() {
            @Override
            public Optional<String> pagePath(String sourcePath) {
                return site.bySource(sourcePath).map(Page::path);
            }

            @Override
            public boolean hasStaticFile(String path) {
                return assets.outputPath(path).map(path::equals).orElse(false);
            }
        };
    }

    /** Adds a problem for every link to an anchor that its target page does not have, then throws if any. */
    static void checkAnchors(SiteModel rendered, List<Problem> problems) {
        for (Page p : rendered.pages()) {
            for (ContentLink link : p.content().links()) {
                if (link.fragment().isEmpty()) continue;
                Page target = rendered.bySource(link.target()).orElseThrow();
                if (!target.content().ids().contains(link.fragment())) {
                    problems.add(Problem.error(link.where(), "link to a missing anchor #" + link.fragment() + " in " + link.target(),
                            nl.bmo.site.Suggestion.didYouMean(link.fragment(), target.content().ids())
                                    + "Anchors are heading ids and {#id} attributes of the target page."));
                }
            }
        }
        SiteException.throwIfErrors(problems);
    }
}
