package nl.bmo.site.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import nl.bmo.site.pipeline.BuildOptions;

/**
 * Watches a site's {@code content/}, {@code data/}, {@code themes/} and {@code static/} folders (and the root, for
 * those folders appearing) with the JDK's {@link WatchService}, registering new folders as they appear. A burst of
 * changes (an editor's save, a {@code git checkout}) is reported as one set: it ends when nothing changed for
 * {@code quiet}, or after {@link #MAX_BURST}. Editors' temporary and hidden files are left out. When the service lost
 * events, the set holds the site root, which means "anything may have changed".
 */
final class Watcher implements AutoCloseable {
    static final Duration MAX_BURST = Duration.ofMillis(500);

    private final Path root;
    private final Duration quiet;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();

    Watcher(Path root, Duration quiet) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.quiet = quiet;
        this.service = this.root.getFileSystem().newWatchService();
        try {
            keys.put(this.root.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), this.root);
            for (String folder : BuildOptions.SOURCE_FOLDERS) {
                Path dir = this.root.resolve(folder);
                if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) registerTree(dir, null);
            }
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
    }

    /** Waits for the next burst of changes; returns the changed paths, or an empty set once closed. */
    Set<Path> next() throws InterruptedException {
        return next(true);
    }

    /** The next burst of changes if one has begun, else (or once closed) an empty set at once. */
    Set<Path> nextIfAny() throws InterruptedException {
        return next(false);
    }

    private Set<Path> next(boolean wait) throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        try {
            while (changed.isEmpty()) {
                WatchKey first = wait ? service.take() : service.poll();
                if (first == null) return changed;
                collect(first, changed);
            }
            long deadline = System.nanoTime() + MAX_BURST.toNanos();
            WatchKey more;
            while (System.nanoTime() < deadline
                    && (more = service.poll(quiet.toNanos(), TimeUnit.NANOSECONDS)) != null) {
                collect(more, changed);
            }
            return changed;
        } catch (ClosedWatchServiceException e) {
            return Set.of();
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                changed.add(root);
                continue;
            }
            Path name = (Path) event.context();
            Path child = dir.resolve(name);
            if (dir.equals(root) && !BuildOptions.SOURCE_FOLDERS.contains(name.toString())) continue;
            if (isIgnored(name.toString())) continue;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(child, changed);
                } catch (IOException e) {
                    changed.add(root);
                }
            }
            changed.add(child);
        }
        if (!key.reset()) keys.remove(key);
    }

    /** Editors' swap, backup and lock files, and hidden files, which the build does not read either. */
    static boolean isIgnored(String name) {
        return name.startsWith(".")
                || name.startsWith("#")
                || name.endsWith("~")
                || name.endsWith(".swp")
                || name.endsWith(".swx")
                || name.endsWith(".tmp")
                || name.equals("4913");
    }

    /** Registers {@code top} and every folder below it; adds the files found to {@code found} when given. */
    private void registerTree(Path top, Set<Path> found) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(top) && isIgnored(dir.getFileName().toString())) return FileVisitResult.SKIP_SUBTREE;
                keys.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (found != null && !isIgnored(file.getFileName().toString())) found.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
