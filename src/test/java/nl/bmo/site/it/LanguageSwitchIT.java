package nl.bmo.site.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The language switch (NL Design System pattern) leads to the same page in the other language, keeping the #ask. */
class LanguageSwitchIT extends BrowserTest {
    LanguageSwitchIT() {
        super(true);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
        "/, English, /en/, en",
        "/en/, Nederlands, /, nl",
        "/eisen/mensen-op-de-vlucht/, English, /en/demands/people-forced-to-flee/, en",
        "/en/letter/, Nederlands, /brief/, nl",
        "/nieuws/brief-aan-de-informateur/, English, /en/updates/letter-to-the-informateur/, en",
    })
    void leadsToTheTranslation(String from, String linkText, String to, String lang) {
        chromium.load(server.url(from));
        WebElement link = chromium.driver.findElement(By.linkText(linkText));
        assertThat(link.getAttribute("hreflang")).isEqualTo(lang);
        assertThat(link.getAttribute("lang")).isEqualTo(lang);
        assertThat(link.getAttribute("rel")).isEqualTo("alternate");
        link.click();
        assertThat(chromium.driver.getCurrentUrl()).isEqualTo(server.url(to));
        assertThat(chromium.driver.findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo(lang);
        WebElement current = chromium.driver.findElement(By.cssSelector(".bmo-language-nav a[aria-current=page]"));
        assertThat(current.getAttribute("hreflang")).isEqualTo(lang);
    }

    @Test
    void keepsTheAskFragment() {
        chromium.load(server.url("/eisen/mensen-op-de-vlucht/#5-2"));
        chromium.driver.findElement(By.linkText("English")).click();
        assertThat(chromium.driver.getCurrentUrl()).isEqualTo(server.url("/en/demands/people-forced-to-flee/#5-2"));
        assertThat(chromium.driver.executeScript(
                        "return document.querySelector(':target') && document.querySelector(':target').id"))
                .isEqualTo("5-2");
    }

    @Test
    void isInTheSamePlaceOnEveryPage() {
        List<String> pages = SiteUnderTest.pagePaths();
        Integer right = null;
        for (String page : pages) {
            chromium.load(server.url(page));
            List<WebElement> navs = chromium.driver.findElements(By.cssSelector("header nav.bmo-language-nav"));
            assertThat(navs).as("language navigation in the header of %s", page).hasSize(1);
            List<WebElement> links = navs.get(0).findElements(By.tagName("a"));
            assertThat(links).as("language links on %s", page).hasSize(2);
            assertThat(links)
                    .as("exactly one current language on %s", page)
                    .filteredOn(a -> "page".equals(a.getAttribute("aria-current")))
                    .hasSize(1);
            assertThat(navs.get(0).findElements(By.tagName("img")))
                    .as("no flags")
                    .isEmpty();
            int x = navs.get(0).getRect().getX() + navs.get(0).getRect().getWidth();
            if (right == null) right = x;
            assertThat(x)
                    .as("right edge of the language navigation on %s", page)
                    .isEqualTo(right);
            assertThat(navs.get(0).getLocation().getY())
                    .as("top of the language navigation on %s", page)
                    .isLessThan(100);
        }
    }
}
