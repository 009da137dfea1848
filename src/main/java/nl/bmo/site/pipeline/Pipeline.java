package nl.bmo.site.pipeline;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import nl.bmo.site.Message;
import nl.bmo.site.Messages;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.Suggestion;
import nl.bmo.site.assembly.SiteAssembler;
import nl.bmo.site.check.PublishedUrls;
import nl.bmo.site.config.ConfigLoader;
import nl.bmo.site.config.ThemeLoader;
import nl.bmo.site.content.ContentLoader;
import nl.bmo.site.data.DataLoader;
import nl.bmo.site.i18n.MessagesLoader;
import nl.bmo.site.markdown.LinkTargets;
import nl.bmo.site.markdown.MarkdownParser;
import nl.bmo.site.markdown.MarkdownRenderer;
import nl.bmo.site.model.Assets;
import nl.bmo.site.model.Content;
import nl.bmo.site.model.ContentFile;
import nl.bmo.site.model.ContentLink;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.OutputPath;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.RenderedMarkdown;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.SiteData;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.SitePath;
import nl.bmo.site.model.SourceFile;
import nl.bmo.site.model.SourcePath;
import nl.bmo.site.model.Theme;
import nl.bmo.site.model.UiStrings;
import nl.bmo.site.output.StaticAssets;
import nl.bmo.site.output.TrackerFiles;
import nl.bmo.site.render.Dependencies;
import nl.bmo.site.render.MarkupTemplates;
import nl.bmo.site.render.PreviewPages;
import nl.bmo.site.render.RenderOptions;
import nl.bmo.site.render.SiteFiles;
import nl.bmo.site.render.TemplateRenderer;
import nl.bmo.site.render.Templates;
import nl.bmo.site.translation.StatusReport;
import nl.bmo.site.yaml.YamlReader;

/**
 * The one build path: config → theme, strings, static files → content → site model → Markdown → data files → templates
 * → the files besides pages (sitemap, feeds, redirects…) and share images. {@code build}, {@code check} and
 * {@code serve} all run it.
 *
 * <p>Each stage keeps its results, with what they were made from, and a run redoes only the results whose inputs
 * changed. A full build is a run with an empty cache; {@link #update} marks the files that changed and runs again. What
 * an edit invalidates is decided from recorded dependencies, never guessed:
 *
 * <ul>
 *   <li>a content file is read and parsed again only when it changed; the tree is walked again only when files appeared
 *       or disappeared;
 *   <li>a page's Markdown is rendered again when its source or URL changed, or when a link in it now resolves
 *       differently (each link lookup is recorded with its answer);
 *   <li>the data files ({@code data/*.yaml}) are read on every run (they are few and small);
 *   <li>a page goes through the templates again when it changed, when the templates, strings, configuration, data files
 *       or static files changed, or when any question its templates asked about other pages (the section's children,
 *       the page with a translation key, a home…) now gets a different answer;
 *   <li>a template edit compiles only that template again;
 *   <li>a share image is drawn only when its inputs changed ({@link ShareImageCache}, also on disk between runs).
 * </ul>
 *
 * <p>The stages collect all of their problems and the run stops after the first stage with an error; a failed run
 * leaves the last good result in place, and the changes it tried are tried again with the next run. Runs are
 * serialised. In streaming mode ({@link #streaming}) every output file goes to a consumer as soon as it exists and
 * nothing is kept; that mode builds once.
 */
public final class Pipeline {
    private final Clock clock;
    private final BuildOptions options;
    private final Consumer<OutputFile> sink;
    private final YamlReader yaml = new YamlReader();
    private final ShareImageCache shareImageCache;
    private final MarkdownCache markdownCache;

    // What changed since the last good run. Everything is dirty before the first run.
    private boolean configDirty = true;
    private boolean themeDirty = true;
    private boolean staticDirty = true;
    private boolean treeDirty = true;
    private final Set<String> dirtyContent = new TreeSet<>();

    // The stages' results.
    private SiteConfig config;
    private Theme theme;
    private Templates templates;
    private UiStrings strings;
    private Assets assets;
    private Map<String, MarkdownRenderer> renderers;
    /** Per language, the digest of what its renderer makes HTML from, for {@link #markdownCache}; empty without one. */
    private Map<String, String> rendererKeys = Map.of();
    /** The Markdown parsers per language, for the renderers and for parsing early (see {@link #parseEarly}). */
    private Map<String, MarkdownParser> parsers;
    /** Bodies parsed while the theme loaded, by source file (identity); used up by the Markdown stage. */
    private Map<SourceFile, MarkdownParser.Parsed> parsedEarly = Map.of();
    /**
     * Renderings kept by an earlier build, read while the theme loaded, by source file (identity); used up likewise.
     */
    private Map<SourceFile, MarkdownCache.Entry> keptEarly = Map.of();
    /** Set when the theme stage is done, so that parsing early stops. */
    private volatile boolean themeStageDone;
    /** At most this many bodies are parsed early: their documents wait in memory for the Markdown stage. */
    private static final int EARLY_PARSE_LIMIT = 500;

    private ContentLoader.Scan scan;
    private Set<String> scanPaths = Set.of();
    private final ConcurrentMap<String, ContentFile> parsed = new ConcurrentHashMap<>();
    private final ConcurrentMap<SourcePath, MarkdownEntry> markdown = new ConcurrentHashMap<>();
    private final ConcurrentMap<SourcePath, RenderEntry> rendered = new ConcurrentHashMap<>();
    private RenderEntry notFound;
    private RenderInputs renderInputs;
    private SiteData renderData;

    /** What assembly was made from, and its result: reused while only page bodies change. */
    private AssemblyInputs assembledFrom;
    /** For each assembled page, the position of its file in the content it was assembled from. */
    private int[] contentOfPage;

    private SiteAssembler.Result assembledResult;
    private boolean assemblyReused;
    /** The pages whose Markdown this run rendered again (a list: hashing a page would hash its whole text). */
    private final List<Page> changedContent = new ArrayList<>();

    private List<OutputFile> siteFilesCache;
    private int siteFilesTemplates;
    private Assets markdownAssets;
    private boolean dataChanged;

    /** The last good result (files only when kept). */
    private BuildResult last;
    /** The last content read, the configuration and day it was read with, and each file's position in it. */
    private Content lastContent;

    private SiteConfig contentConfig;
    private LocalDate contentDay;
    private Map<String, Integer> contentIndex = Map.of();

    private int rehearsals;
    private Map<OutputPath, OutputFile> lastFiles = new HashMap<>();
    /**
     * The renderings of the last run's pages, by their place in the site model: while the assembly is reused the places
     * are the same, so a page finds its rendering without a lookup by path. Null when not valid.
     */
    private RenderEntry[] renderedSlots;
    /** The Markdown results of the last run's pages by their place, like {@link #renderedSlots}. */
    private MarkdownEntry[] markdownSlots;
    /** The link targets of the last run's Markdown stage. */
    private LinkTargets markdownTargets;

    private boolean streamed;
    private int compiledLastRun;

    /** Wall time per stage, for {@code --verbose}. */
    private static final class Stopwatch {
        private final Map<String, Duration> laps = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String stage) {
            long now = System.nanoTime();
            laps.put(stage, Duration.ofNanos(now - last));
            last = now;
        }

        Map<String, Duration> laps() {
            return laps;
        }
    }

    /** A page's Markdown: kept with what it was made from, the assembled page it was for and the page it made. */
    private record MarkdownEntry(
            SourceFile source,
            SitePath path,
            MarkdownRenderer renderer,
            RecordedTargets.Lookups lookups,
            RenderedMarkdown result,
            Page from,
            Page made) {
        MarkdownEntry with(Page from, Page made) {
            return new MarkdownEntry(source, path, renderer, lookups, result, from, made);
        }
    }

    /** A page through the templates: kept with what it was made from. {@code file} is null when streamed. */
    private record RenderEntry(Page page, RenderInputs inputs, Dependencies dependencies, OutputFile file) {}

    /** Everything every page's rendering depends on besides its own page and its recorded reads. */
    private record RenderInputs(
            SiteConfig config, int templates, UiStrings strings, Map<String, String> assets, RenderOptions options) {}

    private Pipeline(Clock clock, BuildOptions options, Consumer<OutputFile> sink) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
        this.sink = sink;
        Path cacheDir = options.cacheDir().orElse(null);
        this.shareImageCache = new ShareImageCache(cacheDir, options.cacheReadOnly());
        this.markdownCache = new MarkdownCache(cacheDir, options.cacheReadOnly());
    }

    /** A pipeline that keeps every output file in memory, for {@code check}, {@code serve} and tests. */
    public static Pipeline inMemory(Clock clock, BuildOptions options) {
        return new Pipeline(clock, options, null);
    }

    /**
     * A pipeline that hands every output file to {@code sink} as soon as it is made (from several threads at once) and
     * keeps none, so that memory does not grow with the site's total output. It builds once.
     */
    public static Pipeline streaming(Clock clock, BuildOptions options, Consumer<OutputFile> sink) {
        return new Pipeline(clock, options, Objects.requireNonNull(sink, "sink"));
    }

    /** The site root. */
    public Path root() {
        return options.source().toAbsolutePath().normalize();
    }

    /**
     * Builds the whole site: the first run, or a run that reads every input again (results whose inputs turn out
     * unchanged are still reused). Throws {@link SiteException} on errors.
     */
    public synchronized Rebuild build() {
        configDirty = true;
        themeDirty = true;
        staticDirty = true;
        treeDirty = true;
        parsed.clear();
        return run(System.nanoTime());
    }

    /**
     * Rebuilds after these files changed (created, modified or deleted; absolute or relative to the site root). Throws
     * {@link SiteException} when the site has errors; the last good build stays as it was.
     */
    public synchronized Rebuild update(Collection<Path> changed) {
        long start = System.nanoTime();
        for (Path p : changed) mark(relative(p));
        return run(start);
    }

    /**
     * Renders one page again from what is in memory, as a save of it would, and keeps the (identical) result: the
     * preview calls this while it waits for the first save, so that the code of an edit is compiled by the JIT before
     * the first real one. Reads no file, so a save made meanwhile is still seen as a change by the next
     * {@link #update}. Must follow a good build. Throws {@link SiteException} as a build would.
     */
    public synchronized Rebuild rehearse() {
        if (last == null || sink != null) throw new IllegalStateException("rehearsals follow a good build in memory");
        List<Page> pages = last.site().pages();
        if (!pages.isEmpty()) {
            Page p = pages.get(rehearsals++ % pages.size());
            markdown.remove(p.source().path());
            rendered.remove(p.source().path());
            markdownSlots = null;
            renderedSlots = null;
        }
        return run(System.nanoTime());
    }

    private String relative(Path p) {
        Path abs = p.isAbsolute() ? p.normalize() : root().resolve(p).normalize();
        return abs.startsWith(root()) ? root().relativize(abs).toString().replace('\\', '/') : "";
    }

    /** Marks what a changed file makes dirty. */
    private void mark(String rel) {
        if (rel.isEmpty() || isHidden(rel)) return;
        if (rel.equals(ConfigLoader.FILE)) configDirty = true;
        else if (rel.startsWith("themes/")) themeDirty = true;
        else if (rel.startsWith("static/")) staticDirty = true;
        else if (rel.startsWith("content/")) {
            dirtyContent.add(rel);
            boolean known = scanPaths.contains(rel);
            // a new, removed or renamed file or folder changes the tree; an edit of a known page does not
            if (!known || !Files.isRegularFile(root().resolve(rel), LinkOption.NOFOLLOW_LINKS)) treeDirty = true;
        }
    }

    private static boolean isHidden(String rel) {
        return rel.startsWith(".") || rel.contains("/.");
    }

    private Rebuild run(long start) {
        if (streamed) throw new IllegalStateException("a streaming pipeline builds once");
        Stopwatch time = new Stopwatch();
        loadConfig();
        time.lap("configuration");
        // Content needs only the configuration: it is read and parsed on another core while this one loads the
        // theme, compiles templates and reads strings and static files. In a cold run that core then parses pages'
        // Markdown until the theme is ready.
        boolean cold = markdown.isEmpty();
        parsedEarly = Map.of();
        keptEarly = Map.of();
        // a cold run takes what it can from the Markdown an earlier build kept, and keeps what it has for the next
        if (cold) markdownCache.open();
        try {
            return runStages(start, time, cold);
        } finally {
            markdownCache.close(false); // unless the Markdown stage has closed it, keeping what it wrote
        }
    }

    private Rebuild runStages(long start, Stopwatch time, boolean cold) {
        AtomicInteger renderedCount = new AtomicInteger();
        themeStageDone = false;
        CompletableFuture<Content> reading = CompletableFuture.supplyAsync(() -> {
            Content c = loadContent();
            if (parsers == null) { // setting up flexmark is a cold build's work too: here, not on the theme's core
                Map<String, MarkdownParser> p = new HashMap<>();
                for (Language l : config.languages()) p.put(l.code(), new MarkdownParser(l));
                parsers = p;
            }
            if (cold) parsedEarly = parseEarly(c);
            return c;
        });
        try {
            loadSettings(time);
        } finally {
            themeStageDone = true;
            awaitQuietly(reading); // never leave the content stage running into the next run
        }
        Content content = join(reading);
        makeRenderers();
        time.lap("content (read while the theme loaded)");
        SiteAssembler.Result assembled = assemble(content);
        time.lap("site model");

        Map<OutputPath, OutputFile> files = sink == null ? new HashMap<>(lastFiles.size() * 2 + 16) : null;
        Consumer<OutputFile> out = sink != null
                ? sink
                : f -> {
                    synchronized (files) {
                        files.put(f.path(), f);
                    }
                };
        // Share images need only titles: they are drawn (or taken from the cache) beside the Markdown and templates.
        RenderOptions render = renderOptions();
        CompletableFuture<Void> images = render.shareImages() && options.drawShareImages()
                ? CompletableFuture.runAsync(() -> shareImageCache.images(assembled.site(), theme, out))
                : CompletableFuture.completedFuture(null);
        SiteModel site;
        try {
            site = renderMarkdown(assembled.site(), withSources(assembled.site().pages(), content, contentOfPage));
            time.lap("Markdown");
            site = new DataLoader(yaml).load(site, strings);
            time.lap("data files");
            dataChanged = !site.data().equals(renderData);
            if (dataChanged) {
                rendered.clear();
                renderedSlots = null;
                notFound = null;
                renderData = site.data();
            }
            renderPages(site, out, renderedCount);
            time.lap("templates");
            siteFiles(site).forEach(out);
            assets.files().forEach(out);
            time.lap("sitemap, feeds, redirects, static files");
        } finally {
            awaitQuietly(images);
        }
        join(images);
        time.lap("share images (drawn meanwhile)");

        List<Problem> warnings = new ArrayList<>(content.warnings());
        warnings.addAll(assembled.warnings());
        Collections.sort(warnings);
        Map<String, Integer> perLanguage = new LinkedHashMap<>();
        for (Language l : site.config().languages())
            perLanguage.put(l.code(), site.pages(l.code()).size());
        BuildResult result = new BuildResult(
                site,
                strings,
                files == null ? Map.of() : files,
                warnings,
                perLanguage,
                content.skipped(),
                Duration.ofNanos(System.nanoTime() - start),
                time.laps());

        Set<OutputPath> changed = new HashSet<>();
        if (files != null) {
            changed(lastFiles, files, changed);
            lastFiles = files;
        }
        last = result;
        if (sink != null) streamed = true;
        boolean full = renderedCount.get() == site.pages().size() + 1;
        return new Rebuild(result, changed, full, renderedCount.get());
    }

    /**
     * Adds to {@code changed} every path that is new, gone or has other bytes in {@code now} than in {@code before}.
     * Most files are the very same objects as in the last run, so most comparisons end at identity.
     */
    private static void changed(
            Map<OutputPath, OutputFile> before, Map<OutputPath, OutputFile> now, Set<OutputPath> changed) {
        int added = 0;
        for (OutputFile y : now.values()) {
            OutputFile x = before.get(y.path());
            if (x == null) added++;
            if (x == null || (x != y && !x.sameBytes(y))) changed.add(y.path());
        }
        if (before.size() + added != now.size()) { // some are gone
            for (OutputPath p : before.keySet()) if (!now.containsKey(p)) changed.add(p);
        }
    }

    // ----- configuration, theme, strings, static files, Markdown renderers

    private static void awaitQuietly(CompletableFuture<?> f) {
        try {
            f.join();
        } catch (RuntimeException e) {
            // reported by join(), or replaced by the exception already on its way
        }
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    private void loadConfig() {
        if (configDirty) {
            SiteConfig next = new ConfigLoader(yaml).load(options.source());
            if (options.baseUrl().isPresent())
                next = withBaseUrl(next, options.baseUrl().get());
            if (!next.equals(config)) {
                config = next;
                themeDirty = true;
                staticDirty = true;
                treeDirty = true;
                renderers = null;
                strings = null;
                parsers = null; // made again on the content thread
            }
            configDirty = false;
        }
    }

    private void loadSettings(Stopwatch time) {
        if (themeDirty) {
            Theme next = new ThemeLoader(yaml).load(config);
            if (theme == null || !sameFiles(theme, next) || !next.name().equals(theme.name())) {
                if (templates == null) templates = Templates.compile(next);
                else templates.update(next);
                compiledLastRun = templates.lastCompiled();
                UiStrings nextStrings = new MessagesLoader(yaml).load(config, next);
                if (theme == null || !sameHookInputs(theme, next)) renderers = null; // Markdown markup changed
                theme = next;
                staticDirty = true;
                if (!nextStrings.equals(strings)) renderers = null;
                strings = nextStrings;
            }
            themeDirty = false;
        }
        if (strings == null) strings = new MessagesLoader(yaml).load(config, theme);
        time.lap("theme, templates, strings");
        if (staticDirty) {
            assets = new StaticAssets().collect(config, theme);
            staticDirty = false;
        }
        time.lap("static files");
        RenderInputs inputs =
                new RenderInputs(config, templates.generation(), strings, assets.names(), renderOptions());
        if (!inputs.equals(renderInputs)) {
            rendered.clear();
            renderedSlots = null;
            notFound = null;
            renderInputs = inputs;
        }
    }

    /** The Markdown renderers, made again when the configuration, the render hooks or the strings changed. */
    private void makeRenderers() {
        if (renderers == null) {
            Map<String, MarkdownRenderer> r = new LinkedHashMap<>();
            ThemeMarkup hooks = new ThemeMarkup(new MarkupTemplates(templates));
            for (Language l : config.languages()) {
                r.put(
                        l.code(),
                        new MarkdownRenderer(
                                parsers.get(l.code()),
                                strings.get(l.code(), "permalink.label").orElse("Link {0}"),
                                hooks));
            }
            renderers = r;
            rendererKeys = markdownCache.enabled() ? rendererKeys() : Map.of();
        }
    }

    /** Per language, what its renderer makes HTML from besides the page, for the Markdown kept between builds. */
    private Map<String, String> rendererKeys() {
        Map<String, String> hookFiles = new TreeMap<>();
        for (String path : MarkupTemplates.inputs(theme))
            hookFiles.put(path, theme.text(path).orElse("\0none"));
        Map<String, String> keys = new HashMap<>();
        for (Language l : config.languages()) {
            keys.put(
                    l.code(),
                    MarkdownCache.rendererKey(
                            l.code(),
                            l.quotes(),
                            strings.get(l.code(), "permalink.label").orElse("Link {0}"),
                            hookFiles));
        }
        return keys;
    }

    /** Whether the render hooks' templates are the same in both: Markdown rendered with them is up to date. */
    private static boolean sameHookInputs(Theme a, Theme b) {
        Set<String> paths = new TreeSet<>(MarkupTemplates.inputs(a));
        paths.addAll(MarkupTemplates.inputs(b));
        for (String p : paths) if (!a.sameFile(p, b)) return false;
        return true;
    }

    private static boolean sameFiles(Theme a, Theme b) {
        return a.equals(b); // content equality: every file's bytes and the share-image style
    }

    private static SiteConfig withBaseUrl(SiteConfig config, String url) {
        Message problem = ConfigLoader.baseUrlProblem(url);
        if (problem != null) {
            throw SiteException.at(SourcePosition.of("--base-url"), problem, Message.of("pipeline.baseUrlOption.hint"));
        }
        return config.withBaseUrl(url);
    }

    /** The options' rendering, with share images only when the theme can draw them. */
    private RenderOptions renderOptions() {
        boolean shareImages =
                options.render().shareImages() && theme.shareImage().isPresent();
        return new RenderOptions(options.render().liveReload(), shareImages);
    }

    // ----- content

    private Content loadContent() {
        ContentLoader loader = new ContentLoader(yaml, clock);
        LocalDate today = LocalDate.now(clock);
        // the common save in serve: known pages edited, nothing else; then the other files need no look at all
        Content content = null;
        if (!treeDirty && lastContent != null && contentConfig == config && today.equals(contentDay)) {
            content = dirtyContent.isEmpty()
                    ? lastContent
                    : loader.reload(lastContent, contentIndex, scan, dirtyContent, options.drafts(), parsed)
                            .orElse(null);
        }
        if (content == null) {
            if (treeDirty) {
                scan = loader.scan(config);
                scanPaths = scan.paths();
            }
            for (String rel : dirtyContent) parsed.remove(rel);
            content = loader.load(config, scan, options.drafts(), parsed);
            if (treeDirty) parsed.keySet().retainAll(scanPaths);
            contentIndex = new HashMap<>(content.files().size() * 2);
            for (int i = 0; i < content.files().size(); i++) {
                contentIndex.put(content.files().get(i).source().path().value(), i);
            }
        }
        lastContent = content;
        contentConfig = config;
        contentDay = today;
        treeDirty = false;
        dirtyContent.clear();
        return content;
    }

    /**
     * Parses pages' bodies in content order until the theme stage is done or {@link #EARLY_PARSE_LIMIT} are parsed: the
     * idle time of a cold build's second core. The Markdown stage renders these documents instead of parsing again. A
     * page whose rendering an earlier build kept is read instead (into {@link #keptEarly}) and not parsed.
     */
    private Map<SourceFile, MarkdownParser.Parsed> parseEarly(Content content) {
        Map<SourceFile, MarkdownParser.Parsed> out = new IdentityHashMap<>();
        Map<SourceFile, MarkdownCache.Entry> kept = new IdentityHashMap<>();
        for (ContentFile f : content.files()) {
            if (themeStageDone) break;
            if (markdownCache.enabled()) { // a page an earlier build rendered needs no parsing (most likely)
                Optional<MarkdownCache.Entry> k = markdownCache.read(f.source());
                if (k.isPresent()) {
                    kept.put(f.source(), k.get());
                    continue;
                }
            }
            if (out.size() >= EARLY_PARSE_LIMIT) continue;
            MarkdownParser p = parsers.get(f.source().lang());
            if (p != null) p.parse(f.source()).ifPresent(d -> out.put(f.source(), d));
        }
        keptEarly = kept;
        return out;
    }

    // ----- site model

    /**
     * Assembles the site model, or reuses the last one when no page was added or removed and no front matter changed
     * (URLs, keys, layouts and warnings depend on nothing else): an edit of a page's text, the common case in
     * {@code serve}, then costs no assembly.
     */
    private SiteAssembler.Result assemble(Content content) {
        AssemblyInputs from = new AssemblyInputs(config, templates.generation(), content.files());
        assemblyReused =
                assembledResult != null && theme == assembledResult.site().theme() && assembledFrom.assembleAlike(from);
        if (!assemblyReused) {
            assembledResult = new SiteAssembler().assemble(config, theme, content.files());
            // contentIndex is the place of each file in this content (loadContent keeps it)
            List<Page> pages = assembledResult.site().pages();
            contentOfPage = new int[pages.size()];
            for (int i = 0; i < pages.size(); i++)
                contentOfPage[i] = contentIndex.get(pages.get(i).source().path().value());
            renderedSlots = null;
        }
        assembledFrom = from;
        return assembledResult;
    }

    /** What the site model is assembled from: the configuration, the templates and every file's front matter. */
    private record AssemblyInputs(SiteConfig config, int templates, List<ContentFile> files) {
        /**
         * Whether both give the same site model: the same configuration and templates, and the same files in the same
         * order with the same front matter (their bodies may differ). Files read again only when they changed are the
         * same objects, so most comparisons end at identity.
         */
        boolean assembleAlike(AssemblyInputs o) {
            if ((config != o.config && !config.equals(o.config))
                    || templates != o.templates
                    || files.size() != o.files.size()) return false;
            for (int i = 0; i < files.size(); i++) {
                ContentFile a = files.get(i);
                ContentFile b = o.files.get(i);
                if (a == b) continue;
                SourceFile x = a.source();
                SourceFile y = b.source();
                if (!x.path().equals(y.path())
                        || !x.frontMatter().equals(y.frontMatter())
                        || x.frontMatterLine() != y.frontMatterLine()
                        || x.bodyLine() != y.bodyLine()
                        || !a.meta().equals(b.meta())) return false;
            }
            return true;
        }
    }

    /**
     * The assembled pages with the sources just read (only their bodies can differ from the assembled ones);
     * {@code contentOf} gives each page's place in {@code content}.
     */
    private static List<Page> withSources(List<Page> assembled, Content content, int[] contentOf) {
        List<Page> out = new ArrayList<>(assembled.size());
        for (int i = 0; i < assembled.size(); i++) {
            Page p = assembled.get(i);
            ContentFile f = content.files().get(contentOf[i]);
            out.add(
                    f.source() == p.source()
                            ? p
                            : new Page(f.source(), p.meta(), p.path(), p.kind(), p.section(), p.layout(), p.content()));
        }
        return out;
    }

    /**
     * Sitemap, robots.txt, redirects, feeds and the tracker's data: made again unless the site model was reused, the
     * templates and data files are the same, the site has no tracker, and no page whose text changed is in a section
     * with a feed (feeds carry the text).
     */
    private List<OutputFile> siteFiles(SiteModel site) {
        // the tracker's feed entries carry the text of asks on any page: with a tracker, always made again
        boolean reuse = siteFilesCache != null
                && assemblyReused
                && !dataChanged
                && site.data().tracker().isEmpty()
                && siteFilesTemplates == templates.generation();
        if (reuse) {
            for (Page feed : site.pages()) {
                if (!feed.meta().feed()) continue;
                for (Page changed : changedContent) {
                    if (changed.lang().equals(feed.lang())
                            && (feed.source().folder().isEmpty()
                                    || (changed.source().folder() + "/")
                                            .startsWith(feed.source().folder() + "/"))) reuse = false;
                }
            }
        }
        if (!reuse) {
            List<OutputFile> files = new ArrayList<>(new SiteFiles(templates, site).render());
            files.addAll(TrackerFiles.json(site));
            siteFilesCache = files;
            siteFilesTemplates = templates.generation();
        }
        return siteFilesCache;
    }

    // ----- Markdown

    /** Renders the Markdown of every page whose result is out of date, then checks every link to an anchor. */
    private SiteModel renderMarkdown(SiteModel assembled, List<Page> pages) {
        // links resolve as before when the pages, URLs, aliases and static files are the ones of the last run
        boolean sameTargets = assemblyReused && assets == markdownAssets && markdownTargets != null;
        LinkTargets targets = sameTargets ? markdownTargets : linkTargets(assembled, assets);
        markdownAssets = assets;
        markdownTargets = sink == null ? targets : null;
        changedContent.clear();
        // reused results are found in one quick pass (by place while the assembly is the same); only the pages to
        // render go to the other cores
        MarkdownEntry[] slots = assemblyReused ? markdownSlots : null;
        markdownSlots = null;
        Page[] out = new Page[pages.size()];
        MarkdownEntry[] next = new MarkdownEntry[pages.size()];
        List<Integer> toRender = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            Page p = pages.get(i);
            MarkdownEntry known =
                    slots != null ? slots[i] : markdown.get(p.source().path());
            if (known != null
                    && known.renderer() == renderers.get(p.lang())
                    && known.source().equals(p.source())
                    && known.path().equals(p.path())
                    && (sameTargets || known.lookups().holdIn(targets))) {
                // the same assembled page gets the same page object back, so later stages compare by identity
                MarkdownEntry now = known.from() != p ? known.with(p, p.withContent(known.result())) : known;
                if (now != known) markdown.put(p.source().path(), now);
                out[i] = now.made();
                next[i] = now;
            } else {
                toRender.add(i);
                changedContent.add(p);
            }
        }
        Map<SourceFile, MarkdownParser.Parsed> early = parsedEarly;
        parsedEarly = Map.of(); // used up
        Map<SourceFile, MarkdownCache.Entry> keptBefore = keptEarly;
        keptEarly = Map.of();
        (toRender.size() > 1 ? toRender.parallelStream() : toRender.stream()).forEach(i -> {
            Page p = pages.get(i);
            MarkdownRenderer renderer = renderers.get(p.lang());
            if (sink != null && !markdownCache.enabled()) {
                // builds once: keep nothing
                out[i] = p.withContent(renderer.render(p.source(), p.path(), targets, early.get(p.source())));
                return;
            }
            String key = rendererKeys.get(p.lang());
            MarkdownCache.Entry kept = key == null ? null : keptBefore.get(p.source());
            if (kept == null && key != null && !keptBefore.containsKey(p.source()))
                kept = markdownCache.read(p.source()).orElse(null);
            RenderedMarkdown result;
            RecordedTargets.Lookups lookups;
            if (kept != null
                    && kept.renderer().equals(key)
                    && kept.path().equals(p.path())
                    && kept.lookups().holdIn(targets)) {
                markdownCache.hit(p.source(), kept);
                result = kept.result();
                lookups = kept.lookups();
            } else {
                RecordedTargets recording = new RecordedTargets(targets);
                result = renderer.render(p.source(), p.path(), recording, early.get(p.source()));
                lookups = recording.lookups();
                if (key != null) markdownCache.write(key, p.source(), p.path(), lookups, result);
            }
            out[i] = p.withContent(result);
            if (sink != null) return; // builds once: keep nothing in memory
            next[i] = new MarkdownEntry(p.source(), p.path(), renderer, lookups, result, p, out[i]);
            markdown.put(p.source().path(), next[i]);
        });
        if (!assemblyReused) {
            Set<SourcePath> live = new HashSet<>();
            for (Page p : pages) live.add(p.source().path());
            markdown.keySet().retainAll(live);
        }
        markdownSlots = sink == null ? next : null;
        markdownCache.close(true); // every page's rendering is in the new file: it replaces the last one

        // a failing render hook gives every page that uses it the same problem: report it once
        Set<Problem> found = new LinkedHashSet<>();
        for (Page p : out) {
            if (!p.content().problems().isEmpty()) found.addAll(p.content().problems());
        }
        List<Problem> problems = new ArrayList<>(found);
        // the rendered pages are the assembled ones in the same order, with their text: keep the order and indexes
        SiteModel site = assembled.withTexts(Arrays.asList(out));
        checkAnchors(site, problems); // every problem of the stage in one run
        return site;
    }

    /** The pages, aliases and static files that Markdown links may point at. */
    private static LinkTargets linkTargets(SiteModel site, Assets assets) {
        return new SiteLinkTargets(site, assets);
    }

    /**
     * Adds a problem for every link to an anchor that its target page does not have, then throws if any. When the
     * missing anchor is a published one ({@code content/published.txt}), the cause is the anchor that disappeared: that
     * is the error, once, and the links to it are told so, never offered another anchor (which would break them).
     */
    private static void checkAnchors(SiteModel rendered, List<Problem> problems) {
        Map<String, Integer> published = null;
        Set<String> reported = new HashSet<>();
        for (Page p : rendered.pages()) {
            for (ContentLink link : p.content().links()) {
                if (link.fragment().isEmpty()) continue;
                Page target = rendered.bySource(SourcePath.of(link.target())).orElseThrow();
                if (target.content().ids().contains(link.fragment())) continue;
                if (published == null)
                    published = PublishedUrls.anchors(rendered.config().root());
                Integer line = published.get(target.path().value() + "#" + link.fragment());
                if (line == null) {
                    problems.add(Problem.error(
                            link.where(),
                            "markdown.link.missingAnchor",
                            link.fragment(),
                            link.target(),
                            Suggestion.didYouMean(
                                    link.fragment(), target.content().ids())));
                    continue;
                }
                String url = target.path().urlPath() + "#" + link.fragment();
                if (reported.add(url)) {
                    problems.add(Problem.error(
                            SourcePosition.of(PublishedUrls.FILE, line, 1),
                            "published.anchor.removed",
                            url,
                            link.target(),
                            link.fragment()));
                }
                problems.add(Problem.info(
                        link.where(), "published.anchor.linkToRemoved", url, PublishedUrls.FILE + ":" + line));
            }
        }
        SiteException.throwIfErrors(problems);
    }

    // ----- templates

    /** Renders every page (and 404.html) whose result is out of date; hands every page's file to {@code out}. */
    private void renderPages(SiteModel site, Consumer<OutputFile> out, AtomicInteger count) {
        TemplateRenderer renderer = new TemplateRenderer(templates, site, strings, assets, renderInputs.options());
        List<Page> stale = new ArrayList<>();
        // With the site model of the last run and the same data, only the text of some pages changed: a rendering is
        // out of date exactly when it read one of those texts; else every recorded question is asked again.
        Set<SourcePath> changed = new HashSet<>();
        for (Page p : changedContent) changed.add(p.source().path());
        List<SourcePath> changedTexts = List.copyOf(changed);
        boolean onlyTexts = assemblyReused && !dataChanged;
        RenderEntry[] slots = assemblyReused ? renderedSlots : null;
        renderedSlots = null; // until this run's renderings are all known
        List<Page> pages = site.pages();
        RenderEntry[] nextSlots = new RenderEntry[pages.size()];
        List<Integer> staleAt = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            RenderEntry known =
                    slots != null ? slots[i] : rendered.get(p.source().path());
            if (known != null
                    && known.file() != null
                    && (known.page() == p || known.page().equals(p))
                    && holds(known.dependencies(), site, onlyTexts, changedTexts)) {
                out.accept(known.file());
                nextSlots[i] = known;
            } else {
                stale.add(p);
                staleAt.add(i);
            }
        }
        boolean keep = sink == null;
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        try {
            renderer.render(stale, (page, r) -> {
                out.accept(r.file());
                if (keep)
                    rendered.put(page.source().path(), new RenderEntry(page, renderInputs, r.dependencies(), r.file()));
            });
        } catch (SiteException e) {
            problems.addAll(e.problems());
        }
        count.addAndGet(stale.size());
        if (notFound != null && holds(notFound.dependencies(), site, onlyTexts, changedTexts)) {
            out.accept(notFound.file());
        } else {
            try {
                TemplateRenderer.Rendered r = renderer.renderNotFound();
                count.incrementAndGet();
                out.accept(r.file());
                notFound = keep ? new RenderEntry(null, renderInputs, r.dependencies(), r.file()) : null;
            } catch (SiteException e) {
                problems.addAll(e.problems());
            }
        }
        SiteException.throwIfErrors(problems);
        if (keep && !assemblyReused) {
            Set<SourcePath> live = new HashSet<>();
            for (Page p : site.pages()) live.add(p.source().path());
            rendered.keySet().retainAll(live);
        }
        if (keep) {
            for (int i : staleAt)
                nextSlots[i] = rendered.get(pages.get(i).source().path());
            renderedSlots = nextSlots;
        }
    }

    /** How many templates the last run compiled (0 when the theme did not change). */
    public synchronized int templatesCompiledLastRun() {
        return compiledLastRun;
    }

    /** How many pages' Markdown this pipeline took from the cache folder (kept by an earlier build). */
    public synchronized int markdownKept() {
        return markdownCache.hits();
    }

    /** How many share images this pipeline has drawn (not found in memory or in the cache folder). */
    public synchronized int shareImagesDrawn() {
        return shareImageCache.drawn();
    }

    private static boolean holds(Dependencies d, SiteModel site, boolean onlyTexts, List<SourcePath> changedTexts) {
        return onlyTexts ? !d.readTextOf(changedTexts) : d.holdIn(site);
    }

    /**
     * The preview's page of these problems, with the live-reload script at {@code reloadScript}: made by the theme's
     * {@code _server/error.ftlh}, or the bundled one when the theme cannot (it is broken, or was never compiled).
     */
    public synchronized byte[] problemsPage(List<Problem> problems, String reloadScript, Messages messages) {
        return PreviewPages.problems(Optional.ofNullable(templates), problems, reloadScript, messages);
    }

    /** The preview's translation status page ({@code _server/translations.ftlh} of the theme, or the bundled one). */
    public synchronized byte[] translationsPage(StatusReport report, String reloadScript, Messages messages) {
        return PreviewPages.translations(Optional.ofNullable(templates), report, reloadScript, messages);
    }

    /** The last good result, or empty before the first good run. */
    public synchronized Optional<BuildResult> last() {
        return Optional.ofNullable(last);
    }
}
