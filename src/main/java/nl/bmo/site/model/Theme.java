package nl.bmo.site.model;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A theme, read into memory once: its files by path below the theme folder ({@code templates/layouts/base.ftlh},
 * {@code static/css/main.css}, {@code i18n/nl.yaml}).
 *
 * <p>Immutable: the constructor copies every file's bytes, and {@link #files()} and {@link #file} hand out copies, so
 * no caller can change a theme another stage reads. Two themes are equal when their name, location, prefix, share image
 * style and every file's bytes are equal. {@link #has}, {@link #text} and {@link #sameFile} read without copying.
 *
 * <p>A theme may extend another: then {@link #files} holds every file of the chain, each path from the nearest theme
 * that has it, and {@link #layers} says which theme each came from ({@link #sourceOf}).
 *
 * @param name the theme's name
 * @param location where it came from, for messages: {@code themes/bmo} or {@code bundled theme "bmo"}
 * @param sourcePrefix the prefix that makes a path of the site's own theme a site-relative path in messages
 *     ({@code themes/bmo/})
 * @param files the files, sorted by path (a read-only view whose values are copies)
 * @param shareImage how to draw share images, or empty when the theme has none
 * @param layers the themes the files come from, nearest first: the theme itself, then the one it extends, …
 * @param extraFields the front matter fields under {@code extra:} that the templates read ({@code extra:} in
 *     theme.yaml, from the nearest theme that declares them)
 */
public record Theme(
        String name,
        String location,
        String sourcePrefix,
        Map<String, byte[]> files,
        Optional<ShareImageStyle> shareImage,
        List<Layer> layers,
        ExtraFields extraFields) {

    /**
     * One theme of a chain of themes that extend each other.
     *
     * @param name the theme's name
     * @param sourcePrefix the prefix of its files in messages: {@code themes/x/} or {@code (bundled theme bmo)/}
     * @param paths the paths of its own files
     */
    public record Layer(String name, String sourcePrefix, Set<String> paths) {
        public Layer {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sourcePrefix, "sourcePrefix");
            paths = Collections.unmodifiableSortedSet(new TreeSet<>(paths));
        }
    }

    /**
     * The look of generated share images ({@code shareImage:} in {@code theme.yaml}).
     *
     * @param font a TrueType font file in the theme ({@code fonts/Lato-Bold.ttf})
     * @param background, foreground, accent colours as {@code #rrggbb}
     * @param badge the front matter field drawn large above the title when a page has it ({@code extra.number}), or
     *     null: the theme's choice, the generator knows no campaign field
     */
    public record ShareImageStyle(String font, String background, String foreground, String accent, String badge) {}

    public Theme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shareImage, "shareImage");
        Objects.requireNonNull(extraFields, "extraFields");
        TreeMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, bytes) -> copy.put(Objects.requireNonNull(path, "path"), bytes.clone()));
        files = new CopyingView(Collections.unmodifiableSortedMap(copy));
        layers = List.copyOf(layers);
        if (layers.isEmpty()) throw new IllegalArgumentException("a theme has at least its own layer");
    }

    /**
     * A theme that extends none (all its files are its own) and declares no {@code extra} fields (pages may set any).
     */
    public Theme(
            String name,
            String location,
            String sourcePrefix,
            Map<String, byte[]> files,
            Optional<ShareImageStyle> shareImage) {
        this(
                name,
                location,
                sourcePrefix,
                files,
                shareImage,
                List.of(new Layer(name, sourcePrefix, files.keySet())),
                ExtraFields.NONE);
    }

    /**
     * The site-relative file a theme path comes from, for messages: the nearest theme's file that has it
     * ({@code themes/x/templates/partials/header.ftlh}, {@code (bundled theme bmo)/templates/layouts/page.ftlh}), or,
     * for a path no theme has, where the site's own theme would hold it.
     */
    public String sourceOf(String path) {
        for (Layer l : layers) if (l.paths().contains(path)) return l.sourcePrefix() + path;
        return sourcePrefix + path;
    }

    /** The files, sorted by path: a read-only view whose values are copies of the theme's bytes. */
    @Override
    public Map<String, byte[]> files() {
        return files;
    }

    /** A copy of the file's bytes, or empty when the theme has no such file. */
    public Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** Whether the theme has this file. */
    public boolean has(String path) {
        return files.containsKey(path);
    }

    /** The file decoded as UTF-8, or empty when the theme has no such file. */
    public Optional<String> text(String path) {
        byte[] b = bytes().get(path);
        return b == null ? Optional.empty() : Optional.of(new String(b, StandardCharsets.UTF_8));
    }

    /** Whether {@code other} has this file with the same bytes, or lacks it as this theme does. */
    public boolean sameFile(String path, Theme other) {
        return Arrays.equals(bytes().get(path), other.bytes().get(path));
    }

    /** The paths below {@code folder} (which ends in {@code /}), sorted. */
    public List<String> list(String folder) {
        return files.keySet().stream().filter(p -> p.startsWith(folder)).toList();
    }

    private SortedMap<String, byte[]> bytes() {
        return ((CopyingView) files).files;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Theme t)) return false;
        if (!name.equals(t.name)
                || !Objects.equals(location, t.location)
                || !Objects.equals(sourcePrefix, t.sourcePrefix)
                || !shareImage.equals(t.shareImage)
                || !layers.equals(t.layers)
                || !extraFields.equals(t.extraFields)
                || !bytes().keySet().equals(t.bytes().keySet())) {
            return false;
        }
        for (var e : bytes().entrySet())
            if (!Arrays.equals(e.getValue(), t.bytes().get(e.getKey()))) return false;
        return true;
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(name, location, sourcePrefix, shareImage, layers, extraFields);
        for (var e : bytes().entrySet()) h = 31 * h + e.getKey().hashCode() ^ Arrays.hashCode(e.getValue());
        return h;
    }

    @Override
    public String toString() {
        return "Theme[" + name + ", " + location + ", " + bytes().size() + " files]";
    }

    /** A read-only view of the files that hands out copies of their bytes. */
    private static final class CopyingView extends AbstractMap<String, byte[]> {
        final SortedMap<String, byte[]> files;

        CopyingView(SortedMap<String, byte[]> files) {
            this.files = files;
        }

        @Override
        public byte[] get(Object path) {
            byte[] b = files.get(path);
            return b == null ? null : b.clone();
        }

        @Override
        public boolean containsKey(Object path) {
            return files.containsKey(path);
        }

        @Override
        public int size() {
            return files.size();
        }

        @Override
        public Set<String> keySet() {
            return files.keySet();
        }

        @Override
        public Set<Entry<String, byte[]>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, byte[]>> iterator() {
                    Iterator<Entry<String, byte[]>> it = files.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Entry<String, byte[]> next() {
                            Entry<String, byte[]> e = it.next();
                            return new SimpleImmutableEntry<>(
                                    e.getKey(), e.getValue().clone());
                        }
                    };
                }

                @Override
                public int size() {
                    return files.size();
                }
            };
        }
    }
}
