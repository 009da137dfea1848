package nl.bmo.site.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.core.InvalidReferenceException;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestSites;
import nl.bmo.site.model.Theme;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FreeMarker settings that keep templates safe, and what they refuse. */
class TemplateSafetyTest {
    @TempDir
    Path tmp;

    /**
     * Renders {@code text} as the theme template {@code name} with {@code model}, through the build's configuration.
     */
    private static String render(String name, String text, Map<String, Object> model) throws Exception {
        Theme theme = new Theme(
                "t",
                "themes/t",
                "themes/t/",
                Map.of("templates/" + name, text.getBytes(StandardCharsets.UTF_8)),
                Optional.empty());
        Configuration c = Templates.configuration(new ThemeTemplateLoader(theme));
        StringWriter out = new StringWriter();
        c.getTemplate(name).process(model, out);
        return out.toString();
    }

    private static String render(String text, Map<String, Object> model) throws Exception {
        return render("t.ftlh", text, model);
    }

    @Test
    void templatesCannotCreateObjectsOrReachJava() {
        assertThatThrownBy(() -> render("${\"freemarker.template.utility.Execute\"?new()(\"id\")}", Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("freemarker.template.utility.Execute");
        assertThatThrownBy(() -> render(
                        "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"/\")}",
                        Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("ObjectConstructor");
        assertThatThrownBy(() -> render("${m?api.getClass().getName()}", Map.of("m", new HashMap<>(Map.of("a", "b")))))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("?api");
    }

    @Test
    void templatesCannotIncludeFilesOutsideTheTheme() {
        for (String path : new String[] {"/etc/passwd", "../../pom.xml", "file:///etc/passwd"}) {
            assertThatThrownBy(() -> render("<#include \"" + path + "\">", Map.of()))
                    .as(path)
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining("Template not found");
        }
    }

    @Test
    void anUnknownVariableIsAnErrorNotAnEmptyString() {
        assertThatThrownBy(() -> render("a${nothing}b", Map.of()))
                .isInstanceOf(InvalidReferenceException.class)
                .hasMessageContaining("nothing");
        // a null inside a list does not silently print a variable of the same name from outside the loop
        assertThatThrownBy(() ->
                        render("<#list xs as x>${x}</#list>", Map.of("xs", Arrays.asList("a", null), "x", "outer")))
                .isInstanceOf(InvalidReferenceException.class);
    }

    @Test
    void htmlTemplatesEscapeXmlTemplatesEscapeForXmlAndPlainTextIsLeftAlone() throws Exception {
        Map<String, Object> model = Map.of("v", "<b title=\"x\">'&'</b>");
        assertThat(render("p.ftlh", "${v}", model)).isEqualTo("&lt;b title=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;");
        assertThat(render("p.ftlx", "${v}", model))
                .isEqualTo("&lt;b title=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/b&gt;");
        assertThat(render("robots.txt.ftl", "${v}", model))
                .as("plain text: nothing to escape")
                .isEqualTo("<b title=\"x\">'&'</b>");
    }

    @Test
    void numbersBooleansAndDatesDoNotDependOnTheMachine() throws Exception {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Map<String, Object> model =
                    Map.of("n", 1234567.5, "yes", true, "when", Date.from(Instant.parse("2026-01-06T23:30:00Z")));
            assertThat(render("${n} ${yes} ${when?date} ${when?string('yyyy-MM-dd HH:mm')}", model))
                    .isEqualTo("1234567.5 true 2026 Jan 6 2026-01-06 23:30"); // in Kiritimati it is already 7 January
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void refusesNewAndApi() throws Exception {
        for (String expression :
                new String[] {"${\"freemarker.template.utility.Execute\"?new()(\"id\")}", "${site?api.getClass()}"}) {
            Path site = TestSites.write(tmp.resolve(String.valueOf(expression.hashCode())), TestSites.BASE);
            Files.writeString(site.resolve("themes/mini/templates/layouts/home.ftlh"), expression);
            assertThatThrownBy(() -> Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(site))
                            .build()
                            .result())
                    .isInstanceOf(SiteException.class)
                    .hasMessageContaining("themes/mini/templates/layouts/home.ftlh:1:");
        }
    }

    @Test
    void escapesEveryValueFromFrontMatterAndConfiguration() throws Exception {
        String xss = "<script>alert(1)</script>\\\"'><img src=x onerror=alert(1)>";
        Path site = TestSites.write(
                tmp,
                TestSites.BASE.replace("title: Test\n", "title: \"" + xss + "\"\n")
                        + "-- content/nl/a.md --\n---\ntitle: \"" + xss + "\"\nsummary: \"" + xss
                        + "\"\n---\nTekst.\n");
        var result = Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(site))
                .build()
                .result();
        for (var f : result.files()) {
            String text = new String(f.bytes(), StandardCharsets.UTF_8);
            assertThat(text)
                    .as(f.path().value())
                    .doesNotContain("<script>alert(1)")
                    .doesNotContain("<img src=x onerror");
        }
    }
}
