package nl.bmo.site.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import nl.bmo.site.Message;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.OutputPath;

/**
 * Writes the site into a staging folder beside the destination and swaps it in only when every file was written, so a
 * failed or killed build leaves the previous site as it was. Refuses destinations that are not a dedicated output
 * folder.
 */
public final class OutputWriter {
    /** A file written: its size and CRC-32. */
    public record Written(long size, long crc32) {
        public static Written of(byte[] bytes) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return new Written(bytes.length, crc.getValue());
        }
    }

    /** Marks a folder as built by this tool, so that a rebuild may replace it. */
    public static final String MARKER = ".bmo-site-output";

    private static final byte[] MARKER_TEXT =
            "Built by bmo-site. A new build replaces this folder.\n".getBytes(StandardCharsets.UTF_8);

    /**
     * Checks that {@code destination} may be replaced by a build of the site at {@code root}.
     *
     * @param given the destination as the user wrote it, for messages
     */
    public static Path checkDestination(Path root, Path destination, String given) {
        Path raw = Path.of(given).normalize();
        String r = raw.toString();
        if (r.isEmpty() || r.equals(".") || r.equals("..") || r.matches("(\\.\\./)*\\.\\.")) {
            throw refuse(given, Message.of("output.refuse.currentFolder"));
        }
        Path dest = real(destination.toAbsolutePath().normalize());
        Path site = real(root.toAbsolutePath().normalize());
        if (dest.getParent() == null) throw refuse(given, Message.of("output.refuse.root"));
        if (dest.equals(
                Path.of(System.getProperty("user.home")).toAbsolutePath().normalize())) {
            throw refuse(given, Message.of("output.refuse.home"));
        }
        if (site.startsWith(dest)) throw refuse(given, Message.of("output.refuse.siteFolder"));
        for (String own : List.of("content", "themes", "static", ".git")) {
            if (dest.startsWith(site.resolve(own))) {
                throw refuse(given, Message.of("output.refuse.insideSite", own + "/"));
            }
        }
        if (Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(dest, LinkOption.NOFOLLOW_LINKS))
                throw refuse(given, Message.of("output.refuse.notAFolder"));
            if (!Files.exists(dest.resolve(MARKER)) && !isEmpty(dest)) {
                throw SiteException.at(SourcePosition.of(given), "output.folder.notOurs", given);
            }
        }
        return dest;
    }

    private static SiteException refuse(String given, Message why) {
        return SiteException.at(SourcePosition.of(given), "output.refuse", given, why);
    }

    private static Path real(Path p) {
        Path existing = p;
        Path rest = Path.of("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) return p;
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return p;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes {@code files} as the new content of {@code destination} (already checked). Returns the file count. */
    public int write(Path destination, List<OutputFile> files) {
        try (Staging staging = open(destination)) {
            files.parallelStream().forEach(staging::write);
            return staging.commit();
        }
    }

    /**
     * Opens a staging folder beside {@code destination} (already checked) that files are written into as they are made.
     * {@link Staging#commit} swaps it in; closing it without a commit removes it and leaves the destination as it was.
     */
    public Staging open(Path destination) {
        Path parent = destination.getParent();
        String name = destination.getFileName().toString();
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent, name);
            return new Staging(destination, Files.createTempDirectory(parent, "." + name + ".staging-"));
        } catch (IOException e) {
            throw cannotWrite(destination, e);
        }
    }

    private static SiteException cannotWrite(Path destination, IOException e) {
        return SiteException.at(SourcePosition.of(destination.toString()), "output.cannotWrite", e.getMessage());
    }

    /** A staging folder being filled; {@link #write} may be called from several threads at once. */
    public static final class Staging implements AutoCloseable {
        private final Path destination;
        private final Path folder;
        /** Every file written, with its size and checksum (0 until it is written). */
        private final Map<OutputPath, Written> written = new ConcurrentHashMap<>();

        private final Set<Path> dirs = ConcurrentHashMap.newKeySet();
        private volatile boolean committed;

        private Staging(Path destination, Path folder) {
            this.destination = destination;
            this.folder = folder;
        }

        /** Writes one file. Two files on one path are an error. */
        public void write(OutputFile f) {
            if (written.putIfAbsent(f.path(), new Written(f.size(), 0)) != null) {
                throw SiteException.at(SourcePosition.of(f.path().value()), "output.file.twice", f.path());
            }
            Path target = folder.resolve(f.path().value()).normalize();
            try {
                if (!target.startsWith(folder)) throw new IOException("output path escapes the folder: " + f.path());
                Path dir = target.getParent();
                if (!dirs.contains(dir)) {
                    Files.createDirectories(dir);
                    dirs.add(dir);
                }
                CRC32 crc = new CRC32();
                try (OutputStream o = new CheckedOutputStream(Files.newOutputStream(target), crc)) {
                    f.writeTo(o);
                }
                written.put(f.path(), new Written(f.size(), crc.getValue()));
            } catch (IOException e) {
                throw cannotWrite(destination, e);
            }
        }

        /**
         * Every file in the folder, by its path with {@code /}: what was written, and the marker. Call after
         * {@link #commit}.
         */
        public Map<String, Written> files() {
            Map<String, Written> all = new HashMap<>(written.size() * 2);
            written.forEach((path, w) -> all.put(path.value(), w));
            all.put(MARKER, Written.of(MARKER_TEXT));
            return all;
        }

        /** Swaps the staging folder in as the destination; returns how many files were written. */
        public int commit() {
            try {
                Files.write(folder.resolve(MARKER), MARKER_TEXT);
                swap(
                        folder,
                        destination,
                        destination.getParent(),
                        destination.getFileName().toString());
                committed = true;
                return written.size();
            } catch (IOException e) {
                throw cannotWrite(destination, e);
            }
        }

        /** Removes the staging folder unless it was committed. */
        @Override
        public void close() {
            if (committed) return;
            try {
                if (Files.exists(folder)) deleteTree(folder);
            } catch (IOException e) {
                // the next build removes what is left
            }
        }
    }

    private static void swap(Path staging, Path destination, Path parent, String name) throws IOException {
        if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
            Path old = Files.createTempDirectory(parent, "." + name + ".old-");
            Files.delete(old);
            Files.move(destination, old, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(old, destination, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            deleteTree(old);
        } else {
            Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Removes staging and old folders that a killed build left beside the destination. */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if ((n.startsWith("." + name + ".staging-") || n.startsWith("." + name + ".old-"))
                        && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(p);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (DirectoryNotEmptyException e) {
                    // a file appeared meanwhile; the next build's clean-up takes it
                }
            }
        }
    }
}
