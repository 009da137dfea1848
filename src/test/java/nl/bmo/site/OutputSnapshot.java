package nl.bmo.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every file of a built site, byte for byte, taken before something that must not touch it (a failed or killed build).
 * {@link #assertUntouched()} names each file that appeared, disappeared or changed.
 */
public final class OutputSnapshot {
    private final Path dir;
    private final TreeMap<String, byte[]> files;

    private OutputSnapshot(Path dir, TreeMap<String, byte[]> files) {
        this.dir = dir;
        this.files = files;
    }

    /** Reads every file below {@code dir}; the folder must hold a site (at least one file). */
    public static OutputSnapshot of(Path dir) {
        TreeMap<String, byte[]> files = TestSites.files(dir);
        assertThat(files).as("the site in %s to compare with later", dir).isNotEmpty();
        return new OutputSnapshot(dir, files);
    }

    /** Fails naming every file below the folder that is not as it was when the snapshot was taken. */
    public void assertUntouched() {
        TreeMap<String, byte[]> now = TestSites.files(dir);
        TreeSet<String> differences = new TreeSet<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            byte[] b = now.get(e.getKey());
            if (b == null) differences.add("removed " + e.getKey());
            else if (!Arrays.equals(b, e.getValue())) differences.add("changed " + e.getKey());
        }
        for (String path : now.keySet()) if (!files.containsKey(path)) differences.add("added " + path);
        assertThat(differences)
                .as("the previous site in %s must be untouched", dir)
                .isEmpty();
    }
}
