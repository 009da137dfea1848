package nl.bmo.site.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

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
    /** The indexes hold positions in {@link #pages}, so a copy with other texts or data shares them as they are. */
    private final Indexes indexes;

    /** Where each page is in the page list, by source file, URL, translation key, language, folder and section. */
    private record Indexes(
            Map<SourcePath, Integer> bySource,
            Map<SitePath, Integer> byPath,
            Map<String, Map<String, Integer>> byKey,
            Map<String, Integer> homes,
            Map<String, int[]> byLang,
            /* pages (not sections) per language and folder, in ORDER: nl\0eisen */
            Map<String, int[]> byFolder,
            /* section pages per language and parent folder, in ORDER */
            Map<String, int[]> sectionsByParent) {}

    public SiteModel(SiteConfig config, Theme theme, List<Page> pages) {
        this(config, theme, pages, SiteData.NONE);
    }

    public SiteModel(SiteConfig config, Theme theme, List<Page> pages, SiteData data) {
        this.config = Objects.requireNonNull(config, "config");
        this.data = Objects.requireNonNull(data, "data");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.pages = pages.stream().sorted(Comparator.comparing(Page::path)).toList();
        this.indexes = index(this.pages);
    }

    private static Indexes index(List<Page> pages) {
        Map<SourcePath, Integer> bySource = new HashMap<>(pages.size() * 2);
        Map<SitePath, Integer> byPath = new HashMap<>(pages.size() * 2);
        Map<String, Map<String, Integer>> byKey = new LinkedHashMap<>();
        Map<String, Integer> homes = new HashMap<>();
        Map<String, List<Integer>> byLang = new HashMap<>();
        Map<String, List<Integer>> byFolder = new HashMap<>();
        Map<String, List<Integer>> sectionsByParent = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            if (bySource.put(p.source().path(), i) != null)
                throw new IllegalStateException("Duplicate key " + p.source().path());
            byPath.putIfAbsent(p.path(), i);
            byKey.computeIfAbsent(p.translationKey(), k -> new LinkedHashMap<>())
                    .putIfAbsent(p.lang(), i);
            byLang.computeIfAbsent(p.lang(), k -> new ArrayList<>()).add(i);
            if (p.kind() == Page.Kind.HOME) homes.putIfAbsent(p.lang(), i);
            else if (p.kind() == Page.Kind.PAGE)
                byFolder.computeIfAbsent(p.lang() + "\0" + p.source().folder(), k -> new ArrayList<>())
                        .add(i);
            else
                sectionsByParent
                        .computeIfAbsent(p.lang() + "\0" + parentOf(p.source().folder()), k -> new ArrayList<>())
                        .add(i);
        }
        Comparator<Integer> order = (a, b) -> ORDER.compare(pages.get(a), pages.get(b));
        return new Indexes(
                Collections.unmodifiableMap(bySource),
                Collections.unmodifiableMap(byPath),
                byKey,
                homes,
                positions(byLang, null),
                positions(byFolder, order),
                positions(sectionsByParent, order));
    }

    private static Map<String, int[]> positions(Map<String, List<Integer>> lists, Comparator<Integer> order) {
        Map<String, int[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> {
            if (order != null) v.sort(order);
            out.put(k, v.stream().mapToInt(Integer::intValue).toArray());
        });
        return out;
    }

    /** The pages at these positions, as a list that reads through to {@link #pages}. */
    private List<Page> at(int[] positions) {
        if (positions == null) return List.of();
        return new PageList(pages, positions);
    }

    private Page at(Integer position) {
        return position == null ? null : pages.get(position);
    }

    private static final class PageList extends AbstractList<Page> implements RandomAccess {
        private final List<Page> pages;
        private final int[] positions;

        PageList(List<Page> pages, int[] positions) {
            this.pages = pages;
            this.positions = positions;
        }

        @Override
        public Page get(int index) {
            return pages.get(positions[index]);
        }

        @Override
        public int size() {
            return positions.length;
        }
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
     * may differ): the order and the indexes are kept as they are.
     */
    public SiteModel withTexts(List<Page> replacements) {
        if (replacements.size() != pages.size()) throw new IllegalArgumentException("not the same pages");
        for (int i = 0; i < replacements.size(); i++) {
            Page before = pages.get(i);
            Page after = replacements.get(i);
            if (after != before
                    && (!same(after.source().path(), before.source().path())
                            || !same(after.path(), before.path())
                            || !same(after.meta(), before.meta()))) {
                throw new IllegalArgumentException(
                        "not the same page: " + after.source().path());
            }
        }
        return new SiteModel(this, List.copyOf(replacements), data);
    }

    private static boolean same(Object a, Object b) {
        return a == b || a.equals(b);
    }

    /** A copy of {@code site} with these pages (in the same places) and data: it shares the indexes. */
    private SiteModel(SiteModel site, List<Page> pages, SiteData data) {
        this.config = site.config;
        this.theme = site.theme;
        this.data = Objects.requireNonNull(data, "data");
        this.pages = pages;
        this.indexes = site.indexes;
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
        return Optional.ofNullable(at(indexes.bySource().get(sourcePath)));
    }

    public Optional<Page> byPath(SitePath sitePath) {
        return Optional.ofNullable(at(indexes.byPath().get(sitePath)));
    }

    public Optional<Page> page(String lang, String translationKey) {
        return Optional.ofNullable(
                at(indexes.byKey().getOrDefault(translationKey, Map.of()).get(lang)));
    }

    public List<Page> pages(String lang) {
        return at(indexes.byLang().get(lang));
    }

    /** The pages (not section pages) of a language's folder, in {@link #ORDER}. */
    public List<Page> folder(String lang, String folder) {
        return at(indexes.byFolder().get(lang + "\0" + folder));
    }

    /** The same page in every configured language that has it, in configuration order, this page included. */
    public List<Page> translationsOf(Page page) {
        Map<String, Integer> all = indexes.byKey().getOrDefault(page.translationKey(), Map.of());
        List<Page> out = new ArrayList<>();
        for (Language l : config.languages()) {
            Page p = at(all.get(l.code()));
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
        return Optional.ofNullable(at(indexes.homes().get(lang)));
    }

    /**
     * The pages directly in a section page's folder, then the sections directly below it (not the section page itself),
     * each in {@link #ORDER}.
     */
    public List<Page> children(Page section) {
        if (section.kind() == Page.Kind.PAGE) return List.of();
        String folder = section.source().folder();
        List<Page> out = new ArrayList<>(folder(section.lang(), folder));
        for (Page s : at(indexes.sectionsByParent().get(section.lang() + "\0" + folder))) {
            if (s != section) out.add(s);
        }
        return out.stream().sorted(ORDER).toList();
    }
}
