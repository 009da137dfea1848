package nl.bmo.site.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.bmo.site.Messages;
import nl.bmo.site.Problem;

/**
 * The page the browser shows instead of the site while the build has errors: every problem with its file, line,
 * message and hint, HTML-escaped. It loads the reload script, so the next good save brings the page back.
 */
final class ErrorPage {
    private ErrorPage() {}

    static byte[] render(List<Problem> problems, String basePath, Messages messages) {
        StringBuilder sb = new StringBuilder(1024);
        long errors = problems.stream().filter(Problem::isError).count();
        String count = messages.count("common.count.error", errors);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(messages.language())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(messages.text("serve.page.title", count))).append("</title>\n")
                .append("<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff;color:#1a1a1a}")
                .append("main{max-width:60rem;margin:0 auto;padding:1.5rem}h1{color:#a00;font-size:1.5rem}")
                .append("li{margin-block-end:1rem}code{font:0.95em ui-monospace,monospace;overflow-wrap:anywhere}")
                .append(".bmo-serve-error__hint{margin:0;color:#444}</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(escape(messages.text("serve.page.heading", count))).append("</h1>\n")
                .append("<p>").append(escape(messages.text("serve.page.intro"))).append("</p>\n<ol>\n");
        for (Problem p : problems.stream().sorted().toList()) {
            sb.append("<li class=\"bmo-serve-error bmo-serve-error--").append(p.severity().label()).append("\"><code>")
                    .append(escape(p.where().toString())).append("</code>: ").append(p.severity().label()).append(": ")
                    .append(escape(messages.format(p.message())));
            if (p.hint().isPresent()) {
                sb.append("<p class=\"bmo-serve-error__hint\">→ ").append(escape(messages.hint(p))).append("</p>");
            }
            sb.append("</li>\n");
        }
        sb.append("</ol>\n</main>\n<script src=\"").append(escape(basePath)).append("__bmo/reload.js\" defer></script>\n</body>\n</html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
