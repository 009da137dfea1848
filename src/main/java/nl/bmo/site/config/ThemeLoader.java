package nl.bmo.site.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.Theme;

/**
 * Finds the configured theme, in the site's own {@code themes/<name>/} or else bundled in the jar, and reads all its
 * files into memory once.
 */
public final class ThemeLoader {
    private static final long MAX_FILE = 8L * 1024 * 1024;

    /** {@code theme.yaml}. */
    record Settings(String name, String description, Theme.ShareImageStyle shareImage, Object extra) {}

    private final nl.bmo.site.yaml.YamlReader yaml;

    public ThemeLoader(nl.bmo.site.yaml.YamlReader yaml) {
        this.yaml = yaml;
    }

    public Theme load(SiteConfig config) {
        String name = config.theme();
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw SiteException.at(ConfigLoader.position(config.root(), "/theme"), "theme.name.invalid", name);
        }
        Path own = config.root().resolve("themes").resolve(name);
        if (Files.isDirectory(own)) {
            return theme(name, "themes/" + name, "themes/" + name + "/", read(own, "themes/" + name + "/"));
        }
        URL bundled = ThemeLoader.class.getResource("/themes/" + name + "/theme.yaml");
        if (bundled == null) {
            throw SiteException.at(ConfigLoader.position(config.root(), "/theme"), "theme.notFound", name);
        }
        return theme(name, "bundled theme \"" + name + "\"", "(bundled theme " + name + ")/", readBundled(bundled, name));
    }

    private Theme theme(String name, String location, String prefix, Map<String, byte[]> files) {
        byte[] yamlFile = files.get("theme.yaml");
        java.util.Optional<Theme.ShareImageStyle> share = java.util.Optional.empty();
        nl.bmo.site.model.ExtraFields extra = nl.bmo.site.model.ExtraFields.NONE;
        if (yamlFile != null && yamlFile.length > 0) {
            String text = new String(yamlFile, java.nio.charset.StandardCharsets.UTF_8);
            String file = prefix + "theme.yaml";
            Settings s = yaml.read(text, Settings.class, file, 1, nl.bmo.site.yaml.YamlKind.THEME_SETTINGS);
            extra = ExtraFieldsReader.read(text, file);
            if (s.shareImage() != null) {
                Theme.ShareImageStyle st = s.shareImage();
                var at = new nl.bmo.site.yaml.YamlPositions(text, file, 1);
                if (st.font() == null || !files.containsKey(st.font())) {
                    throw SiteException.at(at.of("/shareImage/font").orElse(at.orFile("/shareImage")),
                            "theme.shareImage.font", st.font());
                }
                for (String field : java.util.List.of("background", "foreground", "accent")) {
                    String colour = field.equals("background") ? st.background() : field.equals("foreground") ? st.foreground() : st.accent();
                    if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
                        throw SiteException.at(at.of("/shareImage/" + field).orElse(at.orFile("/shareImage")),
                                "theme.shareImage.colour", field, colour);
                    }
                }
                share = java.util.Optional.of(st);
            }
        }
        return new Theme(name, location, prefix, files, share, extra);
    }

    private static Map<String, byte[]> readBundled(URL themeYaml, String name) {
        try {
            URI uri = themeYaml.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath("/themes/" + name), "(bundled)/");
            }
            return read(Path.of(uri).getParent(), "(bundled)/");
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the bundled theme: " + e.getMessage(), e));
        }
    }

    private static Map<String, byte[]> read(Path dir, String label) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.")) continue;
                if (Files.size(p) > MAX_FILE) {
                    throw SiteException.at(SourcePosition.of(label + rel), "theme.file.tooLarge");
                }
                files.put(rel, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of(label), "theme.cannotRead", e.getMessage());
        }
        return files;
    }
}
