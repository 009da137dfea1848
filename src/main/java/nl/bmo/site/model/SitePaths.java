package nl.bmo.site.model;

/**
 * Site paths are the URLs of pages and files relative to the site root, with no leading slash: {@code ""} is the
 * home, {@code en/demands/} a page (a folder with an {@code index.html}), {@code css/main.1a2b3c4d.css} a file.
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
     * The relative URL from the page or file at {@code from} to {@code to}, so that links work under any sub-path:
     * from {@code eisen/x/} to {@code en/demands/y/} is {@code ../../en/demands/y/}. A link to the same page is
     * {@code ./}.
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
     * Normalises a relative path: {@code a/./b/../c} becomes {@code a/c}; a trailing slash stays. Returns null when
     * {@code ..} would leave the root, or a part holds a backslash or NUL.
     */
    public static String normalise(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.contains("\\") || p.indexOf('\0') >= 0) return null;
            if (p.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        String joined = String.join("/", parts);
        return path.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined;
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

    /** The schemes whose links can run script or smuggle content, refused in every link the site writes. */
    public static final java.util.Set<String> FORBIDDEN_SCHEMES = java.util.Set.of("javascript", "vbscript", "data", "file");

    /**
     * The lowercase scheme of an absolute URL ({@code https}, {@code javascript}), or null for a relative one. Like a
     * browser, it ignores tabs, line breaks and other control characters and spaces, so {@code java\tscript:} is
     * {@code javascript}. Character references are not decoded here: see {@link #forbiddenScheme}.
     */
    public static String scheme(String url) {
        int colon = url.indexOf(':');
        if (colon < 0) return null;
        StringBuilder clean = new StringBuilder(colon);
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != '\u007f') clean.append(c);
        }
        if (clean.isEmpty()) return null;
        String scheme = clean.toString().toLowerCase(java.util.Locale.ROOT);
        return SCHEME.matcher(scheme).matches() ? scheme : null;
    }

    /**
     * The one judgement of unsafe links, used wherever the generator reads a link: the scheme of {@code url} when it
     * is one of {@link #FORBIDDEN_SCHEMES}. The URL is read as a browser would read it from an attribute: character
     * references that can spell a scheme decoded ({@code java&#115;cript:}, {@code javas&#x0A;cript:},
     * {@code java&Tab;script:}, {@code javascript&colon;}), then tabs, line breaks and other control characters
     * removed. A URL that a parser has decoded already may be given too: decoding it again can only find more.
     */
    public static java.util.Optional<String> forbiddenScheme(String url) {
        String scheme = scheme(url.indexOf('&') < 0 ? url : decodeReferences(url));
        return scheme != null && FORBIDDEN_SCHEMES.contains(scheme) ? java.util.Optional.of(scheme) : java.util.Optional.empty();
    }

    /**
     * Decodes the character references that can make up a scheme: numeric ones, with or without the closing
     * {@code ;} as browsers accept them, and the named {@code &Tab;}, {@code &NewLine;} and {@code &colon;}. (No named
     * reference stands for an ASCII letter.)
     */
    static String decodeReferences(String s) {
        java.util.regex.Matcher m = REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String named = m.group(3);
            String decoded;
            if (named != null) {
                decoded = switch (named) {
                    case "Tab" -> "\t";
                    case "NewLine" -> "\n";
                    default -> ":";
                };
            } else {
                String digits = m.group(1) != null ? m.group(1) : m.group(2);
                int radix = m.group(1) != null ? 16 : 10;
                int cp = digits.length() > 7 ? -1 : Integer.parseInt(digits, radix);
                decoded = cp > 0 && Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "\uFFFD";
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[a-z][a-z0-9+.-]*");
    private static final java.util.regex.Pattern REFERENCE =
            java.util.regex.Pattern.compile("&#(?:[xX]([0-9a-fA-F]++)|([0-9]++));?|&(Tab|NewLine|colon);");
}
