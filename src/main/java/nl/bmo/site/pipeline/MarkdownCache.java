package nl.bmo.site.pipeline;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.internal.CodeStamp;
import nl.bmo.site.internal.Digests;
import nl.bmo.site.model.Ask;
import nl.bmo.site.model.ContentLink;
import nl.bmo.site.model.Heading;
import nl.bmo.site.model.RenderedMarkdown;
import nl.bmo.site.model.SitePath;
import nl.bmo.site.model.SourceFile;
import nl.bmo.site.model.SourcePath;

/**
 * Rendered Markdown kept between builds in one file, {@code <cache folder>/markdown/renderings}, so that a build
 * renders again only the pages whose Markdown changed. One file, not one per page: creating thousands of small files
 * costs more kernel time than it saves (measured: 1.1 s more for 2 x 1,000 pages on a VM's ext4).
 *
 * <p>A kept rendering is used only when everything it was made from is the same now:
 *
 * <ul>
 *   <li>the renderer: this tool's code (the jar's size and time, or the newest class file), the Java version, the
 *       language and its quotes, the permalink label and the render hooks' templates ({@link #rendererKey});
 *   <li>the source file, compared as a whole (front matter, body and the lines they start at, which messages and link
 *       positions name);
 *   <li>the page's path;
 *   <li>every link lookup the rendering made, asked again of this build's pages and static files by the caller.
 * </ul>
 *
 * Renderings with problems are not kept: they are reported by rendering again. A run reads the file of the last run and
 * writes a new one with every page's rendering (kept or new), which replaces the old one when the Markdown stage is
 * done. The folder is safe to delete; an entry that fails its checksum, or a file cut short or foreign, is a miss, and
 * a build never fails for the cache.
 *
 * <p>The file: the records, each {@code [entry][CRC-32 of the entry]}; then the index, {@code [count]} and per record
 * {@code [source path][offset][length]}; then {@code [offset of the index][MAGIC]}.
 */
final class MarkdownCache {
    static final String FOLDER = "markdown";
    static final String FILE = "renderings";
    private static final int MAGIC = 0x424d4d32; // "BMM2"
    /** A run keeps renderings up to this size of file; the pages beyond it render again next time. */
    private static final long MAX_FILE = 1L << 30;

    private final Path folder;
    private final boolean readOnly;
    private final AtomicInteger hits = new AtomicInteger();

    // the file of the last run, read during this one
    private FileChannel reading;
    private Map<String, long[]> index = Map.of();

    // the file of this run
    private Path writingTo;
    private OutputStream writing;
    private long written;
    private final Map<String, long[]> writtenIndex = new LinkedHashMap<>();

    /** A kept rendering, with the renderer it was made by, the lookups it made, and its record as kept. */
    record Entry(
            String renderer, SitePath path, RecordedTargets.Lookups lookups, RenderedMarkdown result, byte[] record) {}

    /** @param cacheDir the cache folder, or null for none */
    /** @param readOnly read the last run's file, but write no new one */
    MarkdownCache(Path cacheDir, boolean readOnly) {
        this.folder = cacheDir == null ? null : cacheDir.resolve(FOLDER);
        this.readOnly = readOnly;
    }

    boolean enabled() {
        return folder != null;
    }

    /** How many renderings the last run's file holds (while open). */
    synchronized int keptCount() {
        return index.size();
    }

    /** How many renderings were taken from the folder. */
    int hits() {
        return hits.get();
    }

    /**
     * A short digest of everything a language's renderer makes its HTML from besides the page: kept renderings made
     * with another are not used.
     *
     * @param hookFiles the render hooks' template files (path to text)
     */
    static String rendererKey(String language, String quotes, String permalinkLabel, Map<String, String> hookFiles) {
        StringBuilder key = new StringBuilder(TOOL)
                .append('\0')
                .append(language)
                .append('\0')
                .append(quotes)
                .append('\0')
                .append(permalinkLabel);
        for (var e : new TreeMap<>(hookFiles).entrySet())
            key.append('\0').append(e.getKey()).append('\0').append(e.getValue());
        return Digests.sha256Hex(key.toString()).substring(0, 32);
    }

    /** The tool's code and the Java it runs on: a new build of the tool renders everything again. */
    private static final String TOOL = String.join(" ", "markdown-2", CodeStamp.value());

    /**
     * Opens the last run's file for reading and (unless read-only) a new one for writing. Without a cache folder, does
     * nothing.
     */
    synchronized void open() {
        close(false);
        if (folder == null) return;
        Path file = folder.resolve(FILE);
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
            Map<String, long[]> idx = readIndex(ch);
            if (idx == null) ch.close();
            else {
                reading = ch;
                index = idx;
            }
        } catch (IOException | RuntimeException e) {
            // no file, or not one of ours: nothing kept
        }
        if (readOnly) return;
        try {
            Files.createDirectories(folder);
            CacheFiles.removeLeftovers(folder, FILE);
            writingTo = Files.createTempFile(folder, FILE, ".tmp");
            writing = new BufferedOutputStream(Files.newOutputStream(writingTo), 1 << 16);
            written = 0;
            writtenIndex.clear();
        } catch (IOException e) {
            writingTo = null;
            writing = null;
        }
    }

    /**
     * Ends the run: with {@code keep}, the new file (with the index of what was written) replaces the last one; else it
     * is deleted.
     */
    synchronized void close(boolean keep) {
        if (reading != null) {
            try {
                reading.close();
            } catch (IOException e) {
                // read only
            }
            reading = null;
        }
        index = Map.of();
        if (writing == null) return;
        Path tmp = writingTo;
        try {
            if (keep) {
                DataOutputStream out = new DataOutputStream(writing);
                long at = written;
                out.writeInt(writtenIndex.size());
                for (var e : writtenIndex.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeLong(e.getValue()[0]);
                    out.writeInt((int) e.getValue()[1]);
                }
                out.writeLong(at);
                out.writeInt(MAGIC);
                out.close();
                CacheFiles.replace(tmp, folder.resolve(FILE));
            } else {
                writing.close();
            }
        } catch (IOException | RuntimeException e) {
            // the cache only saves time
        } finally {
            writing = null;
            writingTo = null;
            writtenIndex.clear();
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // a stray temporary file in a folder that is safe to delete
            }
        }
    }

    /** The index of a file, or null when it is not a whole file of this format. */
    private static Map<String, long[]> readIndex(FileChannel ch) throws IOException {
        long size = ch.size();
        if (size < 12) return null;
        ByteBuffer tail = ByteBuffer.allocate(12);
        readFully(ch, tail, size - 12);
        tail.flip();
        long at = tail.getLong();
        if (tail.getInt() != MAGIC || at < 0 || at > size - 16) return null;
        ByteBuffer idx = ByteBuffer.allocate((int) (size - 12 - at));
        readFully(ch, idx, at);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(idx.array()));
        int n = in.readInt();
        if (n < 0 || n > idx.capacity() / 14) return null; // an entry takes at least 14 bytes
        Map<String, long[]> out = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String path = in.readUTF();
            long offset = in.readLong();
            int length = in.readInt();
            if (offset < 0 || length < 4 || offset + length > at) return null;
            out.put(path, new long[] {offset, length});
        }
        return out;
    }

    private static void readFully(FileChannel ch, ByteBuffer b, long position) throws IOException {
        while (b.hasRemaining()) {
            int n = ch.read(b, position + b.position());
            if (n < 0) throw new IOException("cut short");
        }
    }

    /** The kept rendering of {@code source} when its source is the same as now, else empty. */
    Optional<Entry> read(SourceFile source) {
        FileChannel ch;
        long[] where;
        synchronized (this) {
            ch = reading;
            where = index.get(source.path().value());
        }
        if (ch == null || where == null) return Optional.empty();
        byte[] bytes = new byte[(int) where[1]];
        try {
            readFully(ch, ByteBuffer.wrap(bytes), where[0]);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        int stored = ((bytes[bytes.length - 4] & 0xff) << 24)
                | ((bytes[bytes.length - 3] & 0xff) << 16)
                | ((bytes[bytes.length - 2] & 0xff) << 8)
                | (bytes[bytes.length - 1] & 0xff);
        if ((int) crc.getValue() != stored) return Optional.empty();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 4))) {
            String renderer = in.readUTF();
            SourceFile kept = new SourceFile(
                    SourcePath.of(in.readUTF()),
                    in.readUTF(),
                    in.readUTF(),
                    readText(in),
                    in.readInt(),
                    readText(in),
                    in.readInt());
            if (!kept.equals(source)) return Optional.empty();
            SitePath path = SitePath.of(in.readUTF());
            RecordedTargets.Lookups lookups = readLookups(in);
            RenderedMarkdown result = readResult(in, source.path().value());
            return Optional.of(new Entry(renderer, path, lookups, result, bytes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged entry: render again
        }
    }

    /** Counts a kept rendering as used, and keeps it for the next run (its record as it was read). */
    void hit(SourceFile source, Entry entry) {
        hits.incrementAndGet();
        append(source, entry.record());
    }

    /**
     * Keeps a rendering for the next run, unless it has problems or asked for every page (a suggestion in a message).
     */
    void write(String renderer, SourceFile source, SitePath path, RecordedTargets.Lookups lookups, RenderedMarkdown r) {
        if (writing == null || !r.problems().isEmpty() || lookups.allPages().isPresent()) return;
        try {
            Buffer bytes = new Buffer(2 * (source.body().length() + r.html().length()));
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(renderer);
            out.writeUTF(source.path().value());
            out.writeUTF(source.lang());
            out.writeUTF(source.langPath());
            writeText(out, source.frontMatter());
            out.writeInt(source.frontMatterLine());
            writeText(out, source.body());
            out.writeInt(source.bodyLine());
            out.writeUTF(path.value());
            writeLookups(out, lookups);
            writeResult(out, r);
            out.flush();
            out.writeInt(bytes.crc());
            out.flush();
            append(source, bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            // the cache only saves time: a build never fails for it
        }
    }

    /** A byte buffer that gives the CRC-32 of what it holds without copying it. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer(int size) {
            super(size);
        }

        int crc() {
            CRC32 crc = new CRC32();
            crc.update(buf, 0, count);
            return (int) crc.getValue();
        }
    }

    private synchronized void append(SourceFile source, byte[] record) {
        if (writing == null || written + record.length > MAX_FILE) return;
        try {
            writing.write(record);
            writtenIndex.put(source.path().value(), new long[] {written, record.length});
            written += record.length;
        } catch (IOException e) {
            close(false); // a disk that is full or gone: no file this run
        }
    }

    // ----- the file format: DataOutput, texts of any length as UTF-8 with an int length

    private static void writeText(DataOutputStream out, String s) throws IOException {
        byte[] b = utf8(s);
        if (b == null) throw new IOException("a lone surrogate cannot be kept as UTF-8");
        out.writeInt(b.length);
        out.write(b);
    }

    /**
     * {@code s} in UTF-8, or null when it holds a lone surrogate (from an escape in a template or a YAML string), which
     * UTF-8 would write as {@code ?}: such a text is not kept at all. Every other character becomes bytes of which none
     * is a {@code ?} unless it is one, so the bytes hold more {@code ?} than the text exactly when a surrogate was
     * alone. Counting them is quicker than looking at every character of the text (a page's whole HTML).
     */
    static byte[] utf8(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int inBytes = 0;
        for (byte x : b) if (x == '?') inBytes++;
        if (inBytes == 0) return b;
        int inText = 0;
        for (int i = s.indexOf('?'); i >= 0; i = s.indexOf('?', i + 1)) inText++;
        return inBytes == inText ? b : null;
    }

    static boolean hasLoneSurrogate(String s) {
        return utf8(s) == null;
    }

    private static String readText(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("bad length");
        byte[] b = in.readNBytes(n);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void writeOptional(DataOutputStream out, Optional<String> s) throws IOException {
        out.writeBoolean(s.isPresent());
        if (s.isPresent()) writeText(out, s.get());
    }

    private static Optional<String> readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(readText(in)) : Optional.empty();
    }

    private static void writeLookups(DataOutputStream out, RecordedTargets.Lookups l) throws IOException {
        out.writeInt(l.pages().size());
        for (var e : l.pages().entrySet()) {
            writeText(out, e.getKey());
            writeOptional(out, e.getValue().map(SitePath::value));
        }
        out.writeInt(l.statics().size());
        for (var e : l.statics().entrySet()) {
            writeText(out, e.getKey());
            out.writeBoolean(e.getValue());
        }
        out.writeInt(l.sitePaths().size());
        for (var e : l.sitePaths().entrySet()) {
            writeText(out, e.getKey().value());
            writeOptional(out, e.getValue());
        }
        writeOptional(out, l.basePath());
        writeOptional(out, l.baseUrl());
    }

    private static RecordedTargets.Lookups readLookups(DataInputStream in) throws IOException {
        Map<String, Optional<SitePath>> pages = new HashMap<>();
        for (int i = count(in); i > 0; i--)
            pages.put(readText(in), readOptional(in).map(SitePath::of));
        Map<String, Boolean> statics = new HashMap<>();
        for (int i = count(in); i > 0; i--) statics.put(readText(in), in.readBoolean());
        Map<SitePath, Optional<String>> sitePaths = new HashMap<>();
        for (int i = count(in); i > 0; i--) sitePaths.put(SitePath.of(readText(in)), readOptional(in));
        Optional<String> basePath = readOptional(in);
        Optional<String> baseUrl = readOptional(in);
        return new RecordedTargets.Lookups(
                Map.copyOf(pages), Map.copyOf(statics), Map.copyOf(sitePaths), Optional.empty(), basePath, baseUrl);
    }

    private static void writeResult(DataOutputStream out, RenderedMarkdown r) throws IOException {
        writeText(out, r.html());
        out.writeInt(r.headings().size());
        for (Heading h : r.headings()) {
            out.writeInt(h.level());
            writeText(out, h.id());
            writeText(out, h.text());
        }
        out.writeInt(r.ids().size());
        for (String id : r.ids()) writeText(out, id);
        out.writeInt(r.links().size());
        for (ContentLink l : r.links()) {
            writeText(out, l.target());
            writeText(out, l.fragment());
            writeText(out, l.where().file());
            out.writeInt(l.where().line());
            out.writeInt(l.where().column());
        }
        out.writeInt(r.asks().size());
        for (Ask a : r.asks()) {
            writeText(out, a.id());
            writeText(out, a.number());
            writeText(out, a.html());
        }
    }

    private static RenderedMarkdown readResult(DataInputStream in, String file) throws IOException {
        String html = readText(in);
        List<Heading> headings = new ArrayList<>();
        for (int i = count(in); i > 0; i--) headings.add(new Heading(in.readInt(), readText(in), readText(in)));
        Set<String> ids = new LinkedHashSet<>();
        for (int i = count(in); i > 0; i--) ids.add(readText(in));
        List<ContentLink> links = new ArrayList<>();
        for (int i = count(in); i > 0; i--)
            links.add(new ContentLink(
                    readText(in), readText(in), SourcePosition.of(readText(in), in.readInt(), in.readInt())));
        List<Ask> asks = new ArrayList<>();
        for (int i = count(in); i > 0; i--) asks.add(new Ask(readText(in), readText(in), readText(in)));
        if (in.available() != 0) throw new IOException("trailing bytes in a kept rendering of " + file);
        return new RenderedMarkdown(html, headings, ids, links, asks, List.of());
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("bad count");
        return n;
    }
}
