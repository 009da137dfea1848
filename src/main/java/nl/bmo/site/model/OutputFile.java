package nl.bmo.site.model;

import java.util.Objects;

/** One file of the built site: its path below the output folder (with {@code /}) and its bytes. */
public record OutputFile(String path, byte[] bytes) {
    public OutputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0"))
            throw new IllegalArgumentException("not a relative output path: " + path);
        for (String part : path.split("/", -1))
            if (part.isEmpty() || part.equals("..") || part.equals("."))
                throw new IllegalArgumentException("not a relative output path: " + path);
    }

    public static OutputFile of(String path, String text) {
        return new OutputFile(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
