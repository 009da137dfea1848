package nl.bmo.site.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the one digest the generator uses: asset fingerprints, cache keys and translation hashes. */
public final class Digests {
    private Digests() {}

    public static byte[] sha256(byte[] bytes) {
        return newSha256().digest(bytes);
    }

    /** A new SHA-256 digest, for input given in parts. */
    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The SHA-256 digest of {@code text} in UTF-8, as lower-case hex. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
}
