package nl.bmo.site.pipeline;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import nl.bmo.site.internal.CodeStamp;
import nl.bmo.site.internal.Digests;
import nl.bmo.site.output.OutputWriter;

/**
 * Whether a folder still holds what a build of the sources would write, so that {@code build} of a site that did not
 * change since its last build does nothing (as {@code make} or Gradle do for a task whose inputs did not change).
 *
 * <p>A build that succeeded without warnings records, in {@code <cache folder>/builds/<destination's digest>}:
 *
 * <ul>
 *   <li>the <b>inputs</b>: a SHA-256 digest over the tool's code and Java ({@link CodeStamp}), the build's options and
 *       destination, today's date (it decides which future-dated pages are published), the JVM's default locale, time
 *       zone and charset, and the path, size, modification time (in nanoseconds) and inode of every file and folder in
 *       the site's source folders ({@link BuildOptions#SOURCE_FOLDERS}), hidden ones included: what {@code make} and
 *       git's index trust;
 *   <li>the <b>output</b>: the path, size and CRC-32 of every file it wrote, and the time it finished;
 *   <li>what the build printed: pages per language and the number of files.
 * </ul>
 *
 * <p>The next build is skipped only if the inputs' digest is the same and the destination holds exactly those files,
 * with those sizes, none modified after the build finished (those whose time is too close to that to tell are compared
 * by checksum). Anything else (a changed, added or removed source file, an edited, added or deleted output file, a new
 * build of the tool, a symbolic link among the sources, an unreadable stamp) means a full build, which writes a new
 * stamp. A build that prints warnings or leaves out drafts or future-dated pages removes the stamp instead, so that the
 * next build prints them again. Deleting the cache folder is always safe.
 *
 * <p>Sources are trusted only when their times lie {@link #SETTLE} before the build started: an edit in the same clock
 * tick as an earlier one may leave the time as it was (git's "racily clean" files), and the inputs may be read after
 * the build (when no stamp was kept, so that a build with nothing to compare does not wait for them), where a file or
 * folder changed while the build ran would otherwise look like the state the build read.
 */
public final class BuildStamp {
    static final String FOLDER = "builds";
    private static final String MAGIC = "bmo-build-stamp 3";

    /** How long before the build a source's modification time must lie for the stamp to trust it. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    /** What the skipped build reports: the last build's page counts and number of files. */
    public record Summary(Map<String, Integer> pagesPerLanguage, int files) {
        public Summary {
            pagesPerLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(pagesPerLanguage));
        }
    }

    private final Path file;
    private final Path destination;
    private final BuildOptions options;
    /** The date the build publishes for, taken before it starts. */
    private final LocalDate today;
    /** When the build started, by the system's clock, which also stamps the files' times. */
    private final Instant start = Instant.now();
    /** The inputs' digest once taken; {@link #UNTRUSTED} when they cannot be told apart from a later state. */
    private String inputs;

    private static final String UNTRUSTED = "";

    private BuildStamp(Path file, Path destination, BuildOptions options, Clock clock) {
        this.file = file;
        this.destination = destination;
        this.options = options;
        this.today = LocalDate.now(clock);
    }

    /**
     * The stamp of a build of {@code options} into {@code destination}, starting now; empty without a cache folder.
     * Reads nothing yet.
     */
    public static Optional<BuildStamp> of(BuildOptions options, Path destination, Clock clock) {
        if (options.cacheDir().isEmpty()) return Optional.empty();
        Path dest = destination.toAbsolutePath().normalize();
        Path file = options.cacheDir()
                .get()
                .resolve(FOLDER)
                .resolve(Digests.sha256Hex(dest.toString()).substring(0, 32));
        return Optional.of(new BuildStamp(file, dest, options, clock));
    }

    /**
     * The last build's summary when the destination still holds exactly what that build wrote from the same inputs;
     * empty when a build is needed.
     */
    public Optional<Summary> upToDate() {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 4 || !lines.get(0).equals(MAGIC)) return Optional.empty();
            String in = inputs();
            if (in == UNTRUSTED || !lines.get(1).equals("inputs " + in)) return Optional.empty();
            Map<String, Integer> pages = new LinkedHashMap<>();
            int files = -1;
            long finished = -1;
            Map<String, OutputWriter.Written> outputs = new HashMap<>();
            for (String line : lines.subList(2, lines.size())) {
                String[] f = line.split(" ", line.startsWith("out ") ? 4 : 3);
                switch (f[0]) {
                    case "finished" -> finished = Long.parseLong(f[1]);
                    case "pages" -> pages.put(f[1], Integer.parseInt(f[2]));
                    case "files" -> files = Integer.parseInt(f[1]);
                    case "out" ->
                        outputs.put(f[3], new OutputWriter.Written(Long.parseLong(f[1]), Long.parseLong(f[2])));
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            if (files < 0 || finished < 0 || !holds(destination, outputs, finished)) return Optional.empty();
            return Optional.of(new Summary(pages, files));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Records a successful build (call once the output is in place): its summary and the files in the destination, by
     * path with {@code /}, with their sizes and checksums. Without trusted inputs, or with a name that does not fit on
     * a line, removes the stamp instead.
     */
    public void record(Summary summary, Map<String, OutputWriter.Written> outputs) {
        Instant finished = Instant.now();
        String in = inputs();
        if (in == UNTRUSTED) {
            forget();
            return;
        }
        try {
            StringBuilder text = new StringBuilder(64 + 48 * outputs.size())
                    .append(MAGIC)
                    .append("\ninputs ")
                    .append(in)
                    .append("\nfinished ")
                    .append(nanos(finished))
                    .append('\n');
            summary.pagesPerLanguage()
                    .forEach((lang, n) -> text.append("pages ")
                            .append(lang)
                            .append(' ')
                            .append(n)
                            .append('\n'));
            text.append("files ").append(summary.files()).append('\n');
            for (Map.Entry<String, OutputWriter.Written> e : outputs.entrySet()) {
                String name = e.getKey();
                if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
                    forget();
                    return;
                }
                text.append("out ")
                        .append(e.getValue().size())
                        .append(' ')
                        .append(e.getValue().crc32())
                        .append(' ')
                        .append(name)
                        .append('\n');
            }
            Files.createDirectories(file.getParent());
            CacheFiles.removeLeftovers(file.getParent(), "");
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                CacheFiles.replace(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            forget();
        }
    }

    /** Removes the stamp: the next build is a full one. */
    public void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stamp that cannot be deleted still describes only the output it was written for
        }
    }

    /** The inputs' digest, taken once. */
    private String inputs() {
        if (inputs == null) inputs = inputs(options, destination, today, start);
        return inputs;
    }

    /**
     * The digest of a build's inputs, or {@link #UNTRUSTED} when a source changed after {@code start} minus
     * {@link #SETTLE}, is a symbolic link, or cannot be read. Folders are walked in the order the file system lists
     * them: a listing in another order only means one more full build.
     */
    static String inputs(BuildOptions options, Path destination, LocalDate today, Instant start) {
        MessageDigest digest = Digests.newSha256();
        text(digest, MAGIC);
        text(digest, CodeStamp.value());
        text(digest, options.toString());
        text(digest, destination.toString());
        text(digest, today.toString());
        // what the JVM would take by default, should any code format with it: the output must not, but is not trusted
        // to
        text(
                digest,
                String.join(
                        " ",
                        Locale.getDefault().toLanguageTag(),
                        TimeZone.getDefault().getID(),
                        Charset.defaultCharset().name()));
        FileTime settled = FileTime.from(start.minus(SETTLE));
        Path root = options.source().toAbsolutePath().normalize();
        SimpleFileVisitor<Path> visitor = new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                add(dir, a);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes a) {
                if (a.isSymbolicLink() || a.isOther()) throw Untrusted.INSTANCE;
                add(p, a);
                return FileVisitResult.CONTINUE;
            }

            private void add(Path p, BasicFileAttributes a) {
                FileTime time = a.lastModifiedTime();
                if (time.compareTo(settled) > 0) throw Untrusted.INSTANCE;
                text(digest, p.toString());
                text(digest, Long.toString(a.size()));
                text(digest, Long.toString(time.to(TimeUnit.NANOSECONDS)));
                Object key = a.fileKey();
                text(digest, key == null ? "" : Integer.toString(key.hashCode()));
            }
        };
        try {
            for (String folder : BuildOptions.SOURCE_FOLDERS) {
                Path top = root.resolve(folder);
                if (Files.isSymbolicLink(top)) return UNTRUSTED;
                if (Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) Files.walkFileTree(top, visitor);
                else text(digest, "absent\0" + folder);
            }
        } catch (IOException | Untrusted e) {
            return UNTRUSTED;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Thrown from the file visitor: a source whose state the stamp cannot vouch for. */
    private static final class Untrusted extends RuntimeException {
        static final Untrusted INSTANCE = new Untrusted();

        private Untrusted() {
            super(null, null, false, false);
        }
    }

    /**
     * Whether the destination holds exactly these files with these sizes, none modified after {@code finished}
     * (nanoseconds since the epoch). A file's time comes from a clock that may lag and step coarsely (by a second on
     * some file systems), so a file whose time lies within {@link #SETTLE} before {@code finished} may have been edited
     * since without its time showing it: its bytes are compared by checksum (git's "racily clean" entries).
     */
    private static boolean holds(Path destination, Map<String, OutputWriter.Written> outputs, long finished)
            throws IOException {
        if (!Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) return false;
        long settled = finished - SETTLE.toNanos();
        int prefix = destination.toString().length() + 1;
        boolean backslashes = destination.getFileSystem().getSeparator().equals("\\");
        int[] seen = {0};
        boolean[] same = {true};
        Files.walkFileTree(destination, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes a) throws IOException {
                String rel = p.toString().substring(prefix);
                if (backslashes) rel = rel.replace('\\', '/');
                OutputWriter.Written w = outputs.get(rel);
                long time = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                if (!a.isRegularFile()
                        || w == null
                        || w.size() != a.size()
                        || time > finished
                        || (time > settled
                                && !OutputWriter.Written.of(Files.readAllBytes(p))
                                        .equals(w))) {
                    same[0] = false;
                    return FileVisitResult.TERMINATE;
                }
                seen[0]++;
                return FileVisitResult.CONTINUE;
            }
        });
        return same[0] && seen[0] == outputs.size();
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    private static void text(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
