package nl.bmo.site.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.bmo.site.SourcePosition;

/**
 * Where the values of a YAML text are written, by JSON pointer: {@code /defaultLanguage} is the position of the value
 * of {@code defaultLanguage:}, {@code /languages/1/code} that of the second language's code. For messages about a value
 * read earlier with {@link YamlReader#read}; the text is read again only when a position is asked for.
 */
public final class YamlPositions {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private final String text;
    private final String file;
    private final int firstLine;
    private Map<String, SourcePosition> positions;
    private Map<String, SourcePosition> keys;

    /**
     * @param text YAML that {@link YamlReader#read} has read without error
     * @param file the site-relative path, for the positions
     * @param firstLine the file line of the text's first line
     */
    public YamlPositions(String text, String file, int firstLine) {
        this.text = text;
        this.file = file;
        this.firstLine = firstLine;
    }

    /**
     * The position of the value at {@code pointer}, such as {@code /languages/0/code}; empty when it is not written.
     */
    public synchronized Optional<SourcePosition> of(String pointer) {
        if (positions == null) read();
        return Optional.ofNullable(positions.get(pointer));
    }

    /** The position of the key of the value at {@code pointer}, such as {@code /languages/0/nmae}. */
    public synchronized Optional<SourcePosition> key(String pointer) {
        if (keys == null) read();
        return Optional.ofNullable(keys.get(pointer));
    }

    /** The position of the value at {@code pointer}, or else the file without a line. */
    public SourcePosition orFile(String pointer) {
        return of(pointer).orElse(SourcePosition.of(file));
    }

    private void read() {
        positions = new HashMap<>();
        keys = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isStructEnd()) continue;
                JsonStreamContext ctx =
                        t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
                var loc = p.currentTokenLocation();
                SourcePosition at =
                        SourcePosition.of(file, firstLine + loc.getLineNr() - 1, Math.max(1, loc.getColumnNr()));
                (t == JsonToken.FIELD_NAME ? keys : positions)
                        .putIfAbsent(ctx.pathAsPointer().toString(), at);
            }
        } catch (IOException e) {
            // Positions are asked for after an error: a text that cannot be read to its end has positions up to there.
        }
    }
}
