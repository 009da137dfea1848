package nl.bmo.site.render;

import java.util.List;
import java.util.Map;

/** The records templates see. Every URL in them is relative to the page being rendered, unless named permalink. */
public final class Views {
    private Views() {}

    /**
     * A page as templates see it.
     *
     * @param content the rendered Markdown (HTML; print it with {@code ?no_esc})
     * @param url relative URL from the page being rendered
     * @param permalink absolute URL, from the base URL
     * @param date ISO date ({@code 2026-01-06}) or empty
     * @param dateText the date written out in the page's language, or empty
     * @param number {@code extra.number} when set (demand number), else null
     * @param feedUrl relative URL of the section's Atom feed, or empty
     * @param image absolute URL of the page's share image, or empty
     * @param editUrl the "edit this page" address of the page's source file, or empty when the site sets no {@code editUrl}
     * @param translation for the page being rendered, when the site shows translation notices and its original changed
     *     since it was translated: that original; else null
     * @param asks the page's asks ({@code 1. … {#2-1}} items), in document order
     */
    public record PageView(
            String title,
            String summary,
            String description,
            freemarker.template.TemplateScalarModel content,
            String url,
            String permalink,
            String lang,
            String layout,
            String kind,
            String section,
            String translationKey,
            String date,
            String dateText,
            Integer weight,
            Object number,
            Map<String, Object> extra,
            List<nl.bmo.site.model.Heading> headings,
            List<AskView> asks,
            boolean home,
            boolean current,
            String feedUrl,
            String image,
            String source,
            String editUrl,
            BehindView translation) {}

    /**
     * The original of a translation that is behind it.
     *
     * @param from the original's language code
     * @param title the original's title
     * @param url relative URL of the original
     */
    public record BehindView(String from, String title, String url) {}

    /**
     * An ask of a page.
     *
     * @param id its anchor id ({@code 2-1}); {@code number} what people cite ({@code 2.1})
     * @param text its text as HTML, without number and permalink (print it with {@code ?no_esc})
     */
    public record AskView(String id, String number, String text) {}

    public record LanguageView(String code, String name, String locale, String ogLocale, String homeUrl, String homePermalink, boolean current) {}

    /**
     * The same page in another language.
     *
     * @param fallback true when the page has no translation and the link goes to that language's home
     */
    public record AlternateView(
            String lang, String name, String locale, String ogLocale, String url, String permalink, boolean current, boolean fallback) {}

    public record MenuItem(String title, String url, boolean current) {}

    public record SiteView(
            String title,
            String description,
            String baseUrl,
            String defaultLanguage,
            List<LanguageView> languages,
            List<MenuItem> menu,
            Map<String, Object> params,
            boolean liveReload) {}
}
