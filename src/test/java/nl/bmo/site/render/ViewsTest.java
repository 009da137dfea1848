package nl.bmo.site.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.template.SimpleScalar;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewsTest {
    private static Views.PageView.Builder page() {
        return Views.PageView.builder()
                .title("Eis")
                .content(new SimpleScalar("<p>x</p>"))
                .url("./")
                .permalink("https://example.org/eisen/x/")
                .lang("nl")
                .layout("demand")
                .kind("page")
                .translationKey("eisen/x")
                .source("content/nl/eisen/x.md");
    }

    @Test
    void aPageViewIsFilledInByNameWithEmptyDefaultsForWhatIsOptional() {
        Views.PageView v =
                page().summary("Kort").extra(Map.of("number", 2)).weight(3).build();
        assertThat(v.title()).isEqualTo("Eis");
        assertThat(v.summary()).isEqualTo("Kort");
        assertThat(v.url()).isEqualTo("./");
        assertThat(v.permalink()).isEqualTo("https://example.org/eisen/x/");
        assertThat(v.extra()).containsEntry("number", 2);
        assertThat(v.weight()).isEqualTo(3);
        assertThat(v.description()).isEmpty();
        assertThat(v.date()).isEmpty();
        assertThat(v.feedUrl()).isEmpty();
        assertThat(v.editUrl()).isEmpty();
        assertThat(v.headings()).isEmpty();
        assertThat(v.asks()).isEmpty();
        assertThat(v.translation()).isNull();
        assertThat(v.home()).isFalse();
    }

    @Test
    void aRequiredValueLeftOutIsNamed() {
        assertThatThrownBy(() -> page().title(null).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("title");
        assertThatThrownBy(() -> page().url(null).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("url");
    }
}
