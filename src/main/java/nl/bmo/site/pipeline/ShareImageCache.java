package nl.bmo.site.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import nl.bmo.site.internal.Digests;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.Theme;
import nl.bmo.site.output.ShareImages;

/**
 * Share images, drawn only when their inputs changed. An image's key is a SHA-256 digest of everything its bytes depend
 * on (the drawing code's version, the theme's share-image definition and font, the language's site title, the badge its
 * definition names, the page title); images are kept in memory for the life of the pipeline and, when a cache folder is
 * given, as {@code <folder>/share-images/<key>.png} between runs. The folder is safe to delete at any time; a file that
 * is not a whole PNG is drawn again.
 */
final class ShareImageCache {
    static final String FOLDER = "share-images";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private final Path folder;
    private final boolean readOnly;
    private final Map<String, byte[]> memory = new ConcurrentHashMap<>();
    private final AtomicInteger drawn = new AtomicInteger();
    private ShareImages images;
    private Theme imagesTheme;
    private String look;

    /**
     * @param cacheDir the cache folder, or null for none
     * @param readOnly take images from the folder, but write none to it
     */
    ShareImageCache(Path cacheDir, boolean readOnly) {
        this.folder = cacheDir == null ? null : cacheDir.resolve(FOLDER);
        this.readOnly = readOnly;
    }

    /** Hands every page's share image to {@code out}: from memory, from the cache folder, or drawn (in parallel). */
    void images(SiteModel site, Theme theme, Consumer<OutputFile> out) {
        if (imagesTheme != theme) {
            images = new ShareImages(theme);
            imagesTheme = theme;
            look = images.look() + "\0" + HexFormat.of().formatHex(Digests.sha256(images.fontBytes()));
        }
        List<Page> pages = site.pages();
        (pages.size() > 1 ? pages.parallelStream() : pages.stream()).forEach(p -> {
            ShareImages.Inputs in = images.inputs(site.config(), p);
            String key = key(in);
            byte[] png = memory.get(key);
            if (png == null) png = read(key);
            if (png == null) {
                png = images.draw(site.config(), p).bytes();
                drawn.incrementAndGet();
                write(key, png);
            }
            memory.put(key, png);
            // one array for the cache and every file with these inputs: neither the cache nor OutputFile ever writes to
            // it
            out.accept(OutputFile.owning(p.path().file("share.png").outputFile(), png));
        });
    }

    /** How many images this cache has drawn (not found in memory or in the folder). */
    int drawn() {
        return drawn.get();
    }

    private String key(ShareImages.Inputs in) {
        String all = look + "\0" + in.siteTitle() + "\0" + in.badge() + "\0" + in.title();
        return Digests.sha256Hex(all);
    }

    private byte[] read(String key) {
        if (folder == null) return null;
        try {
            byte[] bytes = Files.readAllBytes(folder.resolve(key + ".png"));
            return isWholePng(bytes) ? bytes : null;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null; // an unreadable cache file is drawn again
        }
    }

    private void write(String key, byte[] png) {
        if (folder == null || readOnly) return;
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, key, ".tmp");
            Files.write(tmp, png);
            CacheFiles.replace(tmp, folder.resolve(key + ".png"));
        } catch (IOException e) {
            // the cache only saves time: a build never fails for it
        }
    }

    static boolean isWholePng(byte[] b) {
        if (b.length < PNG_SIGNATURE.length + PNG_END.length) return false;
        for (int i = 0; i < PNG_SIGNATURE.length; i++) if (b[i] != PNG_SIGNATURE[i]) return false;
        for (int i = 0; i < PNG_END.length; i++) if (b[b.length - PNG_END.length + i] != PNG_END[i]) return false;
        return true;
    }
}
