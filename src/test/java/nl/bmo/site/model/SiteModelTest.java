package nl.bmo.site.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.bmo.site.TestSites;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** {@link SiteModel#withTexts}: the same indexes as a model built from scratch, without sorting again. */
class SiteModelTest {
    private static SiteModel site() {
        Path root = TestSites.fixture("bilingual");
        return Pipeline.inMemory(TestSites.CLOCK, BuildOptions.of(root))
                .build()
                .result()
                .site();
    }

    @Test
    void withTextsAnswersLikeAModelBuiltFromScratch() {
        SiteModel site = site();
        List<Page> changed = new ArrayList<>();
        for (Page p : site.pages()) {
            changed.add(p.withContent(new RenderedMarkdown(
                    "<p>new " + p.path() + "</p>", List.of(), p.content().ids(), List.of(), List.of(), List.of())));
        }
        SiteModel fast = site.withTexts(changed);
        SiteModel slow = new SiteModel(site.config(), site.theme(), changed, site.data());
        assertThat(fast.pages()).isEqualTo(slow.pages());
        for (Page p : slow.pages()) {
            assertThat(fast.bySource(p.source().path())).containsSame(p);
            assertThat(fast.byPath(p.path())).contains(p);
            assertThat(fast.translationsOf(p)).isEqualTo(slow.translationsOf(p));
            assertThat(fast.children(p)).isEqualTo(slow.children(p));
            assertThat(fast.folder(p.lang(), p.source().folder()))
                    .isEqualTo(slow.folder(p.lang(), p.source().folder()));
        }
        for (Language l : site.config().languages()) {
            assertThat(fast.home(l.code())).isEqualTo(slow.home(l.code()));
            assertThat(fast.pages(l.code())).isEqualTo(slow.pages(l.code()));
        }
        assertThat(fast.bySource(changed.get(0).source().path())
                        .orElseThrow()
                        .content()
                        .html())
                .startsWith("<p>new ");
    }

    @Test
    void withTextsRefusesOtherPages() {
        SiteModel site = site();
        List<Page> shorter = site.pages().subList(1, site.pages().size());
        assertThatThrownBy(() -> site.withTexts(shorter)).isInstanceOf(IllegalArgumentException.class);
        List<Page> moved = new ArrayList<>(site.pages());
        Page first = moved.get(0);
        moved.set(
                0,
                new Page(
                        first.source(),
                        first.meta(),
                        first.path().file("x/"),
                        first.kind(),
                        first.section(),
                        first.layout(),
                        first.content()));
        assertThatThrownBy(() -> site.withTexts(moved)).isInstanceOf(IllegalArgumentException.class);
    }
}
