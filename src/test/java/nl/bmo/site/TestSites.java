package nl.bmo.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Fixture sites under {@code src/test/resources/sites/}, copied before a test edits them. */
public final class TestSites {
    private TestSites() {}

    public static Path fixture(String name) {
        return Path.of(System.getProperty("project.basedir", ".")).resolve("src/test/resources/sites").resolve(name);
    }

    /** Copies the fixture site {@code name} into {@code target} and returns {@code target}. */
    public static Path copy(String name, Path target) {
        Path from = fixture(name);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Replaces {@code from} by {@code to} in a file of the site, which must contain it. */
    public static void edit(Path root, String file, String from, String to) {
        try {
            Path p = root.resolve(file);
            String text = Files.readString(p);
            if (!text.contains(from)) throw new IllegalArgumentException(file + " does not contain " + from);
            Files.writeString(p, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
