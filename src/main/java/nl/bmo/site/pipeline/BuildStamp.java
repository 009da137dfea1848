package nl.bmo.site.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import nl.bmo.site.internal.CodeStamp;
import nl.bmo.site.internal.Digests;

/**
 * Whether a folder still holds what a build of the sources would write, so that {@code build} of a site that did not
 * change since its last build does nothing (as {@code make} or Gradle do for a task whose inputs did not change).
 *
 * <p>A build that succeeded without warnings records, in {@code <cache folder>/builds/<destination's digest>}:
 *
 * <ul>
 *   <li>the <b>inputs</b>: a SHA-256 digest over the tool's code and Java ({@link CodeStamp}), the build's options and
 *       destination, today's date (it decides which future-dated pages are published), and the path, size, modification
 *       time (in nanoseconds) and inode of every file in the site's source folders
 *       ({@link BuildOptions#SOURCE_FOLDERS}), hidden ones included: what {@code make} and git's index trust;
 *   <li>the <b>output</b>: the path, size and modification time of every file in the destination;
 *   <li>what the build printed: pages per language and the number of files.
 * </ul>
 *
 * <p>The next build is skipped only if the inputs' digest, taken before anything is read, is the same and the
 * destination holds the same files with the same sizes and times. Anything else (a changed, added or removed source
 * file, an edited or deleted output file, a new build of the tool, a symbolic link among the sources, an unreadable
 * stamp) means a full build, which writes a new stamp. A build that prints warnings or leaves out drafts or
 * future-dated pages removes the stamp instead, so that the next build prints them again. Deleting the cache folder is
 * always safe.
 */
public final class BuildStamp {
    static final String FOLDER = "builds";
    private static final String MAGIC = "bmo-build-stamp 1";

    /** What the skipped build reports: the last build's page counts and number of files. */
    public record Summary(Map<String, Integer> pagesPerLanguage, int files) {
        public Summary {
            pagesPerLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(pagesPerLanguage));
        }
    }

    private final Path file;
    private final Path destination;
    private final String inputs;

    private BuildStamp(Path file, Path destination, String inputs) {
        this.file = file;
        this.destination = destination;
        this.inputs = inputs;
    }

    /**
     * The stamp of a build of {@code options} into {@code destination} now; empty without a cache folder. Takes the
     * size, time and identity (inode) of every source file, not its bytes: one look at each file, even for a site of
     * 20,000 pages. Sources changed in the last {@link #SETTLE} (their time may not yet tell two edits apart, as git's
     * "racily clean" files), a symbolic link or a source that cannot be read give a stamp that matches none.
     */
    public static Optional<BuildStamp> of(BuildOptions options, Path destination, Clock clock) {
        if (options.cacheDir().isEmpty()) return Optional.empty();
        Path dest = destination.toAbsolutePath().normalize();
        Path file = options.cacheDir()
                .get()
                .resolve(FOLDER)
                .resolve(Digests.sha256Hex(dest.toString()).substring(0, 32));
        return Optional.of(new BuildStamp(file, dest, inputs(options, dest, clock)));
    }

    /** How long a source's modification time must lie in the past for the stamp to trust it. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    /** The inputs' digest, or null when they cannot be told apart from a later state. */
    static String inputs(BuildOptions options, Path destination, Clock clock) {
        Instant now = clock.instant();
        MessageDigest digest = sha256();
        text(digest, MAGIC);
        text(digest, CodeStamp.value());
        text(digest, options.toString());
        text(digest, destination.toString());
        text(digest, LocalDate.now(clock).toString());
        Path root = options.source().toAbsolutePath().normalize();
        Instant settled = now.minus(SETTLE);
        try {
            for (String folder : BuildOptions.SOURCE_FOLDERS) {
                Path top = root.resolve(folder);
                if (Files.isSymbolicLink(top)) return null;
                if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
                    text(digest, "absent " + folder);
                    continue;
                }
                for (Map.Entry<String, BasicFileAttributes> e : files(root, top).entrySet()) {
                    BasicFileAttributes a = e.getValue();
                    if (a.lastModifiedTime().toInstant().isAfter(settled)) return null;
                    text(digest, e.getKey());
                    text(digest, Long.toString(a.size()));
                    text(digest, Long.toString(a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                    text(digest, String.valueOf(a.fileKey()));
                }
            }
        } catch (IOException | LinkFound e) {
            return null;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every regular file below {@code top}, by its path from {@code root} with {@code /}, sorted. */
    private static TreeMap<String, BasicFileAttributes> files(Path root, Path top) throws IOException {
        TreeMap<String, BasicFileAttributes> found = new TreeMap<>();
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes a) {
                if (a.isSymbolicLink() || a.isOther()) throw new LinkFound();
                if (a.isRegularFile()) found.put(slashed(root.relativize(p)), a);
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    /** Thrown from a file visitor: a symbolic link among the sources, whose target this stamp does not follow. */
    private static final class LinkFound extends RuntimeException {
        LinkFound() {
            super(null, null, false, false);
        }
    }

    /**
     * The last build's summary when the destination still holds exactly what that build wrote from the same inputs;
     * empty when a build is needed.
     */
    public Optional<Summary> upToDate() {
        if (inputs == null || !Files.isRegularFile(file)) return Optional.empty();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(MAGIC) || !lines.get(1).equals("inputs " + inputs))
                return Optional.empty();
            Map<String, Integer> pages = new LinkedHashMap<>();
            int files = -1;
            Map<String, String> outputs = new TreeMap<>();
            for (String line : lines.subList(2, lines.size())) {
                String[] f = line.split(" ", 4);
                switch (f[0]) {
                    case "pages" -> pages.put(f[1], Integer.parseInt(f[2]));
                    case "files" -> files = Integer.parseInt(f[1]);
                    case "out" -> outputs.put(f[3], f[1] + " " + f[2]);
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            if (files < 0 || !outputs.equals(outputs(destination))) return Optional.empty();
            return Optional.of(new Summary(pages, files));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Records a successful build into the destination (call after the output is in place); removes the stamp when the
     * output cannot be listed or a name cannot be written on one line.
     */
    public void record(Summary summary) {
        if (inputs == null) {
            forget();
            return;
        }
        try {
            StringBuilder text = new StringBuilder(MAGIC)
                    .append('\n')
                    .append("inputs ")
                    .append(inputs)
                    .append('\n');
            summary.pagesPerLanguage()
                    .forEach((lang, n) -> text.append("pages ")
                            .append(lang)
                            .append(' ')
                            .append(n)
                            .append('\n'));
            text.append("files ").append(summary.files()).append('\n');
            for (Map.Entry<String, String> e : outputs(destination).entrySet()) {
                if (e.getKey().indexOf('\n') >= 0 || e.getKey().indexOf('\r') >= 0) {
                    forget();
                    return;
                }
                text.append("out ")
                        .append(e.getValue())
                        .append(' ')
                        .append(e.getKey())
                        .append('\n');
            }
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
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
            // a stamp that cannot be deleted cannot be read either, or still matches only the output it describes
        }
    }

    /** Every regular file in the destination: its path with {@code /} to its size and time in nanoseconds. */
    private static Map<String, String> outputs(Path destination) throws IOException {
        Map<String, String> found = new TreeMap<>();
        Files.walkFileTree(destination, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes a) {
                String rel = slashed(destination.relativize(p));
                String stat = a.isRegularFile()
                        ? String.join(
                                " ",
                                Long.toString(a.size()),
                                Long.toString(a.lastModifiedTime().to(TimeUnit.NANOSECONDS)))
                        : "other 0";
                found.put(rel, stat);
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    private static String slashed(Path relative) {
        List<String> parts = new ArrayList<>();
        for (Path part : relative) parts.add(part.toString());
        return String.join("/", parts);
    }

    private static void text(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
