package nl.bmo.site.render;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bmo.site.model.Assessment;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.Tracker;

/**
 * What the feed template ({@code files/atom.xml.ftlx}) gets for a section with {@code feed: true}: its dated pages and,
 * in the feed the demand tracker names, every change of an ask's status, newest first.
 */
final class Feeds {
    private static final Pattern RELATIVE_LINK = Pattern.compile("(href|src)=\"([^\"#:][^\":]*?)\"");
    /** The characters XML 1.0 cannot carry at all (Markdown passes them through). */
    private static final Pattern NOT_IN_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

    private Feeds() {}

    /** The feed of a section page. */
    static FileViews.FeedView of(SiteModel site, Page section) {
        SiteConfig c = site.config();
        Language lang = c.language(section.lang()).orElseThrow();
        List<Sorted> entries = new ArrayList<>();
        for (Page e : site.children(section)) {
            if (e.meta().date().isEmpty()) continue;
            String permalink = c.absolute(e.path());
            LocalDate date = e.meta().date().get();
            String content = absolutise(e.content().html(), permalink);
            var entry = new FileViews.FeedEntry(
                    e.meta().title(),
                    permalink,
                    permalink,
                    date.toString(),
                    e.meta().summary().orElse(""),
                    content,
                    null);
            entries.add(new Sorted(date, "0" + e.path().value(), entry));
        }
        entries.addAll(changes(site, lang.code(), section.translationKey()));
        entries.sort(Comparator.comparing(Sorted::date).reversed().thenComparing(Sorted::order));
        String updated =
                entries.isEmpty() ? "2026-01-01" : entries.get(0).date().toString();
        return new FileViews.FeedView(
                lang.code(),
                section.meta().title(),
                lang.title(),
                c.absolute(section.path()),
                c.absolute(section.path().file("atom.xml")),
                updated,
                entries.stream().map(Sorted::entry).toList());
    }

    /** An entry with what orders it: entries of the same day go by page path, then tracker changes by ask. */
    private record Sorted(LocalDate date, String order, FileViews.FeedEntry entry) {}

    /** Every change of status of the asks on a language's pages, when this is the feed the tracker names. */
    private static List<Sorted> changes(SiteModel site, String lang, String feedKey) {
        Optional<Tracker> tracker = site.data().tracker();
        if (tracker.isEmpty() || !tracker.get().feed().map(feedKey::equals).orElse(false)) return List.of();
        List<Sorted> out = new ArrayList<>();
        for (SiteModel.PageAsk pa : site.asks(lang)) {
            String id = pa.ask().id();
            String number = pa.ask().number();
            String permalink = site.config().absolute(pa.page().path()) + "#" + id;
            for (Assessment a : tracker.get().changes(id)) {
                String explanation = a.explanation().get(lang);
                String label = tracker.get().label(lang, a.status());
                var change = new FileViews.StatusChange(
                        id, number, a.status().key(), label, explanation, a.sourceTitle(), a.sourceUrl());
                String title = tracker.get().entryTitle(lang, number, a.status());
                var entry = new FileViews.FeedEntry(
                        title, permalink + "-" + a.date(), permalink, a.date().toString(), explanation, "", change);
                out.add(new Sorted(a.date(), "1" + id, entry));
            }
        }
        return out;
    }

    /** Feed readers need absolute links: resolves relative {@code href}s and {@code src}s against the page. */
    private static String absolutise(String html, String base) {
        URI b = URI.create(base);
        Matcher m = RELATIVE_LINK.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "=\"" + b.resolve(m.group(2)) + "\""));
        }
        m.appendTail(sb);
        return NOT_IN_XML.matcher(sb).replaceAll("");
    }
}
