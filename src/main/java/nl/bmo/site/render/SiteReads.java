package nl.bmo.site.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.bmo.site.model.FrontMatter;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.SitePath;
import nl.bmo.site.model.SourcePath;

/**
 * The site as one rendering sees it: every question a template asks about other pages (a language's home, the page with
 * a translation key, a section's children, a folder, the x-default, a page's text) goes through here and is recorded
 * with the part of the answer that templates can see. {@link #dependencies()} then tells whether the same questions get
 * the same answers from another site model, which is exactly when the rendering can be reused. Not thread-safe: one per
 * rendering.
 */
final class SiteReads {
    private final SiteModel site;
    private final Map<String, Dependencies.Read> reads = new LinkedHashMap<>();
    /** The source files whose text (rendered Markdown, asks, the original of a translation) was read; null: all. */
    private Set<SourcePath> texts = new HashSet<>();

    SiteReads(SiteModel site) {
        this.site = site;
    }

    SiteModel site() {
        return site;
    }

    Optional<Page> home(String lang) {
        Optional<Page> answer = site.home(lang);
        record("home\0" + lang, m -> m.home(lang).map(SiteReads::shape), answer.map(SiteReads::shape));
        return answer;
    }

    Optional<Page> page(String lang, String translationKey) {
        Optional<Page> answer = site.page(lang, translationKey);
        record(
                "page\0" + lang + "\0" + translationKey,
                m -> m.page(lang, translationKey).map(SiteReads::shape),
                answer.map(SiteReads::shape));
        return answer;
    }

    List<Page> children(Page section) {
        SourcePath source = section.source().path();
        List<Page> answer = site.children(section);
        record(
                "children\0" + source,
                m -> m.bySource(source).map(s -> shapes(m.children(s))).orElse(List.of()),
                shapes(answer));
        return answer;
    }

    List<Page> folder(String lang, String folder) {
        List<Page> answer = site.folder(lang, folder);
        record("folder\0" + lang + "\0" + folder, m -> shapes(m.folder(lang, folder)), shapes(answer));
        return answer;
    }

    Optional<String> xDefault(Page p) {
        SourcePath source = p.source().path();
        Optional<String> answer = site.xDefault(p);
        record("xdefault\0" + source, m -> m.bySource(source).flatMap(m::xDefault), answer);
        return answer;
    }

    /** The asks of a language's pages, in page order; recorded with each page's shape and asks. */
    List<SiteModel.PageAsk> asks(String lang) {
        List<SiteModel.PageAsk> answer = site.asks(lang);
        texts = null; // the asks of every page
        record("allasks\0" + lang, m -> askShapes(m.asks(lang)), askShapes(answer));
        return answer;
    }

    private static List<Object> askShapes(List<SiteModel.PageAsk> asks) {
        List<Object> out = new ArrayList<>(asks.size());
        for (SiteModel.PageAsk a : asks) out.add(List.of(shape(a.page()), a.ask()));
        return out;
    }

    /**
     * A page in another language, read together with its translatable text (whose hash says if a translation is
     * behind).
     */
    Optional<Page> original(String lang, String translationKey) {
        Optional<Page> answer = site.page(lang, translationKey);
        answer.ifPresent(p -> readText(p.source().path()));
        record(
                "original\0" + lang + "\0" + translationKey,
                m -> m.page(lang, translationKey)
                        .map(p -> List.of(shape(p), p.source().body())),
                answer.map(p -> List.of(shape(p), p.source().body())));
        return answer;
    }

    /**
     * What templates can see of a page besides its rendered Markdown (which {@link BodyView} records when read): source
     * file, front matter, URL, kind, section and layout.
     */
    record Shape(SourcePath source, FrontMatter meta, SitePath path, Page.Kind kind, String section, String layout) {}

    static Shape shape(Page p) {
        return new Shape(p.source().path(), p.meta(), p.path(), p.kind(), p.section(), p.layout());
    }

    private static List<Shape> shapes(List<Page> pages) {
        List<Shape> out = new ArrayList<>(pages.size());
        for (Page p : pages) out.add(shape(p));
        return out;
    }

    /** Records a question with its answer; the first answer to a question stands. */
    @SuppressWarnings("unchecked")
    <T> void record(String key, Function<SiteModel, T> question, T answer) {
        reads.putIfAbsent(key, new Dependencies.Read((Function<SiteModel, Object>) question, answer));
    }

    /** Notes that the text of this source file was read. */
    void readText(SourcePath source) {
        if (texts != null) texts.add(source);
    }

    Dependencies dependencies() {
        return new Dependencies(List.copyOf(reads.values()), texts == null ? null : Set.copyOf(texts));
    }
}
