package nl.bmo.site.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * Which build of the tool is running, on which Java: part of every key of what is kept between runs, so that a new
 * build of the tool (or another Java) makes everything again. The jar's size and time; for classes in a folder
 * (development, tests), their number and the newest one's time; where neither can be read, a value that matches no
 * other run.
 */
public final class CodeStamp {
    private CodeStamp() {}

    /** Joined, not with {@code +}: string concatenation by invokedynamic spins method handles on first use. */
    private static final String VALUE = String.join(" ", System.getProperty("java.runtime.version"), code());

    /** The stamp of this run's code and Java. */
    public static String value() {
        return VALUE;
    }

    private static String code() {
        try {
            CodeSource code = CodeStamp.class.getProtectionDomain().getCodeSource();
            if (code == null) return unknown(); // no use across runs
            Path where = Path.of(code.getLocation().toURI());
            if (Files.isRegularFile(where))
                return String.join(
                        " ",
                        "jar",
                        Long.toString(Files.size(where)),
                        Long.toString(Files.getLastModifiedTime(where).toMillis()));
            long newest = 0;
            long count = 0;
            try (Stream<Path> walk = Files.walk(where)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    if (!p.toString().endsWith(".class")) continue;
                    newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
                    count++;
                }
            }
            return String.join(" ", "classes", Long.toString(count), Long.toString(newest));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return unknown();
        }
    }

    private static String unknown() {
        return "unknown ".concat(Long.toString(System.nanoTime()));
    }
}
