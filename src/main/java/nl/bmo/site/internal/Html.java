package nl.bmo.site.internal;

/** The one escaper for text the generator writes into HTML or XML itself (templates escape with FreeMarker). */
public final class Html {
    private Html() {}

    /**
     * {@code s} as HTML or XML text or attribute value: {@code & < > " '} become {@code &amp; &lt; &gt; &quot; &#39;}
     * (as FreeMarker's HTML escaping writes them), and control characters that XML forbids (all below U+0020 but tab,
     * line feed and carriage return) are left out.
     */
    public static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? "" : null;
            };
            if (replacement == null) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            sb.append(replacement);
        }
        return sb == null ? s : sb.toString();
    }
}
