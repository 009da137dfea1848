package nl.bmo.site.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.SourceFile;
import nl.bmo.site.model.SourcePath;

/** Turns the bytes of a Markdown file into a {@link SourceFile}: strict UTF-8, BOM and CRLF accepted. */
final class SourceReader {
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private SourceReader() {}

    static SourceFile read(String path, String lang, String langPath, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw SiteException.at(SourcePosition.of(path), "content.file.tooLarge", bytes.length / 1024);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw SiteException.at(SourcePosition.of(path, lineAt(bytes, i), 0), "content.file.binary");
            }
        }
        String text = decode(path, bytes);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return split(path, lang, langPath, text);
    }

    private static String decode(String path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int offset = in.position();
            throw SiteException.at(SourcePosition.of(path, lineAt(bytes, offset), 0), "content.file.notUtf8", offset);
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static SourceFile split(String path, String lang, String langPath, String text) {
        if (text.isBlank()) {
            throw SiteException.at(SourcePosition.of(path, 1, 1), "content.file.empty");
        }
        if (!text.startsWith("---\n") && !text.equals("---")) {
            throw SiteException.at(SourcePosition.of(path, 1, 1), "content.frontMatter.missing");
        }
        int pos = 4;
        int line = 2;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String l = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (l.stripTrailing().equals("---")) {
                String fm = text.substring(4, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new SourceFile(SourcePath.of(path), lang, langPath, fm, 2, body, line + 1);
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }
        throw SiteException.at(SourcePosition.of(path, 1, 1), "content.frontMatter.notClosed");
    }
}
