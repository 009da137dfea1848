package nl.bmo.site.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestSites;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FreeMarker settings that keep templates safe, and what they refuse. */
class TemplateSafetyTest {
    @TempDir
    Path tmp;

    @Test
    void theConfigurationIsStrictAndSafe() {
        Path site = TestSites.write(tmp, TestSites.BASE);
        var model = Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(site)).build().result().site();
        Configuration c = Templates.configuration(new ThemeTemplateLoader(model.theme()));
        assertThat(c.getNewBuiltinClassResolver()).isSameAs(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        assertThat(c.isAPIBuiltinEnabled()).isFalse();
        assertThat(c.getTemplateExceptionHandler()).isSameAs(TemplateExceptionHandler.RETHROW_HANDLER);
        assertThat(c.getLogTemplateExceptions()).isFalse();
        assertThat(c.getWrapUncheckedExceptions()).isTrue();
        assertThat(c.getFallbackOnNullLoopVariable()).isFalse();
        assertThat(c.getOutputFormat()).isSameAs(HTMLOutputFormat.INSTANCE);
        assertThat(c.getRecognizeStandardFileExtensions()).isTrue();
        assertThat(c.getIncompatibleImprovements().intValue()).isGreaterThanOrEqualTo(Configuration.VERSION_2_3_33.intValue());
    }

    @Test
    void refusesNewAndApi() throws Exception {
        for (String expression : new String[] {"${\"freemarker.template.utility.Execute\"?new()(\"id\")}", "${site?api.getClass()}"}) {
            Path site = TestSites.write(tmp.resolve(String.valueOf(expression.hashCode())), TestSites.BASE);
            Files.writeString(site.resolve("themes/mini/templates/layouts/home.ftlh"), expression);
            assertThatThrownBy(() -> Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(site)).build().result())
                    .isInstanceOf(SiteException.class)
                    .hasMessageContaining("themes/mini/templates/layouts/home.ftlh:1:");
        }
    }

    @Test
    void escapesEveryValueFromFrontMatterAndConfiguration() throws Exception {
        String xss = "<script>alert(1)</script>\\\"'><img src=x onerror=alert(1)>";
        Path site = TestSites.write(tmp, TestSites.BASE.replace("title: Test\n", "title: \"" + xss + "\"\n")
                + "-- content/nl/a.md --\n---\ntitle: \"" + xss + "\"\nsummary: \"" + xss + "\"\n---\nTekst.\n");
        var result = Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(site)).build().result();
        for (var f : result.files()) {
            String text = new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).as(f.path()).doesNotContain("<script>alert(1)").doesNotContain("<img src=x onerror");
        }
    }
}
