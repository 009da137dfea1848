package nl.bmo.site.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.bmo.site.SiteException;
import nl.bmo.site.model.Theme;
import org.junit.jupiter.api.Test;

/** The render hooks: each template writes its piece from the data it is given, and only from that. */
class MarkupTemplatesTest {
    private static final Path BMO = Path.of(System.getProperty("project.basedir", "."), "themes/bmo");

    private static MarkupTemplates hooks(Map<String, String> templates) {
        Map<String, byte[]> files = new TreeMap<>();
        templates.forEach(
                (path, text) -> files.put("templates/_markup/" + path, text.getBytes(StandardCharsets.UTF_8)));
        return new MarkupTemplates(Templates.compile(new Theme("t", "themes/t", "themes/t/", files, Optional.empty())));
    }

    @Test
    void eachHookSeesItsPiecesDataWithoutTheLineBreakItsFileEndsIn() {
        MarkupTemplates hooks = hooks(Map.of(
                "ask.ftlh",
                        "<#-- a comment line "
                                + "-->\n[${ask.id}|${ask.number}|${ask.numbered?c}|${ask.label}|${ask.text?no_esc}]\n\n",
                "table.ftlh", "<t>\n${table.body?no_esc}</t>\n",
                "footnote-back-link.ftlh",
                        "<a href=\"#${footnote.target}\">${footnote.number}.${footnote.reference}</a>\n"));
        assertThat(hooks.ask("2-1", "2.1", "Link <2.1>", "Text <em>x</em>"))
                .isEqualTo("[2-1|2.1|true|Link &lt;2.1&gt;|Text <em>x</em>]");
        assertThat(hooks.ask("slot", "slot", "L", "T")).isEqualTo("[slot|slot|false|L|T]");
        assertThat(hooks.table("<tbody>\n</tbody>\n")).isEqualTo("<t>\n<tbody>\n</tbody>\n</t>");
        assertThat(hooks.footnoteBackLink(3, 2, "fnref-3-1")).isEqualTo("<a href=\"#fnref-3-1\">3.2</a>");
    }

    @Test
    void aHookTheThemeLacksGivesNothingSoTheMarkdownStageWritesPlainMarkup() {
        MarkupTemplates hooks = hooks(Map.of("table.ftlh", "<t>${table.body?no_esc}</t>"));
        assertThat(hooks.ask("1-1", "1.1", "L", "T")).isNull();
        assertThat(hooks.footnoteBackLink(1, 1, "fnref-1")).isNull();
        assertThat(hooks.table("x")).isEqualTo("<t>x</t>");
    }

    @Test
    void aHookSeesNothingButItsPieceAndAnErrorNamesTheTemplatesLine() {
        MarkupTemplates hooks = hooks(Map.of("ask.ftlh", "<#-- only ask -->\n${ask.id} ${page.title}\n"));
        assertThatThrownBy(() -> hooks.ask("1-1", "1.1", "L", "T"))
                .isInstanceOf(SiteException.class)
                .hasMessageStartingWith("themes/t/templates/_markup/ask.ftlh:2:13: error: ")
                .hasMessageContaining("(render hook _markup/ask.ftlh)");
    }

    @Test
    void theBmoThemesHooksWriteItsMarkup() throws Exception {
        Map<String, String> files = new TreeMap<>();
        for (String hook : List.of("ask.ftlh", "table.ftlh", "footnote-back-link.ftlh")) {
            files.put(hook, Files.readString(BMO.resolve("templates/_markup/" + hook)));
        }
        MarkupTemplates hooks = hooks(files);
        assertThat(hooks.ask("2-1", "2.1", "Copy link to ask 2.1", "Do <em>it</em>."))
                .isEqualTo("<span class=\"bmo-ask__number\">2.1</span> "
                        + "Do <em>it</em>. <a class=\"bmo-permalink\" href=\"#2-1\" "
                        + "data-permalink=\"2-1\"><span class=\"bmo-permalink__icon\" "
                        + "aria-hidden=\"true\">#</span><span class=\"bmo-permalink__text\">Copy link to ask "
                        + "2.1</span></a>");
        assertThat(hooks.ask("slot", "slot", "L", "T")).startsWith("T <a class=\"bmo-permalink\" href=\"#slot\"");
        assertThat(hooks.table("<tbody>\n</tbody>\n"))
                .isEqualTo("<table class=\"bmo-table\">\n<tbody>\n</tbody>\n</table>");
        assertThat(hooks.footnoteBackLink(1, 1, "fnref-1"))
                .isEqualTo("<a href=\"#fnref-1\" class=\"bmo-footnote-back\">&#8617;</a>");
    }

    @Test
    void markdownDependsOnTheHookTemplatesOrOnEveryTemplateWhenAHookLoadsAnother() {
        Map<String, byte[]> files = new TreeMap<>(Map.of(
                "templates/layouts/page.ftlh",
                new byte[0],
                "templates/_markup/ask.ftlh",
                "x".getBytes(StandardCharsets.UTF_8)));
        Theme plain = new Theme("t", "themes/t", "themes/t/", files, Optional.empty());
        assertThat(MarkupTemplates.inputs(plain))
                .containsExactly(
                        "templates/_markup/ask.ftlh",
                        "templates/_markup/table.ftlh",
                        "templates/_markup/footnote-back-link.ftlh");
        files.put(
                "templates/_markup/table.ftlh", "<#import \"/partials/x.ftlh\" as x>".getBytes(StandardCharsets.UTF_8));
        Theme loading = new Theme("t", "themes/t", "themes/t/", files, Optional.empty());
        assertThat(MarkupTemplates.inputs(loading)).contains("templates/layouts/page.ftlh");
    }
}
