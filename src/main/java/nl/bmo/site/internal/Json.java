package nl.bmo.site.internal;

/** JSON text for the files the generator writes itself ({@code tracker.json}, {@code status --format json}). */
public final class Json {
    private Json() {}

    /**
     * {@code s} as a JSON string, or {@code null} for null. Besides what JSON requires, {@code <}, {@code >}, {@code &}
     * and the line and paragraph separators are written as escapes, so the text is safe wherever it is shown (inside a
     * {@code <script>} too).
     */
    public static String string(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
