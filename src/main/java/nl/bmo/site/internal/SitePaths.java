package nl.bmo.site.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * String rules for relative paths as written (in links, {@code published-urls.txt}, HTML): normalising, relative links
 * and folders. A page's site path is a {@code model.SitePath}, which uses these rules; they stay here for paths that
 * are not known to be normal yet, and for source paths.
 */
public final class SitePaths {
    private SitePaths() {}

    /** The folder a site path lives in: the path itself for a page, the parent for a file. */
    public static String folderOf(String sitePath) {
        if (sitePath.isEmpty() || sitePath.endsWith("/")) return sitePath;
        int slash = sitePath.lastIndexOf('/');
        return slash < 0 ? "" : sitePath.substring(0, slash + 1);
    }

    /**
     * The relative URL from the page or file at {@code from} to {@code to}, so that links work under any sub-path: from
     * {@code eisen/x/} to {@code en/demands/y/} is {@code ../../en/demands/y/}. A link to the same page is {@code ./}.
     */
    public static String relative(String from, String to) {
        String base = folderOf(from);
        String[] b = base.isEmpty() ? new String[0] : base.split("/");
        String[] t = to.isEmpty() ? new String[0] : to.split("/");
        boolean toFolder = to.isEmpty() || to.endsWith("/");
        int targetParts = toFolder ? t.length : t.length - 1;
        int common = 0;
        while (common < b.length && common < targetParts && b[common].equals(t[common])) common++;
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < b.length; i++) sb.append("../");
        for (int i = common; i < t.length; i++) {
            sb.append(t[i]);
            if (i < t.length - 1 || toFolder) sb.append('/');
        }
        return sb.length() == 0 ? "./" : sb.toString();
    }

    /** The output file of a page path: {@code eisen/x/} becomes {@code eisen/x/index.html}. */
    public static String outputFile(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
    }

    /**
     * Whether {@code path} is a normal relative path: not empty, no leading or trailing {@code /}, no empty, {@code .}
     * or {@code ..} part, no backslash or NUL ({@code content/nl/x.md}, {@code eisen/x/index.html}). The one rule
     * behind the source, output and site path types of the model.
     */
    public static boolean isNormal(String path) {
        if (path == null || path.isEmpty()) return false;
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            char c = i < path.length() ? path.charAt(i) : '/';
            if (c == '\\' || c == '\0') return false;
            if (c != '/') continue;
            int len = i - start;
            if (len == 0) return false;
            if (path.charAt(start) == '.' && (len == 1 || (len == 2 && path.charAt(start + 1) == '.'))) return false;
            start = i + 1;
        }
        return true;
    }

    /**
     * Normalises a relative path: {@code a/./b/../c} becomes {@code a/c}; a trailing slash stays. Empty when {@code ..}
     * would leave the root, or a part holds a backslash or NUL.
     */
    public static Optional<String> normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.contains("\\") || p.indexOf('\0') >= 0) return Optional.empty();
            if (p.equals("..")) {
                if (parts.isEmpty()) return Optional.empty();
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        String joined = String.join("/", parts);
        return Optional.of(path.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined);
    }

    /**
     * The site path a root-relative URL names, the way hosts serve it: {@code /eisen/1} and {@code /eisen/1/index.html}
     * are {@code eisen/1/}; a file such as {@code /oud.html} or {@code /sitemap.xml} stays a file.
     */
    public static String fromUrlPath(String url) {
        String p = url.strip();
        if (p.startsWith("/")) p = p.substring(1);
        if (p.endsWith("index.html")) p = p.substring(0, p.length() - "index.html".length());
        if (!p.isEmpty() && !p.endsWith("/") && !p.endsWith(".html") && !p.endsWith(".xml")) p += "/";
        return p;
    }
}
