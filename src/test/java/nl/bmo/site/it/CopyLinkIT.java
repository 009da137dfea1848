package nl.bmo.site.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The "copy link" control of each ask: a visible link to the ask that, with JavaScript, also copies its URL. */
class CopyLinkIT extends BrowserTest {
    static final String DEMAND = "/en/demands/people-forced-to-flee/";
    static final String CANONICAL = "https://campagne.breedmensenrechtenoverleg.example" + DEMAND;

    CopyLinkIT() {
        super(true);
    }

    @BeforeAll
    void grantClipboard() {
        chromium.driver.executeCdpCommand(
                "Browser.grantPermissions",
                Map.of(
                        "origin",
                        server.origin(),
                        "permissions",
                        List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    @Test
    void everyAskHasAVisibleCopyLinkControlOfAtLeast44px() {
        chromium.load(server.url(DEMAND));
        List<WebElement> asks = chromium.driver.findElements(By.cssSelector(".bmo-demand__body ol > li[id]"));
        assertThat(asks).as("asks on %s", DEMAND).hasSize(3);
        for (WebElement ask : asks) {
            WebElement control = ask.findElement(By.cssSelector("a[data-permalink]"));
            assertThat(control.getAttribute("href")).endsWith(DEMAND + "#" + ask.getAttribute("id"));
            assertThat(control.isDisplayed()).isTrue();
            assertThat(control.getText())
                    .as("visible text of the control of %s", ask.getAttribute("id"))
                    .contains("Copy link to ask " + ask.getAttribute("id").replace('-', '.'));
            assertThat(control.getSize().getHeight()).as("target height").isGreaterThanOrEqualTo(44);
            assertThat(control.getSize().getWidth()).as("target width").isGreaterThanOrEqualTo(44);
        }
    }

    @Test
    void copyLinkPutsTheAsksCanonicalUrlOnTheClipboardAndHighlightsTheAsk() {
        // Arrive with a tracking parameter: it must not end up in the copied link.
        chromium.load(server.url(DEMAND + "?utm_source=test"));
        writeClipboard("nothing yet");
        WebElement ask = chromium.driver.findElement(By.id("5-2"));
        String plain = ask.getCssValue("background-color");
        ask.findElement(By.cssSelector("a[data-permalink]")).click();

        new WebDriverWait(chromium.driver, Duration.ofSeconds(5)).until(d -> !"nothing yet".equals(readClipboard()));
        assertThat(readClipboard()).isEqualTo(CANONICAL + "#5-2");
        assertThat(chromium.driver.getCurrentUrl()).endsWith("#5-2");
        assertThat(ask.getCssValue("background-color"))
                .as(":target highlight of the ask")
                .isNotEqualTo(plain);
        assertThat(chromium.driver.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Link copied");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void aLinkToAnAskOpensWithThatAskHighlighted() {
        chromium.load(server.url(DEMAND + "#5-3"));
        String targeted = chromium.driver.findElement(By.id("5-3")).getCssValue("background-color");
        String other = chromium.driver.findElement(By.id("5-1")).getCssValue("background-color");
        assertThat(targeted).isNotEqualTo(other);
        Object top = chromium.driver.executeScript("return document.getElementById('5-3').getBoundingClientRect().top");
        assertThat(((Number) top).doubleValue())
                .as("the ask is scrolled into view")
                .isBetween(0.0, 400.0);
    }

    private String readClipboard() {
        return String.valueOf(chromium.driver.executeAsyncScript(
                "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('clipboard "
                        + "error: ' + e));"));
    }

    private void writeClipboard(String text) {
        chromium.driver.executeAsyncScript(
                "const done = arguments[1]; navigator.clipboard.writeText(arguments[0]).then(() => done(), e => "
                        + "done());",
                text);
    }
}
