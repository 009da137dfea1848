package nl.bmo.site.content;

import nl.bmo.site.model.FrontMatter;
import nl.bmo.site.yaml.YamlReader;

/** Opens the package-private reader and parser to the fuzz targets. */
public final class FrontMatterFuzzing {
    private static final FrontMatterParser PARSER = new FrontMatterParser(new YamlReader());

    private FrontMatterFuzzing() {}

    public static FrontMatter parse(byte[] input) {
        return PARSER.parse(SourceReader.read("content/nl/a.md", "nl", "a.md", input));
    }
}
