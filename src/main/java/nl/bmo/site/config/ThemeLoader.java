package nl.bmo.site.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.bmo.site.Message;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.Suggestion;
import nl.bmo.site.model.ExtraFields;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.Theme;
import nl.bmo.site.yaml.YamlKind;
import nl.bmo.site.yaml.YamlPositions;
import nl.bmo.site.yaml.YamlReader;

/**
 * Finds the configured theme and the themes it extends, and reads all their files into memory once.
 *
 * <p>The lookup is per file. The theme named in {@code site.yaml} is the site's own {@code themes/<name>/}, or else the
 * theme of that name bundled in the jar. A site's theme extends the bundled {@value #DEFAULT_PARENT} theme unless its
 * {@code theme.yaml} says {@code extends: <name>} (another theme: the site's {@code themes/<name>/}, or else the
 * bundled one) or {@code extends: none}; a bundled theme extends only what it names. Every file comes from the nearest
 * theme of that chain that has it, and every top-level setting of {@code theme.yaml} ({@code shareImage},
 * {@code description}) from the nearest theme that sets it. A theme may not extend itself through others (a cycle).
 */
public final class ThemeLoader {
    private static final long MAX_FILE = 8L * 1024 * 1024;
    /** The theme a site's theme extends when its {@code theme.yaml} names none. */
    static final String DEFAULT_PARENT = "bmo";
    /** {@code extends: none}: a theme that stands alone. */
    static final String NONE = "none";

    private static final String NAME = "[a-z0-9][a-z0-9-]*";
    private static final String BADGE = "extra(\\.[A-Za-z0-9_-]+)+";

    /** The bundled themes' files: the jar does not change while it runs. */
    private static final Map<String, Map<String, byte[]>> BUNDLED = new ConcurrentHashMap<>();

    /** {@code theme.yaml} ({@code extends_} is the key {@code extends}); a field left out (null) is inherited. */
    record Settings(String name, String description, String extends_, Theme.ShareImageStyle shareImage, Object extra) {
        String parent() {
            return extends_;
        }
    }

    /** One theme of the chain, read. */
    private record Source(
            String name,
            boolean bundled,
            String location,
            String prefix,
            Map<String, byte[]> files,
            Settings settings,
            YamlPositions at,
            ExtraFields extra) {
        String key() {
            return prefix;
        }

        SourcePosition extendsPosition() {
            return at == null
                    ? SourcePosition.of(prefix + "theme.yaml")
                    : at.of("/extends").orElse(SourcePosition.of(prefix + "theme.yaml"));
        }
    }

    private final YamlReader yaml;

    public ThemeLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    public Theme load(SiteConfig config) {
        String name = config.theme();
        if (!name.matches(NAME)) {
            throw SiteException.at(ConfigLoader.position(config.root(), "/theme"), "theme.name.invalid", name);
        }
        Source first = Files.isDirectory(ownFolder(config, name)) ? own(config, name) : bundled(name);
        if (first == null) {
            throw SiteException.at(ConfigLoader.position(config.root(), "/theme"), "theme.notFound", name);
        }
        List<Source> chain = chain(config, first);
        return merge(chain);
    }

    /** The theme and every theme it extends, nearest first. */
    private List<Source> chain(SiteConfig config, Source first) {
        List<Source> chain = new ArrayList<>(List.of(first));
        Source current = first;
        while (true) {
            String parent = current.settings().parent();
            if (parent == null) parent = current.bundled() ? NONE : DEFAULT_PARENT;
            if (parent.equals(NONE)) return chain;
            if (!parent.matches(NAME)) {
                throw SiteException.at(current.extendsPosition(), "theme.extends.invalid", parent);
            }
            // a site theme may extend the bundled theme of its own name: themes/bmo/ restyles the bundled bmo
            boolean own = !current.bundled()
                    && !parent.equals(current.name())
                    && Files.isDirectory(ownFolder(config, parent));
            Source next = own ? own(config, parent) : bundled(parent);
            if (next == null) {
                Message hint = parent.equals(current.name())
                        ? Message.of("theme.extends.notFound.hintSelf")
                        : Message.of(
                                "theme.extends.notFound.hint",
                                Suggestion.didYouMean(parent, themeNames(config)),
                                parent);
                throw SiteException.at(
                        current.extendsPosition(), Message.of("theme.extends.notFound", current.name(), parent), hint);
            }
            for (Source s : chain) {
                if (s.key().equals(next.key())) {
                    String cycle = chain.subList(chain.indexOf(s), chain.size()).stream()
                                    .map(Source::location)
                                    .collect(Collectors.joining(" → "))
                            + " → " + next.location();
                    throw SiteException.at(current.extendsPosition(), "theme.extends.cycle", cycle);
                }
            }
            chain.add(next);
            current = next;
        }
    }

    /** One theme of every file and setting of the chain, each from the nearest theme that has it. */
    private Theme merge(List<Source> chain) {
        Map<String, byte[]> files = new TreeMap<>();
        List<Theme.Layer> layers = new ArrayList<>();
        for (Source s : chain) {
            s.files().forEach(files::putIfAbsent);
            layers.add(new Theme.Layer(s.name(), s.prefix(), s.files().keySet()));
        }
        Source shareFrom = null;
        for (Source s : chain) {
            if (s.settings().shareImage() != null) {
                shareFrom = s;
                break;
            }
        }
        Optional<Theme.ShareImageStyle> share =
                shareFrom == null ? Optional.empty() : Optional.of(shareImage(shareFrom, files));
        // the extra fields the templates read: declared by the nearest theme that declares any
        ExtraFields extra = chain.stream()
                .filter(s -> s.settings().extra() != null)
                .findFirst()
                .map(Source::extra)
                .orElse(ExtraFields.NONE);
        Source first = chain.get(0);
        return new Theme(first.name(), first.location(), first.prefix(), files, share, layers, extra);
    }

    /** The share image style of {@code s}, checked against the files of the whole chain. */
    private static Theme.ShareImageStyle shareImage(Source s, Map<String, byte[]> files) {
        Theme.ShareImageStyle st = s.settings().shareImage();
        YamlPositions at = s.at();
        if (st.font() == null || !files.containsKey(st.font())) {
            throw SiteException.at(
                    at.of("/shareImage/font").orElse(at.orFile("/shareImage")), "theme.shareImage.font", st.font());
        }
        for (String field : List.of("background", "foreground", "accent")) {
            String colour = field.equals("background")
                    ? st.background()
                    : field.equals("foreground") ? st.foreground() : st.accent();
            if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
                throw SiteException.at(
                        at.of("/shareImage/" + field).orElse(at.orFile("/shareImage")),
                        "theme.shareImage.colour",
                        field,
                        colour);
            }
        }
        if (st.badge() != null && !st.badge().matches(BADGE)) {
            throw SiteException.at(
                    at.of("/shareImage/badge").orElse(at.orFile("/shareImage")), "theme.shareImage.badge", st.badge());
        }
        return st;
    }

    /** The site's theme folders and the default bundled theme, for suggestions. */
    private static List<String> themeNames(SiteConfig config) {
        List<String> names = new ArrayList<>(List.of(DEFAULT_PARENT));
        try (Stream<Path> s = Files.list(config.root().resolve("themes"))) {
            s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).forEach(names::add);
        } catch (IOException e) {
            // no themes/ folder: only the bundled theme
        }
        return names;
    }

    private static Path ownFolder(SiteConfig config, String name) {
        return config.root().resolve("themes").resolve(name);
    }

    private Source own(SiteConfig config, String name) {
        String prefix = "themes/" + name + "/";
        return source(name, false, "themes/" + name, prefix, read(ownFolder(config, name), prefix));
    }

    /** The bundled theme of that name, or null when the jar has none. */
    private Source bundled(String name) {
        URL themeYaml = ThemeLoader.class.getResource("/themes/" + name + "/theme.yaml");
        if (themeYaml == null) return null;
        Map<String, byte[]> files =
                BUNDLED.computeIfAbsent(name, n -> Collections.unmodifiableMap(readBundled(themeYaml, n)));
        return source(name, true, "bundled theme \"" + name + "\"", "(bundled theme " + name + ")/", files);
    }

    private Source source(String name, boolean bundled, String location, String prefix, Map<String, byte[]> files) {
        byte[] yamlFile = files.get("theme.yaml");
        if (yamlFile == null || yamlFile.length == 0)
            return new Source(
                    name,
                    bundled,
                    location,
                    prefix,
                    files,
                    new Settings(null, null, null, null, null),
                    null,
                    ExtraFields.NONE);
        String text = new String(yamlFile, StandardCharsets.UTF_8);
        String file = prefix + "theme.yaml";
        Settings s = yaml.read(text, Settings.class, file, 1, YamlKind.THEME_SETTINGS);
        ExtraFields extra = s.extra() == null ? ExtraFields.NONE : ExtraFieldsReader.read(text, file);
        return new Source(name, bundled, location, prefix, files, s, new YamlPositions(text, file, 1), extra);
    }

    private static Map<String, byte[]> readBundled(URL themeYaml, String name) {
        String label = "(bundled theme " + name + ")/";
        try {
            URI uri = themeYaml.toURI();
            if ("jar".equals(uri.getScheme())) {
                URL jar = ((JarURLConnection) themeYaml.openConnection()).getJarFileURL();
                return readJar(Path.of(jar.toURI()), "themes/" + name + "/", label);
            }
            return read(Path.of(uri).getParent(), label);
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the bundled theme: " + e.getMessage(), e));
        }
    }

    /**
     * The files under {@code folder} in a jar, read with {@link ZipFile}: it shares the central directory the class
     * loader has read already, where a zip file system reads and indexes all of it again (about 60 ms of a cold start).
     */
    private static Map<String, byte[]> readJar(Path jar, String folder, String label) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String entryName = entry.getName();
                if (entry.isDirectory() || !entryName.startsWith(folder)) continue;
                String rel = entryName.substring(folder.length());
                if (!isThemeFile(rel, entry.getSize(), label)) continue;
                try (InputStream in = zip.getInputStream(entry)) {
                    files.put(rel, in.readAllBytes());
                }
            }
        }
        return files;
    }

    /**
     * Whether a file of a theme (its path in the theme, its size) is read: hidden files are not, and a file too large
     * is an error. The same rule for a theme folder and for the bundled theme in the jar.
     */
    private static boolean isThemeFile(String rel, long size, String label) {
        if (rel.startsWith(".") || rel.contains("/.")) return false;
        if (size > MAX_FILE) throw SiteException.at(SourcePosition.of(label + rel), "theme.file.tooLarge");
        return true;
    }

    private static Map<String, byte[]> read(Path dir, String label) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!isThemeFile(rel, Files.size(p), label)) continue;
                files.put(rel, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of(label), "theme.cannotRead", e.getMessage());
        }
        return files;
    }
}
