package nl.bmo.site.render;

import java.util.List;
import nl.bmo.site.model.Page;

/**
 * {@code pages} in templates: other pages of the site, as {@link Views.PageView}s with URLs relative to the page being
 * rendered. Methods return null where there is nothing (use {@code ??} in templates).
 */
public final class Pages {
    private final SiteReads site;
    private final Page current;
    private final String lang;
    private final ViewFactory views;

    Pages(SiteReads site, Page current, String lang, ViewFactory views) {
        this.site = site;
        this.current = current;
        this.lang = lang;
        this.views = views;
    }

    /** The pages of the current section page ({@code _index.md}), in order. */
    public List<Views.PageView> children() {
        return current == null
                ? List.of()
                : site.children(current).stream().map(views::page).toList();
    }

    /** The pages below the section whose page has this translation key, in the current language. */
    public List<Views.PageView> section(String translationKey) {
        return site.page(lang, translationKey)
                .map(s -> site.children(s).stream().map(views::page).toList())
                .orElse(List.of());
    }

    /** The page with this translation key in the current language, or null. */
    public Views.PageView get(String translationKey) {
        return site.page(lang, translationKey).map(views::page).orElse(null);
    }

    /** The page with this translation key in another language, or null. */
    public Views.PageView get(String language, String translationKey) {
        return site.page(language, translationKey).map(views::page).orElse(null);
    }

    /** The page before the current one in its folder, or null. */
    public Views.PageView prev() {
        return sibling(-1);
    }

    /** The page after the current one in its folder, or null. */
    public Views.PageView next() {
        return sibling(1);
    }

    private Views.PageView sibling(int step) {
        if (current == null || current.kind() != Page.Kind.PAGE) return null;
        List<Page> siblings = site.folder(lang, current.source().folder());
        int i = siblings.indexOf(current) + step;
        return i >= 0 && i < siblings.size() ? views.page(siblings.get(i)) : null;
    }
}
