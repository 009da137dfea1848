package nl.bmo.site.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import nl.bmo.site.TestSites;
import nl.bmo.site.config.ConfigLoader;
import nl.bmo.site.model.FrontMatter;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.SitePath;
import nl.bmo.site.model.SourceFile;
import nl.bmo.site.model.SourcePath;
import nl.bmo.site.model.Theme;
import nl.bmo.site.yaml.YamlReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Share images draw what the theme's share-image definition names, and nothing the generator chose. */
class ShareImagesTest {
    private static final String ACCENT = "#ff0000";
    private static byte[] font;
    private static SiteConfig config;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void setUp() throws IOException {
        font = Files.readAllBytes(
                Path.of(System.getProperty("project.basedir", "."), "themes/bmo/fonts/Lato-Bold.ttf"));
        config = new ConfigLoader(new YamlReader()).load(TestSites.write(tmp.resolve("site"), TestSites.BASE));
    }

    private static ShareImages images(String badge) {
        Theme.ShareImageStyle style = new Theme.ShareImageStyle("fonts/f.ttf", "#000000", "#ffffff", ACCENT, badge);
        return new ShareImages(
                new Theme("t", "themes/t", "themes/t/", Map.of("fonts/f.ttf", font), Optional.of(style)));
    }

    private static Page page(Map<String, Object> extra) {
        SourceFile source = new SourceFile(
                SourcePath.of("content/nl/eisen/a.md"), "nl", "eisen/a.md", "title: Een eis\n", 2, "", 4);
        FrontMatter meta = new FrontMatter(
                "Een eis",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                false,
                extra,
                Optional.empty());
        return new Page(source, meta, SitePath.of("eisen/a/"), Page.Kind.PAGE, "eisen", "page", Page.NOT_RENDERED);
    }

    @Test
    void theBadgeIsTheFieldTheDefinitionNames() {
        ShareImages byNumber = images("extra.number");
        assertThat(byNumber.inputs(config, page(Map.of("number", 2))))
                .isEqualTo(new ShareImages.Inputs("Test", "2", "Een eis"));
        assertThat(byNumber.inputs(config, page(Map.of("code", "X"))))
                .isEqualTo(new ShareImages.Inputs("Test", "", "Een eis"));
        assertThat(byNumber.inputs(config, page(Map.of("number", Map.of("a", 1))))
                        .badge())
                .as("a map is no badge")
                .isEmpty();
        assertThat(images("extra.campaign.code").inputs(config, page(Map.of("campaign", Map.of("code", "B-7")))))
                .extracting(ShareImages.Inputs::badge)
                .isEqualTo("B-7");
        // a theme without badge: draws none, whatever the page's fields
        assertThat(images(null).inputs(config, page(Map.of("number", 2))).badge())
                .isEmpty();
    }

    @Test
    void aPageWithTheBadgeFieldShowsItInTheAccentColourAboveTheTitle() throws IOException {
        ShareImages images = images("extra.number");
        BufferedImage with = ImageIO.read(new ByteArrayInputStream(
                images.draw(config, page(Map.of("number", 4))).bytes()));
        BufferedImage without = ImageIO.read(
                new ByteArrayInputStream(images.draw(config, page(Map.of())).bytes()));
        assertThat(with.getWidth()).isEqualTo(1200);
        assertThat(with.getHeight()).isEqualTo(630);
        // where the badge goes (right of the accent stripe, above the title): accent pixels only when there is a badge
        assertThat(accentPixels(with)).isGreaterThan(500);
        assertThat(accentPixels(without)).isZero();
        assertThat(images(null).draw(config, page(Map.of("number", 4))).bytes())
                .isEqualTo(images.draw(config, page(Map.of())).bytes());
    }

    @Test
    void theLookChangesWithTheDefinitionSoCachedImagesOfAnotherAreNotUsed() {
        assertThat(images("extra.number").look())
                .isNotEqualTo(images(null).look())
                .isNotEqualTo(images("extra.code").look())
                .isEqualTo(images("extra.number").look());
    }

    private static int accentPixels(BufferedImage img) {
        int accent = Integer.parseInt(ACCENT.substring(1), 16);
        int n = 0;
        for (int y = 200; y < 290; y++) {
            for (int x = 60; x < 700; x++) if ((img.getRGB(x, y) & 0xffffff) == accent) n++;
        }
        return n;
    }
}
