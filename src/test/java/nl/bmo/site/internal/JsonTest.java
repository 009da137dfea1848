package nl.bmo.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesAJsonStringThatIsSafeInHtml() {
        assertThat(Json.string("a \"b\" \\ c\nd\te\r")).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\te\\r\"");
        assertThat(Json.string("</script><b>&\u2028\u2029\u0001"))
                .isEqualTo("\"\\u003C/script\\u003E\\u003Cb\\u003E\\u0026\\u2028\\u2029\\u0001\"");
        assertThat(Json.string("Kröger – 2,5 %")).isEqualTo("\"Kröger – 2,5 %\"");
        assertThat(Json.string(null)).isEqualTo("null");
    }
}
