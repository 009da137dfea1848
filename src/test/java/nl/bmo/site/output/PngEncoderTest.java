package nl.bmo.site.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
    @Test
    void aDecoderReadsBackEveryPixel() throws Exception {
        BufferedImage img = new BufferedImage(301, 157, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.decode("#1d3557"));
        g.fillRect(0, 0, 301, 157);
        g.setColor(Color.WHITE);
        g.drawString("Eis 2 – middenveld", 20, 80);
        g.dispose();
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) img.setRGB(random.nextInt(301), random.nextInt(157), random.nextInt(0x1000000));

        byte[] png = PngEncoder.encode(img);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(back.getWidth()).isEqualTo(301);
        assertThat(back.getHeight()).isEqualTo(157);
        for (int y = 0; y < 157; y++) {
            for (int x = 0; x < 301; x++) {
                assertThat(back.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y).isEqualTo(img.getRGB(x, y) & 0xffffff);
            }
        }
    }

    @Test
    void theSameImageGivesTheSameBytes() {
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 4, 0x123456);
        assertThat(PngEncoder.encode(img)).isEqualTo(PngEncoder.encode(img));
    }

    @Test
    void refusesOtherPixelLayouts() {
        assertThatThrownBy(() -> PngEncoder.encode(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
