package nl.bmo.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import java.util.List;
import java.util.Map;
import nl.bmo.site.model.Language;
import org.junit.jupiter.api.Test;

/**
 * A body is parsed by a parser with only the optional extensions it may use (autolinks, tables, attributes), which must
 * give the same document as the parser with all of them.
 */
class MarkdownParserTest {
    private static final Language NL = new Language("nl", "Nederlands", "nl-NL", "", "", "“”‘’", Map.of());
    private static final int ALL = MarkdownParser.AUTOLINKS | MarkdownParser.TABLES | MarkdownParser.ATTRIBUTES;

    private final MarkdownParser parsers = new MarkdownParser(NL);
    private final HtmlRenderer html = HtmlRenderer.builder(parsers.options()).build();

    @Test
    void findsTheExtensionsABodyMayUse() {
        assertThat(MarkdownParser.features("Gewoon \"tekst\" -- met *nadruk*.")).isZero();
        assertThat(MarkdownParser.features("| a | b |\n|---|---|\n| 1 | 2 |")).isEqualTo(MarkdownParser.TABLES);
        assertThat(MarkdownParser.features("## Eis {#eis-1}")).isEqualTo(MarkdownParser.ATTRIBUTES);
        assertThat(MarkdownParser.features("Zie https://example.org of mail a@example.org."))
                .isEqualTo(MarkdownParser.AUTOLINKS);
        assertThat(MarkdownParser.features("[link](https://example.org)")).isZero();
    }

    @Test
    void aParserWithFewerExtensionsParsesWhatItGetsAsTheFullOneDoes() {
        List<String> bodies = List.of(
                "# Titel\n\nTekst met \"aanhalingstekens\", 'enkele', -- en --- en ...\n",
                "* een\n* twee\n\n1. drie\n2. vier\n\n> citaat ~~weg~~\n",
                "Voetnoot[^1].\n\n[^1]: De noot.\n",
                "    code | met pijp\n\n`a {b}`\n",
                "| Eis | Stand |\n|---|:---:|\n| 1 | open |\n\nNa de tabel a|b.\n",
                "## Vraag {#vraag-1 .ask}\n\nTekst {.lead}\n",
                "Zie https://example.org/pad, www.example.org en info@example.org.\n",
                "[link](https://example.org) en <https://example.org/x>\n",
                "Alles: | a | b |\n|---|---|\n| {x} | https://example.org |\n");
        for (String body : bodies) {
            int needs = MarkdownParser.features(body);
            String full = html.render(parsers.parser(ALL).parse(body));
            String fewer = html.render(parsers.parser(needs).parse(body));
            assertThat(fewer).as("%s (features %d)", body, needs).isEqualTo(full);
            assertThat(html.render(parsers.parseDocument(body))).isEqualTo(full);
        }
    }

    @Test
    void aParserWithoutAnExtensionDiffersWhereTheBodyUsesIt() {
        // so the comparison above can fail: each extension changes what a body that uses it becomes
        String table = "| a | b |\n|---|---|\n| 1 | 2 |\n";
        assertThat(html.render(parsers.parser(0).parse(table)))
                .isNotEqualTo(html.render(parsers.parser(MarkdownParser.TABLES).parse(table)));
        String attributes = "## Eis {#eis-1}\n";
        assertThat(html.render(parsers.parser(0).parse(attributes)))
                .isNotEqualTo(
                        html.render(parsers.parser(MarkdownParser.ATTRIBUTES).parse(attributes)));
        String url = "Zie https://example.org.\n";
        assertThat(html.render(parsers.parser(0).parse(url)))
                .isNotEqualTo(
                        html.render(parsers.parser(MarkdownParser.AUTOLINKS).parse(url)));
    }
}
