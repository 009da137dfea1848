package nl.bmo.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Fixture sites for tests: resource folders, and inline sites written as {@code -- path --} blocks. */
public final class TestSites {
    /** The fixed "today" of every test build. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    private TestSites() {}

    /** A folder of src/test/resources. */
    public static Path resource(String name) {
        try {
            var url = TestSites.class.getResource("/" + name);
            if (url == null) throw new IllegalArgumentException("no test resource " + name);
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixture site of src/test/resources/sites/. */
    public static Path fixture(String name) {
        return resource("sites/" + name);
    }

    /**
     * Copies a resource folder ({@code sites/bilingual}, or just {@code serve-basic} for one of sites/) into
     * {@code target}, adding the mini theme when the site has no themes/.
     */
    public static Path copy(String name, Path target) {
        copyTree(name.contains("/") ? resource(name) : fixture(name), target);
        if (!Files.exists(target.resolve("themes"))) copyTree(resource("themes/mini"), target.resolve("themes/mini"));
        return target;
    }

    /**
     * Writes an inline site: blocks that start with a line {@code -- path --}, over the mini theme (unless the folder
     * has a themes/ already).
     */
    public static Path write(Path root, String txtar) {
        if (!Files.exists(root.resolve("themes"))) copyTree(resource("themes/mini"), root.resolve("themes/mini"));
        String path = null;
        StringBuilder body = new StringBuilder();
        for (String line : (txtar + "\n-- END --").split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (path != null) writeFile(root.resolve(path), body.toString());
                path = line.substring(3, line.length() - 3).strip();
                body.setLength(0);
            } else if (path != null) {
                body.append(line).append('\n');
            }
        }
        return root;
    }

    /** The base of an inline site: nl + en, mini theme, both homes. */
    public static final String BASE = """
            -- content/site.yaml --
            baseUrl: https://example.org/
            theme: mini
            defaultLanguage: nl
            languages:
              - code: nl
                name: Nederlands
                title: Test
              - code: en
                name: English
                title: Test
            -- content/nl/_index.md --
            ---
            title: Thuis
            translationKey: home
            ---
            Hallo.
            -- content/en/_index.md --
            ---
            title: Home
            translationKey: home
            ---
            Hello.
            """;

    static void writeFile(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            String t = text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text;
            Files.writeString(file, t, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below {@code dir}, by relative path with {@code /}, with its bytes. */
    public static TreeMap<String, byte[]> files(Path dir) {
        TreeMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p))
                    out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static List<String> lines(String s) {
        return new ArrayList<>(List.of(s.split("\n")));
    }
}
