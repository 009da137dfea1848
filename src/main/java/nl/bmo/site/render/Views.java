package nl.bmo.site.render;

import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.bmo.site.model.Heading;

/** The records templates see. Every URL in them is relative to the page being rendered, unless named permalink. */
public final class Views {
    private Views() {}

    /**
     * A page as templates see it ({@code page.title}, {@code page.url} …). Made only with {@link #builder()}, which
     * names every value, so that no two of its many text fields can be swapped by their position.
     *
     * @param content the rendered Markdown (HTML; print it with {@code ?no_esc})
     * @param url relative URL from the page being rendered
     * @param permalink absolute URL, from the base URL
     * @param date ISO date ({@code 2026-01-06}) or empty
     * @param dateText the date written out in the page's language, or empty
     * @param extra the front matter's {@code extra}: the site's own fields, which the theme gives a meaning
     * @param feedUrl relative URL of the section's Atom feed, or empty
     * @param image absolute URL of the page's share image, or empty
     * @param source the page's source file ({@code content/nl/eisen/x.md})
     * @param editUrl the "edit this page" address of the page's source file, or empty when the site sets no
     *     {@code editUrl}
     * @param translation for the page being rendered, when the site shows translation notices and its original changed
     *     since it was translated: that original; else null
     * @param asks the page's asks ({@code 1. … {#2-1}} items), in document order
     */
    public record PageView(
            String title,
            String summary,
            String description,
            TemplateScalarModel content,
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
            Map<String, Object> extra,
            List<Heading> headings,
            List<AskView> asks,
            boolean home,
            boolean current,
            String feedUrl,
            String image,
            String source,
            String editUrl,
            BehindView translation) {

        static Builder builder() {
            return new Builder();
        }

        /** Collects a {@link PageView} value by value; {@link #build} checks that every required value was given. */
        static final class Builder {
            private String title;
            private String summary = "";
            private String description = "";
            private TemplateScalarModel content;
            private String url;
            private String permalink;
            private String lang;
            private String layout;
            private String kind;
            private String section = "";
            private String translationKey;
            private String date = "";
            private String dateText = "";
            private Integer weight;
            private Map<String, Object> extra = Map.of();
            private List<Heading> headings = List.of();
            private List<AskView> asks = List.of();
            private boolean home;
            private boolean current;
            private String feedUrl = "";
            private String image = "";
            private String source;
            private String editUrl = "";
            private BehindView translation;

            private Builder() {}

            Builder title(String title) {
                this.title = title;
                return this;
            }

            Builder summary(String summary) {
                this.summary = summary;
                return this;
            }

            Builder description(String description) {
                this.description = description;
                return this;
            }

            Builder content(TemplateScalarModel content) {
                this.content = content;
                return this;
            }

            Builder url(String url) {
                this.url = url;
                return this;
            }

            Builder permalink(String permalink) {
                this.permalink = permalink;
                return this;
            }

            Builder lang(String lang) {
                this.lang = lang;
                return this;
            }

            Builder layout(String layout) {
                this.layout = layout;
                return this;
            }

            Builder kind(String kind) {
                this.kind = kind;
                return this;
            }

            Builder section(String section) {
                this.section = section;
                return this;
            }

            Builder translationKey(String translationKey) {
                this.translationKey = translationKey;
                return this;
            }

            Builder date(String date) {
                this.date = date;
                return this;
            }

            Builder dateText(String dateText) {
                this.dateText = dateText;
                return this;
            }

            Builder weight(Integer weight) {
                this.weight = weight;
                return this;
            }

            Builder extra(Map<String, Object> extra) {
                this.extra = extra;
                return this;
            }

            Builder headings(List<Heading> headings) {
                this.headings = headings;
                return this;
            }

            Builder asks(List<AskView> asks) {
                this.asks = asks;
                return this;
            }

            Builder home(boolean home) {
                this.home = home;
                return this;
            }

            Builder current(boolean current) {
                this.current = current;
                return this;
            }

            Builder feedUrl(String feedUrl) {
                this.feedUrl = feedUrl;
                return this;
            }

            Builder image(String image) {
                this.image = image;
                return this;
            }

            Builder source(String source) {
                this.source = source;
                return this;
            }

            Builder editUrl(String editUrl) {
                this.editUrl = editUrl;
                return this;
            }

            Builder translation(BehindView translation) {
                this.translation = translation;
                return this;
            }

            PageView build() {
                return new PageView(
                        Objects.requireNonNull(title, "title"),
                        Objects.requireNonNull(summary, "summary"),
                        Objects.requireNonNull(description, "description"),
                        Objects.requireNonNull(content, "content"),
                        Objects.requireNonNull(url, "url"),
                        Objects.requireNonNull(permalink, "permalink"),
                        Objects.requireNonNull(lang, "lang"),
                        Objects.requireNonNull(layout, "layout"),
                        Objects.requireNonNull(kind, "kind"),
                        Objects.requireNonNull(section, "section"),
                        Objects.requireNonNull(translationKey, "translationKey"),
                        Objects.requireNonNull(date, "date"),
                        Objects.requireNonNull(dateText, "dateText"),
                        weight,
                        Objects.requireNonNull(extra, "extra"),
                        Objects.requireNonNull(headings, "headings"),
                        Objects.requireNonNull(asks, "asks"),
                        home,
                        current,
                        Objects.requireNonNull(feedUrl, "feedUrl"),
                        Objects.requireNonNull(image, "image"),
                        Objects.requireNonNull(source, "source"),
                        Objects.requireNonNull(editUrl, "editUrl"),
                        translation);
            }
        }
    }

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

    public record LanguageView(
            String code,
            String name,
            String locale,
            String ogLocale,
            String homeUrl,
            String homePermalink,
            boolean current) {}

    /**
     * The same page in another language.
     *
     * @param fallback true when the page has no translation and the link goes to that language's home
     */
    public record AlternateView(
            String lang,
            String name,
            String locale,
            String ogLocale,
            String url,
            String permalink,
            boolean current,
            boolean fallback) {}

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
