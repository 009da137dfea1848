package nl.bmo.site.render;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.SitePath;
import nl.bmo.site.model.TranslatableText;
import nl.bmo.site.model.Translation;
import nl.bmo.site.model.UiStrings;

/** Makes the template views of pages, languages and menus, with URLs relative to one page. */
final class ViewFactory {
    private final SiteReads reads;
    private final SiteModel site;
    private final Page current;
    private final PageLinks links;
    private final RenderOptions options;

    ViewFactory(SiteReads reads, Page current, PageLinks links, RenderOptions options) {
        this.reads = reads;
        this.site = reads.site();
        this.current = current;
        this.links = links;
        this.options = options;
    }

    private static final Map<String, DateTimeFormatter> DATE_FORMATS = new ConcurrentHashMap<>();

    /** A date written out in a locale ({@code 6 januari 2026}); formatters are immutable, so one per locale. */
    static DateTimeFormatter dateFormat(String locale) {
        return DATE_FORMATS.computeIfAbsent(
                locale, l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(l)));
    }

    PageLinks links() {
        return links;
    }

    Views.PageView page(Page p) {
        SiteConfig c = site.config();
        Language lang = c.language(p.lang()).orElseThrow();
        String date = p.meta().date().map(Object::toString).orElse("");
        String dateText =
                p.meta().date().map(d -> d.format(dateFormat(lang.locale()))).orElse("");
        String image = p.meta()
                .image()
                .map(i -> i.matches("https?://.*") ? i : c.baseUrl() + i.replaceFirst("^/", ""))
                .orElse(options.shareImages() ? c.absolute(p.path().file("share.png")) : "");
        return Views.PageView.builder()
                .title(p.meta().title())
                .summary(p.meta().summary().orElse(""))
                .description(p.meta().metaDescription())
                .content(new BodyView(reads, p))
                .url(links.to(p.path()))
                .permalink(c.absolute(p.path()))
                .lang(p.lang())
                .layout(p.layout())
                .kind(p.kind().name().toLowerCase(Locale.ROOT))
                .section(p.section())
                .translationKey(p.translationKey())
                .date(date)
                .dateText(dateText)
                .weight(p.meta().weight().orElse(null))
                .extra(p.meta().extra())
                .headings(BodyView.headings(reads, p))
                .asks(BodyView.asks(reads, p))
                .home(p.kind() == Page.Kind.HOME)
                .current(p == current)
                .feedUrl(p.meta().feed() ? links.to(p.path().file("atom.xml")) : "")
                .image(image)
                .source(p.source().path().value())
                .editUrl(
                        c.editUrl().isEmpty()
                                ? ""
                                : c.editUrl() + p.source().path().value().replace(" ", "%20"))
                .translation(p == current ? behind(p) : null)
                .build();
    }

    /** The original of a page whose original changed since it was translated, when the site shows such notices. */
    private Views.BehindView behind(Page p) {
        if (!site.config().translationNotice() || p.meta().translation().isEmpty()) return null;
        Translation t = p.meta().translation().get();
        Page original = reads.original(t.from(), p.translationKey()).orElse(null);
        if (original == null || original == p || TranslatableText.hash(original).equals(t.source())) return null;
        return new Views.BehindView(t.from(), original.meta().title(), links.to(original.path()));
    }

    /**
     * {@code data} in templates: every data file by name, and {@code data.tracker} as the tracker in this language
     * ({@link TrackerViews.TrackerView}) when the site has one.
     */
    Map<String, Object> data(String lang) {
        // the tracker view is made, and its reads of every page's asks recorded, only when a template asks for it
        Map<String, Object> files = site.data().files();
        return new AbstractMap<>() {
            private Object tracker;

            @Override
            public Object get(Object key) {
                if ("tracker".equals(key) && site.data().tracker().isPresent()) {
                    if (tracker == null)
                        tracker = TrackerViews.of(
                                site, reads, site.data().tracker().get(), lang, ViewFactory.this);
                    return tracker;
                }
                return files.get(key);
            }

            @Override
            public boolean containsKey(Object key) {
                return ("tracker".equals(key) && site.data().tracker().isPresent()) || files.containsKey(key);
            }

            @Override
            public Set<Entry<String, Object>> entrySet() {
                Map<String, Object> all = new LinkedHashMap<>(files);
                if (site.data().tracker().isPresent()) all.put("tracker", get("tracker"));
                return all.entrySet();
            }
        };
    }

    Views.LanguageView language(Language l, String currentLang) {
        SitePath home = reads.home(l.code())
                .map(Page::path)
                .orElse(SitePath.of(site.config().prefix(l.code())));
        return new Views.LanguageView(
                l.code(),
                l.name(),
                l.locale(),
                l.ogLocale(),
                links.to(home),
                site.config().absolute(home),
                l.code().equals(currentLang));
    }

    /** The current page in every language; a language without a translation links to its home. */
    List<Views.AlternateView> alternates(Page p) {
        List<Views.AlternateView> out = new ArrayList<>();
        for (Language l : site.config().languages()) {
            Page target = reads.page(l.code(), p.translationKey()).orElse(null);
            boolean fallback = target == null;
            if (fallback) target = reads.home(l.code()).orElse(null);
            if (target == null) continue;
            out.add(new Views.AlternateView(
                    l.code(),
                    l.name(),
                    l.locale(),
                    l.ogLocale(),
                    links.to(target.path()),
                    site.config().absolute(target.path()),
                    l.code().equals(p.lang()),
                    fallback));
        }
        return out;
    }

    List<Views.MenuItem> menu(String lang, UiStrings strings) {
        List<Views.MenuItem> items = new ArrayList<>();
        for (String key : site.config().menu()) {
            reads.page(lang, key)
                    .ifPresent(p -> items.add(new Views.MenuItem(
                            strings.get(lang, "menu." + key).orElse(p.meta().title()),
                            links.to(p.path()),
                            current != null
                                    && (p == current
                                            || (current.path()
                                                            .value()
                                                            .startsWith(p.path().value())
                                                    && !p.path()
                                                            .value()
                                                            .equals(site.config()
                                                                    .prefix(lang)))))));
        }
        return items;
    }
}
