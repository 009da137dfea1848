package nl.bmo.site.output;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB image as a PNG file (8-bit truecolour, no interlace, the "sub" filter on every row). For the flat,
 * text-only share images this gives files as small as ImageIO's at a third of its time, reads the pixels in place
 * instead of copying the raster, and loads no ImageIO service registry. The output is deterministic for a given zlib.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngEncoder() {}

    /** Encodes an image of {@link BufferedImage#TYPE_INT_RGB}. */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB)
            throw new IllegalArgumentException("not TYPE_INT_RGB: " + image.getType());
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            png.write(SIGNATURE);
            byte[] header = new byte[13];
            putInt(header, 0, width);
            putInt(header, 4, height);
            header[8] = 8; // bits per sample
            header[9] = 2; // truecolour
            chunk(png, "IHDR", header);
            ByteArrayOutputStream data = new ByteArrayOutputStream(64 * 1024);
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
            try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 64 * 1024)) {
                byte[] row = new byte[1 + width * 3];
                row[0] = 1; // filter type "sub": each byte minus the same byte of the pixel to its left
                for (int y = 0; y < height; y++) {
                    int o = 1;
                    int pr = 0;
                    int pg = 0;
                    int pb = 0;
                    for (int x = 0, i = y * width; x < width; x++, i++) {
                        int p = pixels[i];
                        int r = (p >> 16) & 0xff;
                        int g = (p >> 8) & 0xff;
                        int b = p & 0xff;
                        row[o++] = (byte) (r - pr);
                        row[o++] = (byte) (g - pg);
                        row[o++] = (byte) (b - pb);
                        pr = r;
                        pg = g;
                        pb = b;
                    }
                    z.write(row);
                }
            } finally {
                deflater.end();
            }
            chunk(png, "IDAT", data.toByteArray());
            chunk(png, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory streams do not fail
        }
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.write(length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.write(c);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
