package nl.bmo.site.output;

import java.util.ArrayList;
import java.util.List;
import nl.bmo.site.internal.SitePaths;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.SiteModel;

/**
 * The files every site gets besides its pages: sitemap, robots.txt, redirect pages for aliases, Atom feeds (with an
 * entry for every change of status in the demand tracker), and the tracker's {@code tracker.json} per language.
 */
public final class Extras {

    public List<OutputFile> render(SiteModel site) {
        List<OutputFile> out = new ArrayList<>();
        out.add(sitemap(site));
        if (site.config().defaultLanguageInSubdir()) out.add(languageChooser(site));
        out.add(robots(site.config()));
        out.addAll(redirects(site));
        for (Page p : site.pages()) if (p.meta().feed()) out.add(feed(site, p));
        out.addAll(TrackerFiles.json(site));
        return out;
    }

    /** {@code sitemap.xml} with an {@code xhtml:link} for every translation and the {@code x-default}. */
    static OutputFile sitemap(SiteModel site) {
        SiteConfig c = site.config();
        StringBuilder sb = new StringBuilder(256 + site.pages().size() * 300);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Page p : site.pages()) {
            sb.append("  <url>\n    <loc>").append(xml(c.absolute(p.path()))).append("</loc>\n");
            p.meta().date().ifPresent(d -> sb.append("    <lastmod>").append(d).append("</lastmod>\n"));
            List<Page> translations = site.translationsOf(p);
            if (translations.size() > 1) {
                for (Page t : translations) link(sb, t.lang(), c.absolute(t.path()));
                site.xDefault(p).ifPresent(x -> link(sb, "x-default", x));
            }
            sb.append("  </url>\n");
        }
        if (c.defaultLanguageInSubdir()) sb.append("  <url>\n    <loc>").append(xml(c.absolute(""))).append("</loc>\n  </url>\n");
        sb.append("</urlset>\n");
        return OutputFile.of("sitemap.xml", sb.toString());
    }

    /** {@code /index.html} when every language lives under its prefix: a small page that lets the reader choose. */
    static OutputFile languageChooser(SiteModel site) {
        SiteConfig c = site.config();
        StringBuilder links = new StringBuilder();
        StringBuilder alternates = new StringBuilder();
        for (Language l : c.languages()) {
            site.home(l.code()).ifPresent(h -> {
                links.append("<li><a href=\"").append(xml(SitePaths.relative("", h.path()))).append("\" hreflang=\"").append(xml(l.code()))
                        .append("\" lang=\"").append(xml(l.code())).append("\">").append(xml(l.title().isEmpty() ? l.name() : l.title()))
                        .append(" (").append(xml(l.name())).append(")</a></li>\n");
                alternates.append("<link rel=\"alternate\" hreflang=\"").append(xml(l.code())).append("\" href=\"")
                        .append(xml(c.absolute(h.path()))).append("\">\n");
            });
        }
        Language def = c.defaultLang();
        String html = "<!DOCTYPE html>\n<html lang=\"" + xml(def.code()) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + xml(def.title().isEmpty() ? def.name() : def.title()) + "</title>\n"
                + "<link rel=\"canonical\" href=\"" + xml(c.absolute("")) + "\">\n" + alternates
                + "<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + xml(c.absolute("")) + "\">\n"
                + "</head>\n<body>\n<main>\n<h1>" + xml(def.title().isEmpty() ? def.name() : def.title()) + "</h1>\n<ul>\n" + links
                + "</ul>\n</main>\n</body>\n</html>\n";
        return OutputFile.of("index.html", html);
    }

    private static void link(StringBuilder sb, String hreflang, String href) {
        sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(xml(hreflang)).append("\" href=\"").append(xml(href)).append("\"/>\n");
    }

    static OutputFile robots(SiteConfig c) {
        return OutputFile.of("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + c.absolute("sitemap.xml") + "\n");
    }

    /** A small page at each alias that sends the reader on, with a canonical link for search engines. */
    static List<OutputFile> redirects(SiteModel site) {
        List<OutputFile> out = new ArrayList<>();
        for (Page p : site.pages()) {
            for (String alias : p.meta().aliases()) {
                String path = SitePaths.fromUrlPath(alias);
                String rel = SitePaths.relative(path, p.path());
                String canonical = site.config().absolute(p.path());
                String html = "<!DOCTYPE html>\n<html lang=\"" + xml(p.lang()) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                        + "<title>" + xml(p.meta().title()) + "</title>\n"
                        + "<meta name=\"robots\" content=\"noindex\">\n"
                        + "<link rel=\"canonical\" href=\"" + xml(canonical) + "\">\n"
                        + "<meta http-equiv=\"refresh\" content=\"0; url=" + xml(rel) + "\">\n"
                        + "</head>\n<body>\n<p><a href=\"" + xml(rel) + "\">" + xml(p.meta().title()) + "</a></p>\n</body>\n</html>\n";
                out.add(OutputFile.of(SitePaths.outputFile(path), html));
            }
        }
        return out;
    }

    /** {@code <section>/atom.xml}: the section's dated pages and the tracker's changes of status, newest first. */
    static OutputFile feed(SiteModel site, Page section) {
        SiteConfig c = site.config();
        Language lang = c.language(section.lang()).orElseThrow();
        List<FeedEntry> entries = new ArrayList<>();
        for (Page e : site.children(section)) {
            if (e.meta().date().isEmpty()) continue;
            entries.add(new FeedEntry(e.meta().date().get(), "0" + e.path(), e.meta().title(), c.absolute(e.path()), c.absolute(e.path()),
                    e.meta().summary().orElse(null), absolutise(e.content().html(), c.absolute(e.path()))));
        }
        for (TrackerFiles.Change ch : TrackerFiles.changes(site, lang.code(), section.translationKey())) {
            var a = ch.assessment();
            String explanation = a.explanation().get(lang.code());
            String html = "<p>" + xml(explanation) + "</p>\n<p><a href=\"" + xml(a.sourceUrl()) + "\">" + xml(a.sourceTitle()) + "</a></p>";
            entries.add(new FeedEntry(a.date(), "1" + ch.askId(), ch.title(), ch.permalink() + "-" + a.date(), ch.permalink(), explanation, html));
        }
        entries.sort(java.util.Comparator.comparing(FeedEntry::date).reversed().thenComparing(FeedEntry::order));
        String updated = entries.isEmpty() ? "2026-01-01" : entries.get(0).date().toString();
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(xml(lang.code())).append("\">\n");
        sb.append("  <title>").append(xml(section.meta().title() + " – " + lang.title())).append("</title>\n");
        sb.append("  <id>").append(xml(c.absolute(section.path()))).append("</id>\n");
        sb.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(c.absolute(section.path()))).append("\"/>\n");
        sb.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(xml(c.absolute(section.path() + "atom.xml"))).append("\"/>\n");
        sb.append("  <updated>").append(updated).append("T00:00:00Z</updated>\n");
        sb.append("  <author><name>").append(xml(lang.title())).append("</name></author>\n");
        for (FeedEntry e : entries) {
            sb.append("  <entry>\n    <title>").append(xml(e.title())).append("</title>\n");
            sb.append("    <id>").append(xml(e.id())).append("</id>\n");
            sb.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(e.link())).append("\"/>\n");
            sb.append("    <updated>").append(e.date()).append("T00:00:00Z</updated>\n");
            if (e.summary() != null) sb.append("    <summary>").append(xml(e.summary())).append("</summary>\n");
            sb.append("    <content type=\"html\">").append(xml(e.html())).append("</content>\n");
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return OutputFile.of(section.path() + "atom.xml", sb.toString());
    }

    /** One entry of a feed; {@code order} sorts entries of the same day (pages by path, then tracker changes by ask). */
    private record FeedEntry(java.time.LocalDate date, String order, String title, String id, String link, String summary, String html) {}

    /** Feed readers need absolute links: sets an {@code xml:base}-free form by resolving relative hrefs. */
    private static String absolutise(String html, String base) {
        java.net.URI b = java.net.URI.create(base);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(href|src)=\"([^\"#:][^\":]*?)\"").matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(m.group(1) + "=\"" + b.resolve(m.group(2)) + "\""));
        m.appendTail(sb);
        return sb.toString();
    }

    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r') sb.append(ch);
                }
            }
        }
        return sb.toString();
    }
}
