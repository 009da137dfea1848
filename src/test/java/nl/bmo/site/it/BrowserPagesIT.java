package nl.bmo.site.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the rendered site in a real browser: no WCAG 2.2 A/AA violation found by axe-core (on a 320 px phone
 * and on a 1280 px screen), no request that leaves 127.0.0.1, no console error, no horizontal scrolling at 320 px
 * (which is also what 400 % zoom of a 1280 px window gives; 200 % zoom is 640 px).
 */
class BrowserPagesIT extends BrowserTest {
    static final List<String> WCAG_22_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    BrowserPagesIT() {
        super(true);
    }

    List<String> pages() {
        List<String> pages = SiteUnderTest.pagePaths();
        assertThat(pages)
                .as("pages of the rendered site")
                .hasSizeGreaterThan(10)
                .contains("/", "/en/", "/404.html");
        return pages;
    }

    @ParameterizedTest(name = "axe WCAG 2.2 A/AA at 320 px: {0}")
    @MethodSource("pages")
    void noAxeViolationsOnAPhone(String page) {
        assertNoAxeViolations(page, 320);
    }

    @ParameterizedTest(name = "axe WCAG 2.2 A/AA at 1280 px: {0}")
    @MethodSource("pages")
    void noAxeViolationsOnAScreen(String page) {
        assertNoAxeViolations(page, 0);
    }

    private void assertNoAxeViolations(String page, int width) {
        chromium.viewport(width);
        try {
            chromium.load(server.url(page));
            Results results = new AxeBuilder().withTags(WCAG_22_A_AA).analyze(chromium.driver);
            assertThat(results.isErrored())
                    .as("axe-core ran on %s: %s", page, results.getErrorMessage())
                    .isFalse();
            assertThat(results.getViolations())
                    .as("axe-core WCAG 2.2 A/AA violations on %s", page)
                    .withFailMessage(() -> describe(results.getViolations()))
                    .isEmpty();
        } finally {
            chromium.viewport(0);
        }
    }

    @ParameterizedTest(name = "no off-site request, no console error: {0}")
    @MethodSource("pages")
    void staysOnTheSiteWithoutErrors(String page) {
        chromium.load(server.url(page));
        // Scroll to the end so that anything lazy would load too.
        chromium.driver.executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
        List<String> requested = chromium.requestedUrls();
        assertThat(requested).as("requests of %s", page).isNotEmpty().anyMatch(u -> u.endsWith(".css"));
        assertThat(Chromium.offSite(requested))
                .as("requests from %s that leave 127.0.0.1", page)
                .isEmpty();
        assertThat(chromium.consoleErrors()).as("console errors on %s", page).isEmpty();
        assertThat(chromium.driver.manage().getCookies())
                .as("cookies set by %s", page)
                .isEmpty();
    }

    @ParameterizedTest(name = "no horizontal scroll at 320 px: {0}")
    @MethodSource("pages")
    void fitsA320pxScreen(String page) {
        chromium.viewport(320);
        try {
            chromium.load(server.url(page));
            // On a phone, a page wider than the screen either scrolls sideways or makes the browser zoom out to fit
            // (window.innerWidth grows past 320); both count as horizontal scrolling.
            Object overflow = chromium.driver.executeScript("""
                    const root = document.documentElement;
                    if (root.scrollWidth <= 320 && window.innerWidth === 320) return null;
                    const wide = [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > 321)
                        .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : ''));
                    return 'the page is ' + root.scrollWidth + ' px wide; too wide: ' + wide.slice(-5).join(', ');""");
            assertThat(overflow).as("horizontal overflow of %s at 320 px", page).isNull();
        } finally {
            chromium.viewport(0);
        }
    }

    static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> "- " + v.getId() + " [" + v.getImpact() + "] " + v.getHelp() + ": "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n", "axe-core found:\n", ""));
    }
}
