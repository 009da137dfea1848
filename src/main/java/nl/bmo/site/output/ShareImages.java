package nl.bmo.site.output;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.Theme;

/**
 * Draws a 1200×630 share image for every page ({@code <page>/share.png}): the site title, a badge, and the page title,
 * in the theme's own font, so the result is the same on every machine. The theme's share-image definition says what the
 * badge is: the front matter field its {@code badge:} names ({@code extra.number}), drawn large above the title when
 * the page has it; without {@code badge:}, or on a page without that field, there is none.
 */
public final class ShareImages {
    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private final Theme theme;

    public ShareImages(Theme theme) {
        this.theme = theme;
    }

    /** Draws every page's image (in parallel). */
    public List<OutputFile> render(SiteModel site) {
        return site.pages().parallelStream().map(p -> draw(site.config(), p)).toList();
    }

    /** Draws one page's image, {@code <page>/share.png}. */
    public OutputFile draw(SiteConfig config, Page p) {
        Inputs in = inputs(config, p);
        return OutputFile.owning(
                p.path().file("share.png").outputFile(),
                draw(font(), theme.shareImage().orElseThrow(), in.siteTitle(), in.badge(), in.title()));
    }

    /**
     * What decides a page's image besides the theme's style and font: two pages with equal inputs get the same bytes.
     *
     * @param siteTitle the language's site title
     * @param badge the text of the badge, or empty for none
     * @param title the page title
     */
    public record Inputs(String siteTitle, String badge, String title) {}

    public Inputs inputs(SiteConfig config, Page p) {
        Language lang = config.language(p.lang()).orElseThrow();
        return new Inputs(lang.title(), badgeOf(p), p.meta().title());
    }

    /**
     * The version of the drawing code and the theme's share-image definition (colours, font, badge field): with the
     * font's bytes and {@link #inputs}, everything an image's bytes depend on.
     */
    public String look() {
        Theme.ShareImageStyle s = theme.shareImage().orElseThrow();
        return String.join("\0", VERSION, s.font(), s.background(), s.foreground(), s.accent(), "badge=" + s.badge());
    }

    /** The font's bytes. */
    public byte[] fontBytes() {
        return theme.file(theme.shareImage().orElseThrow().font()).orElseThrow();
    }

    /** The value of the theme's badge field ({@code extra.a.b}) on this page, or empty when it has none. */
    private String badgeOf(Page p) {
        String field = theme.shareImage().orElseThrow().badge();
        if (field == null) return "";
        String[] names = field.split("\\.");
        Object value = p.meta().extra();
        for (int i = 1; i < names.length && value != null; i++)
            value = value instanceof Map<?, ?> m ? m.get(names[i]) : null;
        // a number or text is drawn; a list or a map is no badge
        return value == null || value instanceof Map<?, ?> || value instanceof Collection<?>
                ? ""
                : String.valueOf(value);
    }

    /** Changes whenever the drawing changes, so that cached images of an older drawing are not used. */
    private static final String VERSION =
            "share-image-2 zlib " + System.getProperty("java.vm.vendor") + " " + Runtime.version();

    private volatile Font font;

    private Font font() {
        Font f = font;
        if (f == null) {
            synchronized (this) {
                if (font == null) font = font(theme.shareImage().orElseThrow());
                f = font;
            }
        }
        return f;
    }

    private Font font(Theme.ShareImageStyle style) {
        byte[] bytes = theme.file(style.font()).orElseThrow();
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw SiteException.at(
                    SourcePosition.of(theme.sourceOf(style.font())), "output.shareImage.font", e.getMessage());
        }
    }

    static byte[] draw(Font base, Theme.ShareImageStyle style, String siteTitle, String badge, String title) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.decode(style.background()));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Color accent = Color.decode(style.accent());
            g.setColor(accent);
            g.fillRect(0, 0, 24, HEIGHT);
            int left = 96;
            g.setFont(base.deriveFont(34f));
            g.setColor(Color.decode(style.foreground()));
            g.drawString(siteTitle, left, 110);
            int top = 200;
            if (!badge.isEmpty()) {
                g.setColor(accent);
                g.setFont(base.deriveFont(120f));
                g.drawString(badge, left, top + 70);
                top += 130;
            }
            g.setColor(Color.decode(style.foreground()));
            float size = badge.isEmpty() ? 72f : 56f;
            List<String> lines;
            while (true) {
                g.setFont(base.deriveFont(size));
                lines = wrap(title, g.getFontMetrics(), WIDTH - left - 96);
                int height = lines.size() * g.getFontMetrics().getHeight();
                if (top + height <= HEIGHT - 60 || size <= 30) break;
                size -= 4;
            }
            FontMetrics fm = g.getFontMetrics();
            int y = top + fm.getAscent();
            for (String line : lines) {
                if (y > HEIGHT - 40) break;
                g.drawString(line, left, y);
                y += fm.getHeight();
            }
        } finally {
            g.dispose();
        }
        return PngEncoder.encode(img);
    }

    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
