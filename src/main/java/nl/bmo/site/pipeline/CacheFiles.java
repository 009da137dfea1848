package nl.bmo.site.pipeline;

import java.io.File;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How every file of the cache folder is written: whole into a temporary file beside it, then moved over the old one, so
 * that a reader never sees half a file; and what killed runs left of their temporary files is removed.
 */
final class CacheFiles {
    private CacheFiles() {}

    /** Moves a finished temporary file over {@code target}: atomically where the file system can. */
    static void replace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes the temporary files ({@code prefix…​.tmp}) of runs that were killed: those not written to for an hour, so
     * that a run writing one now keeps it.
     */
    static void removeLeftovers(Path folder, String prefix) {
        String[] names = folder.toFile().list();
        if (names == null) return;
        long hourAgo = System.currentTimeMillis() - 3_600_000;
        for (String name : names) {
            if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
            File f = folder.resolve(name).toFile();
            if (f.lastModified() < hourAgo) f.delete();
        }
    }
}
