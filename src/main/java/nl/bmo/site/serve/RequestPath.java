package nl.bmo.site.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the raw path of a request once, strictly, and refuses anything that is not a plain path inside the site:
 * {@code .} or {@code ..} segments (also percent-encoded), double encoding ({@code %25}), encoded slashes, backslashes,
 * NUL and other control characters, empty segments and malformed UTF-8. The site is served from memory, so no path can
 * reach the disk anyway; this is the second wall, and it turns bad requests into a plain 400.
 */
final class RequestPath {
    static final int MAX_LENGTH = 2048;

    private RequestPath() {}

    /** The decoded path ({@code /campaign/eisen/}), or empty when the request is refused. */
    static Optional<String> decode(String raw) {
        if (raw == null || raw.isEmpty() || raw.charAt(0) != '/' || raw.length() > MAX_LENGTH) return Optional.empty();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int b = i + 2 < raw.length() ? hex(raw.charAt(i + 1), raw.charAt(i + 2)) : -1;
                if (b < 0 || b < 0x20 || b == 0x7f || b == '%' || b == '/' || b == '\\') return Optional.empty();
                bytes.write(b);
                i += 2;
            } else if (c < 0x20 || c == 0x7f || c == '\\') {
                return Optional.empty();
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isSurrogate(c)) return Optional.empty();
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return utf8(bytes.toByteArray()).filter(RequestPath::isPlain);
    }

    private static boolean isPlain(String path) {
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i];
            if (s.isEmpty() && i != segments.length - 1) return false;
            if (s.equals(".") || s.equals("..")) return false;
            for (int j = 0; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c < 0x20 || c == 0x7f || c == '\\' || c == '%' || (c >= 0x80 && c <= 0x9f)) return false;
            }
        }
        return true;
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static int hex(char a, char b) {
        int hi = Character.digit(a, 16);
        int lo = Character.digit(b, 16);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }
}
