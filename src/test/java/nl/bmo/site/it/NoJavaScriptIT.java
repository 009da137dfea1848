package nl.bmo.site.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** With JavaScript off every page still reads right: scripts only enhance. */
class NoJavaScriptIT extends BrowserTest {
    NoJavaScriptIT() {
        super(false);
    }

    List<String> pages() {
        return SiteUnderTest.pagePaths();
    }

    @ParameterizedTest(name = "reads right without JavaScript: {0}")
    @MethodSource("pages")
    void mainContentIsThereWithoutJavaScript(String page) {
        chromium.load(server.url(page));
        assertThat(chromium.driver.findElements(By.cssSelector(".bmo-status")))
                .as("main.js did not run (JavaScript is really off)")
                .isEmpty();
        String expected =
                Jsoup.parse(SiteUnderTest.html(page)).selectFirst("main").text();
        String visible = chromium.driver.findElement(By.tagName("main")).getText();
        assertThat(visible.replaceAll("\\s+", " ").length())
                .as("visible text of <main> on %s", page)
                .isGreaterThanOrEqualTo((int) (expected.length() * 0.9));
        assertThat(chromium.driver.findElements(By.tagName("h1")))
                .as("h1 on %s", page)
                .hasSize(1);
        assertThat(chromium.driver.findElement(By.tagName("h1")).isDisplayed()).isTrue();
    }

    @Test
    void aDemandPageWorksWithoutJavaScript() {
        chromium.load(server.url("/en/demands/people-forced-to-flee/"));
        List<WebElement> controls = chromium.driver.findElements(By.cssSelector("a[data-permalink]"));
        assertThat(controls).hasSize(3).allMatch(WebElement::isDisplayed);
        assertThat(chromium.driver.findElements(By.cssSelector(".bmo-share__link")))
                .hasSize(6)
                .allMatch(WebElement::isDisplayed);
        assertThat(chromium.driver.findElement(By.cssSelector("[data-share]")).isDisplayed())
                .as("the share-sheet button needs JavaScript, so it stays hidden")
                .isFalse();

        controls.get(1).click();
        assertThat(chromium.driver.getCurrentUrl()).endsWith("/en/demands/people-forced-to-flee/#5-2");
        String targeted = chromium.driver.findElement(By.id("5-2")).getCssValue("background-color");
        assertThat(targeted)
                .isNotEqualTo(chromium.driver.findElement(By.id("5-1")).getCssValue("background-color"));

        chromium.driver.findElement(By.linkText("Nederlands")).click();
        assertThat(chromium.driver.getCurrentUrl()).startsWith(server.url("/eisen/mensen-op-de-vlucht/"));
        assertThat(chromium.driver.findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("nl");
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsToTheMainContent() {
        chromium.load(server.url("/"));
        chromium.driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement focused = chromium.driver.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("bmo-skip-link");
        assertThat(focused.isDisplayed()).as("the skip link shows when focused").isTrue();
        assertThat(focused.getRect().getY())
                .as("the skip link is on screen when focused")
                .isGreaterThanOrEqualTo(0);
        String outline = focused.getCssValue("outline-style");
        assertThat(outline).as("focus is visible").isNotEqualTo("none");
        focused.click();
        assertThat(chromium.driver.getCurrentUrl()).endsWith("#main");
    }
}
