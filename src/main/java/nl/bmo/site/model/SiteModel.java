package nl.bmo.site.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All pages of the site with the indexes the later stages need: by source file, by language, by translation key and by
 * section. Immutable.
 */
public final class SiteModel {
    /** Sections list their pages by weight, then newest date first, then title. */
    public static final Comparator<Page> ORDER = Comparator.<Page>comparingInt(
                    p -> p.meta().weight().orElse(Integer.MAX_VALUE))
            .thenComparing(p -> p.meta().date().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(p -> p.meta().title())
            .thenComparing(Page::path);

    private final SiteConfig config;
    private final Theme theme;
    private final List<Page> pages;
    private final SiteData data;
    private final Map<SourcePath, Page> bySource;
    private final Map<SitePath, Page> byPath;
    private final Map<String, Map<String, Page>> byKey;
    private final Map<String, Page> homes = new HashMap<>();
    private final Map<String, List<Page>> byLang = new HashMap<>();
    /** Pages (not sections) per language and folder, in {@link #ORDER}: {@code nl\0eisen}. */
    private final Map<String, List<Page>> byFolder = new HashMap<>();
    /** Section pages per language and parent folder, in {@link #ORDER}. */
    private final Map<String, List<Page>> sectionsByParent = new HashMap<>();

    public SiteModel(SiteConfig config, Theme theme, List<Page> pages) {
        this(config, theme, pages, SiteData.NONE);
    }

    public SiteModel(SiteConfig config, Theme theme, List<Page> pages, SiteData data) {
        this.config = Objects.requireNonNull(config, "config");
        this.data = Objects.requireNonNull(data, "data");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.pages = pages.stream().sorted(Comparator.comparing(Page::path)).toList();
        this.bySource = this.pages.stream()
                .collect(Collectors.toUnmodifiableMap(p -> p.source().path(), Function.identity()));
        this.byPath =
                this.pages.stream().collect(Collectors.toUnmodifiableMap(Page::path, Function.identity(), (a, b) -> a));
        Map<String, Map<String, Page>> keys = new LinkedHashMap<>();
        for (Page p : this.pages)
            keys.computeIfAbsent(p.translationKey(), k -> new LinkedHashMap<>()).putIfAbsent(p.lang(), p);
        this.byKey = keys;
        for (Page p : this.pages) {
            byLang.computeIfAbsent(p.lang(), k -> new ArrayList<>()).add(p);
            if (p.kind() == Page.Kind.HOME) homes.putIfAbsent(p.lang(), p);
            else if (p.kind() == Page.Kind.PAGE)
                byFolder.computeIfAbsent(p.lang() + "\0" + p.source().folder(), k -> new ArrayList<>())
                        .add(p);
            else
                sectionsByParent
                        .computeIfAbsent(p.lang() + "\0" + parentOf(p.source().folder()), k -> new ArrayList<>())
                        .add(p);
        }
        byLang.replaceAll((k, v) -> List.copyOf(v));
        byFolder.replaceAll((k, v) -> v.stream().sorted(ORDER).toList());
        sectionsByParent.replaceAll((k, v) -> v.stream().sorted(ORDER).toList());
    }

    private static String parentOf(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }

    public SiteConfig config() {
        return config;
    }

    public Theme theme() {
        return theme;
    }

    /** The data files ({@code data/*.yaml}); none until the data stage has run. */
    public SiteData data() {
        return data;
    }

    /** The same site with these data files. */
    public SiteModel withData(SiteData d) {
        return new SiteModel(this, pages, d);
    }

    /**
     * This site with every page replaced by the page at the same place in {@code replacements} (in the order of
     * {@link #pages()}), each with the same source file, front matter and URL as the page it replaces (only its text
     * may differ): the order and the indexes are kept, without sorting again.
     */
    public SiteModel withTexts(List<Page> replacements) {
        if (replacements.size() != pages.size()) throw new IllegalArgumentException("not the same pages");
        return new SiteModel(this, replacements, data);
    }

    /** A copy of {@code site} whose pages are replaced one for one by {@code replacements}. */
    private SiteModel(SiteModel site, List<Page> replacements, SiteData data) {
        this.config = site.config;
        this.theme = site.theme;
        this.data = Objects.requireNonNull(data, "data");
        Map<Page, Page> now = new IdentityHashMap<>(replacements.size() * 2);
        for (int i = 0; i < replacements.size(); i++) {
            Page before = site.pages.get(i);
            Page after = replacements.get(i);
            if (!after.source().path().equals(before.source().path())
                    || !after.path().equals(before.path())
                    || !after.meta().equals(before.meta())) {
                throw new IllegalArgumentException(
                        "not the same page: " + after.source().path());
            }
            now.put(before, after);
        }
        this.pages = List.copyOf(replacements);
        Map<SourcePath, Page> sources = new HashMap<>(site.bySource.size() * 2);
        site.bySource.forEach((k, v) -> sources.put(k, now.get(v)));
        this.bySource = Collections.unmodifiableMap(sources);
        Map<SitePath, Page> paths = new HashMap<>(site.byPath.size() * 2);
        site.byPath.forEach((k, v) -> paths.put(k, now.get(v)));
        this.byPath = Collections.unmodifiableMap(paths);
        Map<String, Map<String, Page>> keys = new LinkedHashMap<>();
        site.byKey.forEach((k, langs) -> {
            Map<String, Page> m = new LinkedHashMap<>();
            langs.forEach((l, p) -> m.put(l, now.get(p)));
            keys.put(k, m);
        });
        this.byKey = keys;
        site.homes.forEach((k, v) -> homes.put(k, now.get(v)));
        site.byLang.forEach((k, v) -> byLang.put(k, mapped(v, now)));
        site.byFolder.forEach((k, v) -> byFolder.put(k, mapped(v, now)));
        site.sectionsByParent.forEach((k, v) -> sectionsByParent.put(k, mapped(v, now)));
    }

    private static List<Page> mapped(List<Page> pages, Map<Page, Page> now) {
        List<Page> out = new ArrayList<>(pages.size());
        for (Page p : pages) out.add(now.get(p));
        return Collections.unmodifiableList(out);
    }

    /** An ask on the page that holds it. */
    public record PageAsk(Page page, Ask ask) {}

    /** Every ask on a language's pages, ordered by id (1-1, 1-2, …, 5-3). */
    public List<PageAsk> asks(String lang) {
        List<PageAsk> out = new ArrayList<>();
        for (Page p : pages(lang)) for (Ask a : p.content().asks()) out.add(new PageAsk(p, a));
        out.sort((x, y) -> Ask.compareIds(x.ask().id(), y.ask().id()));
        return out;
    }

    public List<Page> pages() {
        return pages;
    }

    public Optional<Page> bySource(SourcePath sourcePath) {
        return Optional.ofNullable(bySource.get(sourcePath));
    }

    public Optional<Page> byPath(SitePath sitePath) {
        return Optional.ofNullable(byPath.get(sitePath));
    }

    public Optional<Page> page(String lang, String translationKey) {
        return Optional.ofNullable(byKey.getOrDefault(translationKey, Map.of()).get(lang));
    }

    public List<Page> pages(String lang) {
        return byLang.getOrDefault(lang, List.of());
    }

    /** The pages (not section pages) of a language's folder, in {@link #ORDER}. */
    public List<Page> folder(String lang, String folder) {
        return byFolder.getOrDefault(lang + "\0" + folder, List.of());
    }

    /** The same page in every configured language that has it, in configuration order, this page included. */
    public List<Page> translationsOf(Page page) {
        Map<String, Page> all = byKey.getOrDefault(page.translationKey(), Map.of());
        List<Page> out = new ArrayList<>();
        for (Language l : config.languages()) {
            Page p = all.get(l.code());
            if (p != null) out.add(p);
        }
        return out;
    }

    /**
     * The {@code x-default} of a page: the language chooser at the root for homes when every language has a prefix,
     * else the page in the default language.
     */
    public Optional<String> xDefault(Page p) {
        if (config.defaultLanguageInSubdir() && p.kind() == Page.Kind.HOME)
            return Optional.of(config.absolute(SitePath.HOME));
        return page(config.defaultLanguage(), p.translationKey()).map(d -> config.absolute(d.path()));
    }

    public Optional<Page> home(String lang) {
        return Optional.ofNullable(homes.get(lang));
    }

    /**
     * The pages directly in a section page's folder, then the sections directly below it (not the section page itself),
     * each in {@link #ORDER}.
     */
    public List<Page> children(Page section) {
        if (section.kind() == Page.Kind.PAGE) return List.of();
        String folder = section.source().folder();
        List<Page> out = new ArrayList<>(folder(section.lang(), folder));
        for (Page s : sectionsByParent.getOrDefault(section.lang() + "\0" + folder, List.of())) {
            if (s != section) out.add(s);
        }
        return out.stream().sorted(ORDER).toList();
    }
}
