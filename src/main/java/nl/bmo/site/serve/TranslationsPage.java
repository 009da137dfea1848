package nl.bmo.site.serve;

import java.nio.charset.StandardCharsets;
import nl.bmo.site.model.Language;
import nl.bmo.site.translation.Cell;
import nl.bmo.site.translation.Row;
import nl.bmo.site.translation.StatusFormat;
import nl.bmo.site.translation.StatusReport;

/**
 * The translation status as a page of the preview ({@code __bmo/translations}), the same table as {@code status}:
 * one row per translation key, the state and file per language, and for pages that are behind what changed in the
 * original. Only the preview serves it; it is never part of the built site. It reloads with the site.
 */
final class TranslationsPage {
    static final String PATH = "__bmo/translations";

    private TranslationsPage() {}

    static byte[] render(StatusReport r, String basePath) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Translations</title>\n")
                .append("<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff;color:#1a1a1a}")
                .append("main{max-width:72rem;margin:0 auto;padding:1.5rem}table{border-collapse:collapse;width:100%}")
                .append("th,td{text-align:start;vertical-align:top;padding:.4rem .6rem;border-block-end:1px solid #ccc}")
                .append("code,pre{font:0.9em ui-monospace,monospace;overflow-wrap:anywhere}pre{white-space:pre-wrap;background:#f4f4f4;padding:.5rem;margin:.3rem 0 0}")
                .append(".bmo-serve-tr--behind,.bmo-serve-tr--missing,.bmo-serve-tr--not-recorded{background:#fff4cc;font-weight:bold}</style>\n")
                .append("</head>\n<body>\n<main>\n<h1>Translations</h1>\n<p>").append(ErrorPage.escape(StatusFormat.summary(r)))
                .append(" After translating a page, run <code>translated FILE</code>; this page reloads by itself.</p>\n<table>\n<thead><tr><th scope=\"col\">Key</th>");
        for (Language l : r.languages()) sb.append("<th scope=\"col\">").append(ErrorPage.escape(l.name() + " (" + l.code() + ")")).append("</th>");
        sb.append("</tr></thead>\n<tbody>\n");
        for (Row row : r.rows()) {
            sb.append("<tr><th scope=\"row\"><code>").append(ErrorPage.escape(row.key())).append("</code></th>");
            for (Cell c : row.cells()) {
                sb.append("<td class=\"bmo-serve-tr--").append(c.state().id()).append("\">").append(ErrorPage.escape(c.state().label()))
                        .append("<br><code>").append(ErrorPage.escape(c.file())).append("</code>");
                c.diff().ifPresent(d -> sb.append("<details><summary>What changed in the original</summary><pre>")
                        .append(ErrorPage.escape(d)).append("</pre></details>"));
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</main>\n<script src=\"").append(ErrorPage.escape(basePath)).append("__bmo/reload.js\" defer></script>\n")
                .append("</body>\n</html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
