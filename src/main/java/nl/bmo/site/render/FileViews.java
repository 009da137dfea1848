package nl.bmo.site.render;

import java.util.List;

/**
 * The records the templates of generated files see ({@code templates/files/…} and {@code templates/_server/…}).
 * Addresses named {@code permalink}, {@code loc}, {@code href} or {@code self} are absolute (from the base URL); those
 * named {@code url} are relative to the file being written. Dates are {@code YYYY-MM-DD}. Absent text is empty.
 */
public final class FileViews {
    private FileViews() {}

    /**
     * A page in {@code sitemap.xml}.
     *
     * @param translations the page in every language that has it, this one included
     * @param xDefault the page's {@code x-default}, or empty
     */
    public record SitemapUrl(String loc, String lastmod, List<Translation> translations, String xDefault) {}

    /** A page in one language: {@code lang} is its code. */
    public record Translation(String lang, String href) {}

    /**
     * A redirect page at an old address of a page.
     *
     * @param path the old address (a site path)
     * @param lang the page's language
     * @param title the page's title
     * @param url the relative link from the old address to the page
     * @param permalink the page's absolute address
     */
    public record AliasView(String path, String lang, String title, String url, String permalink) {}

    /**
     * The language chooser at the root.
     *
     * @param permalink the root's absolute address
     * @param defaultLanguage the default language (its url and permalink are empty when it has no home)
     * @param languages every language with a home, in configuration order
     */
    public record ChooserView(String permalink, LanguageHome defaultLanguage, List<LanguageHome> languages) {}

    /**
     * A language and its home.
     *
     * @param title the site's title in this language, or empty
     * @param url the relative link from the root to the home
     * @param permalink the home's absolute address
     */
    public record LanguageHome(String code, String name, String title, String url, String permalink) {}

    /**
     * An Atom feed of a section.
     *
     * @param title the section's title
     * @param siteTitle the site's title in the feed's language
     * @param permalink the section's address
     * @param self the feed's address
     * @param updated the date of the newest entry
     */
    public record FeedView(
            String lang,
            String title,
            String siteTitle,
            String permalink,
            String self,
            String updated,
            List<FeedEntry> entries) {}

    /**
     * An entry of a feed: a dated page, or a change of an ask's status.
     *
     * @param content a page's HTML with absolute links; empty for a change
     * @param change the change of status, or null for a page
     */
    public record FeedEntry(
            String title,
            String id,
            String permalink,
            String date,
            String summary,
            String content,
            StatusChange change) {}

    /**
     * A change of an ask's status in the demand tracker.
     *
     * @param ask the ask's id ({@code 2-1})
     * @param number what people cite ({@code 2.1})
     * @param status the new status ({@code partly-adopted}); {@code label} says it in the feed's language
     */
    public record StatusChange(
            String ask,
            String number,
            String status,
            String label,
            String explanation,
            String sourceTitle,
            String sourceUrl) {}

    /** A problem on the preview's page of problems; {@code where} is {@code file:line:col}. */
    public record ProblemView(String where, String severity, String message, String hint) {}

    /** A column of the preview's translation status page. */
    public record LanguageColumn(String code, String name) {}

    /** A translation key on the preview's translation status page: its page in every language. */
    public record TranslationRow(String key, List<TranslationCell> cells) {}

    /**
     * One language's page of a translation key.
     *
     * @param state {@code original}, {@code up-to-date}, {@code behind}, {@code not-recorded} or {@code missing}
     * @param label the state for people, in the language of the staff's messages
     * @param file the page's file; for a missing page, where to create it
     * @param diff what changed in the original since the translation, or empty
     */
    public record TranslationCell(String state, String label, String file, String diff) {}
}
