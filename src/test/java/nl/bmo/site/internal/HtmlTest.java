package nl.bmo.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesTheFiveCharactersAsFreeMarkerDoes() {
        assertThat(Html.escape("<b title=\"x\">'&'</b>"))
                .isEqualTo("&lt;b title=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;");
        assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
    }

    @Test
    void leavesOutControlCharactersThatXmlForbidsButKeepsWhitespace() {
        assertThat(Html.escape("a\u0000b\u0001c\u001fd\te\nf\rg")).isEqualTo("abcd\te\nf\rg");
    }

    @Test
    void returnsPlainTextUnchanged() {
        String plain = "Kopieer link naar punt 2.1 – «ja»";
        assertThat(Html.escape(plain)).isSameAs(plain);
        assertThat(Html.escape("")).isEmpty();
    }
}
