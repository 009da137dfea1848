package nl.bmo.site.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file of the built site: its path below the output folder (with {@code /}) and its bytes. Immutable, and equal to
 * another output file with the same path and the same bytes.
 *
 * <p>The bytes are never shared with a caller who could change them: the constructor copies the array it is given, and
 * {@link #bytes()} returns a copy. A build makes one of these for every page, so the makers that hold a fresh array
 * nobody else sees hand it over without a copy through {@link #of(String, String)} or {@link #owning(String, byte[])},
 * and readers that only need to look use {@link #writeTo}, {@link #openStream}, {@link #text}, {@link #size} or
 * {@link #equals}, none of which copies.
 */
public final class OutputFile {
    private final OutputPath path;
    private final byte[] bytes;
    private int hash;

    /** An output file with a copy of {@code bytes}: later changes to the array do not change the file. */
    public OutputFile(OutputPath path, byte[] bytes) {
        this(path, Objects.requireNonNull(bytes, "bytes").clone(), true);
    }

    /** An output file at the plain path {@code path}, which must be normal ({@link OutputPath#of}). */
    public OutputFile(String path, byte[] bytes) {
        this(OutputPath.of(path), bytes);
    }

    private OutputFile(OutputPath path, byte[] owned, boolean checked) {
        this.path = Objects.requireNonNull(path, "path");
        this.bytes = Objects.requireNonNull(owned, "bytes");
    }

    /** A text file, UTF-8 encoded. */
    public static OutputFile of(OutputPath path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8), true);
    }

    /** A text file at the plain path {@code path}, which must be normal ({@link OutputPath#of}). */
    public static OutputFile of(String path, String text) {
        return of(OutputPath.of(path), text);
    }

    /**
     * An output file that takes {@code bytes} over without copying them. Only for an array the caller made itself and
     * never touches again (a freshly encoded image, a file just read): a later change to it would change the file.
     */
    public static OutputFile owning(OutputPath path, byte[] bytes) {
        return new OutputFile(path, bytes, true);
    }

    /** {@link #owning(OutputPath, byte[])} at the plain path {@code path}, which must be normal. */
    public static OutputFile owning(String path, byte[] bytes) {
        return owning(OutputPath.of(path), bytes);
    }

    /** The path below the output folder. */
    public OutputPath path() {
        return path;
    }

    /** A copy of the bytes; to read them without copying use {@link #writeTo}, {@link #openStream} or {@link #text}. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The number of bytes. */
    public int size() {
        return bytes.length;
    }

    /** The bytes decoded as UTF-8. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A stream over the bytes, without copying them. */
    public InputStream openStream() {
        return new ByteArrayInputStream(bytes);
    }

    /** Writes the bytes to {@code out}, in pieces of 8 KiB as {@code Files.write} does (no large temporary buffers). */
    public void writeTo(OutputStream out) throws IOException {
        for (int off = 0; off < bytes.length; off += 8192) out.write(bytes, off, Math.min(8192, bytes.length - off));
    }

    /** Whether {@code other} holds the same bytes (whatever its path). */
    public boolean sameBytes(OutputFile other) {
        return Arrays.equals(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof OutputFile f && path.equals(f.path) && Arrays.equals(bytes, f.bytes));
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) hash = h = 31 * path.hashCode() + Arrays.hashCode(bytes);
        return h;
    }

    @Override
    public String toString() {
        return "OutputFile[" + path + ", " + bytes.length + " bytes]";
    }
}
