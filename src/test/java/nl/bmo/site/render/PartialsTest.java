package nl.bmo.site.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.bmo.site.model.Theme;
import nl.bmo.site.model.UiStrings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Single partials of the bundled theme, rendered with a small hand-made model and read back as HTML, the way GOV.UK
 * tests its components: the markup a partial writes is asserted without building a site.
 */
class PartialsTest {
    private static final UiStrings STRINGS = new UiStrings(Map.of(
            "nl",
                    Map.of(
                            "language-nav.label",
                            "Talen",
                            "language-nav.fallback",
                            "(startpagina)",
                            "share.title",
                            "Delen",
                            "share.email",
                            "E-mail",
                            "share.whatsapp",
                            "WhatsApp",
                            "share.bluesky",
                            "Bluesky",
                            "share.mastodon",
                            "Mastodon",
                            "share.linkedin",
                            "LinkedIn",
                            "share.x",
                            "X",
                            "share.native",
                            "Meer"),
            "fr", Map.of("language-nav.fallback", "(page d’accueil)")));
    private static final String LANGUAGE_NAV = "<#import \"/partials/language-nav.ftlh\" as n><@n.languageNav/>";
    private static final String HEAD =
            "<#import \"/partials/head.ftlh\" as h><@h.head title=\"Home\" description=\"\" type=\"website\"/>";

    private static final Views.AlternateView NL = alternate("nl", "Nederlands", "./", "nl/over/", true, false);
    private static final Views.AlternateView EN =
            alternate("en", "English", "../../en/about/", "en/about/", false, false);
    private static final Views.AlternateView FR = alternate("fr", "Français", "../../fr/", "fr/", false, true);

    /** The page in a language, at {@code url} from the page rendered, published at {@code path} of example.org. */
    private static Views.AlternateView alternate(
            String code, String name, String url, String path, boolean current, boolean fallback) {
        return new Views.AlternateView(code, name, code, code, url, "https://example.org/" + path, current, fallback);
    }

    /** The bundled theme's templates, with one more template that calls {@code call}. */
    private static Configuration theme(String call) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        Path templates = Path.of("themes/bmo/templates");
        try (Stream<Path> walk = Files.walk(templates)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put("templates/" + templates.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        files.put("templates/test.ftlh", call.getBytes(StandardCharsets.UTF_8));
        Theme theme = new Theme("bmo", "themes/bmo", "themes/bmo/", files, Optional.empty());
        return Templates.configuration(new ThemeTemplateLoader(theme));
    }

    private static Document render(String call, Map<String, Object> model) throws Exception {
        Map<String, Object> m = new HashMap<>(model);
        m.put("t", new Translate(STRINGS, "nl"));
        m.put("tl", Translate.inLanguage(STRINGS));
        StringWriter out = new StringWriter();
        theme(call).getTemplate("test.ftlh").process(m, out);
        return Jsoup.parseBodyFragment(out.toString());
    }

    @Test
    void languageNavLinksThePageInEveryLanguageAndMarksTheCurrentOne() throws Exception {
        Document doc = render(LANGUAGE_NAV, Map.of("alternates", List.of(NL, EN, FR)));
        Element nav = doc.selectFirst("nav.bmo-language-nav[aria-label=Talen]");
        assertThat(nav).isNotNull();
        assertThat(nav.select("a").eachAttr("hreflang")).containsExactly("nl", "en", "fr");

        Element current = nav.selectFirst("a[aria-current=page]");
        assertThat(current.attr("hreflang")).isEqualTo("nl");
        assertThat(current.attr("lang")).isEqualTo("nl");
        assertThat(current.hasClass("bmo-language-nav__link--current")).isTrue();
        assertThat(current.text()).isEqualTo("Nederlands");

        Element en = nav.selectFirst("a[hreflang=en]");
        assertThat(en.attr("href")).isEqualTo("../../en/about/");
        assertThat(en.attr("rel")).isEqualTo("alternate");
        assertThat(en.hasAttr("aria-current")).isFalse();
        assertThat(en.text()).isEqualTo("English");

        // no translation: the link goes to the language's home, is no alternate, and says so in that language
        Element fr = nav.selectFirst("a[hreflang=fr]");
        assertThat(fr.attr("href")).isEqualTo("../../fr/");
        assertThat(fr.hasAttr("rel")).isFalse();
        assertThat(fr.selectFirst(".bmo-visually-hidden").text()).isEqualTo("(page d’accueil)");
    }

    @Test
    void shareLinksCarryTheTitleAndAddressUrlEncoded() throws Exception {
        Document doc = render(
                "<#import \"/partials/share.ftlh\" as s>"
                        + "<@s.share title=\"Eis 2 & <meer>\" link=\"https://example.org/eisen/2/\"/>",
                Map.of());
        String title = "Eis%202%20%26%20%3Cmeer%3E";
        String link = "https%3A%2F%2Fexample.org%2Feisen%2F2%2F";
        assertThat(doc.select("a.bmo-share__link").eachAttr("href"))
                .contains(
                        "mailto:?subject=" + title + "&body=" + link,
                        "https://x.com/intent/post?text=" + title + "&url=" + link);
        Element button = doc.selectFirst("button[data-share]");
        assertThat(button.attr("data-share-title")).isEqualTo("Eis 2 & <meer>");
        assertThat(button.attr("data-share-url")).isEqualTo("https://example.org/eisen/2/");
    }

    @Test
    void aMissingInterfaceStringFailsThePartial() {
        Views.AlternateView de = alternate("de", "Deutsch", "../../de/", "de/", false, true);
        assertThatThrownBy(() -> render(LANGUAGE_NAV, Map.of("alternates", List.of(NL, de))))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("interface string \"language-nav.fallback\" is missing for language \"de\"");
    }

    @Test
    void headWritesTheXDefaultTheGeneratorGivesIt() throws Exception {
        // a home when every language has a prefix: its x-default is the language chooser at the root, not /nl/
        List<Views.AlternateView> homes = List.of(
                alternate("nl", "Nederlands", "./", "nl/", true, false),
                alternate("en", "English", "../en/", "en/", false, false));
        Document doc = render(HEAD, headModel(homes, "https://example.org/"));
        assertThat(doc.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .containsExactly("nl", "x-default", "en");
        assertThat(doc.selectFirst("link[hreflang=x-default]").attr("href")).isEqualTo("https://example.org/");

        Document none = render(HEAD, headModel(homes, ""));
        assertThat(none.select("link[hreflang=x-default]")).isEmpty();
    }

    private static Map<String, Object> headModel(List<Views.AlternateView> alternates, String xDefault) {
        Views.PageView page = Views.PageView.builder()
                .title("Home")
                .content(new SimpleScalar(""))
                .url("./")
                .permalink("https://example.org/nl/")
                .lang("nl")
                .layout("home")
                .kind("home")
                .translationKey("home")
                .home(true)
                .current(true)
                .source("content/nl/_index.md")
                .build();
        Views.SiteView site =
                new Views.SiteView("Test", "", "https://example.org/", "nl", List.of(), List.of(), Map.of(), false);
        Views.LanguageView lang =
                new Views.LanguageView("nl", "Nederlands", "nl-NL", "nl_NL", "./", "https://example.org/nl/", true);
        TemplateMethodModelEx asset = args -> String.valueOf(args.get(0));
        return Map.of(
                "page",
                page,
                "site",
                site,
                "lang",
                lang,
                "alternates",
                alternates,
                "xDefault",
                xDefault,
                "asset",
                asset);
    }
}
