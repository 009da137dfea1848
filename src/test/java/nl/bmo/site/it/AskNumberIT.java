package nl.bmo.site.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Ask numbers people can cite: ask 2.2 shows "2.2" as its visible marker (not "2."), and the browser's accessibility
 * tree, what a screen reader reads, gives the same "2.2" first, in both languages.
 */
class AskNumberIT extends BrowserTest {
    AskNumberIT() {
        super(true);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/eisen/middenveld-als-democratische-infrastructuur/",
                "/en/demands/civil-society-as-democratic-infrastructure/"
            })
    void askTwoPointTwoReadsTwoPointTwoOnScreenAndToScreenReaders(String page) {
        chromium.load(server.url(page));
        WebElement ask = chromium.driver.findElement(By.id("2-2"));
        WebElement number = ask.findElement(By.cssSelector(".bmo-ask__number"));
        assertThat(number.isDisplayed()).isTrue();
        assertThat(number.getText()).isEqualTo("2.2");
        assertThat(number.getRect().getX())
                .as("the number comes before the text")
                .isLessThan(ask.getRect().getX() + 40);
        assertThat(ask.getText()).as("visible text of the ask").matches("(?s)2\\.2\\s.*");
        Object marker = chromium.driver.executeScript(
                "const li = arguments[0]; return [getComputedStyle(li, '::before').content, "
                        + "getComputedStyle(li).listStyleType];",
                ask);
        assertThat(marker)
                .as("no other marker (such as \"2.\") beside the number")
                .isEqualTo(List.of("none", "none"));

        List<String> spoken = accessibleText("li[id='2-2']");
        assertThat(spoken).as("accessibility tree of ask 2.2").isNotEmpty();
        assertThat(spoken.get(0)).as("accessible text %s", spoken).isEqualTo("2.2");
        assertThat(String.join(" ", spoken))
                .contains(page.startsWith("/en/") ? "Copy link to ask 2.2" : "Kopieer link naar punt 2.2");
    }

    /**
     * The text a screen reader gets from an element: the text nodes of its accessibility subtree, in order, hidden ones
     * left out.
     */
    @SuppressWarnings("unchecked")
    private List<String> accessibleText(String selector) {
        Map<String, Object> doc = chromium.driver.executeCdpCommand("DOM.getDocument", Map.of());
        Object rootId = ((Map<String, Object>) doc.get("root")).get("nodeId");
        Map<String, Object> found =
                chromium.driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", rootId, "selector", selector));
        Map<String, Object> described =
                chromium.driver.executeCdpCommand("DOM.describeNode", Map.of("nodeId", found.get("nodeId")));
        Object backendId = ((Map<String, Object>) described.get("node")).get("backendNodeId");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) chromium.driver
                .executeCdpCommand("Accessibility.getFullAXTree", Map.of())
                .get("nodes");
        Map<String, Map<String, Object>> byId = new HashMap<>();
        Map<String, Object> start = null;
        for (Map<String, Object> n : nodes) {
            byId.put(String.valueOf(n.get("nodeId")), n);
            if (backendId.equals(n.get("backendDOMNodeId"))) start = n;
        }
        assertThat(start).as("accessibility node of %s", selector).isNotNull();
        assertThat(((Map<String, Object>) start.get("role")).get("value")).isEqualTo("listitem");
        List<String> out = new ArrayList<>();
        collect(start, byId, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> node, Map<String, Map<String, Object>> byId, List<String> out) {
        // Ignored containers (a plain span) still hold text that is read; ignored text (aria-hidden) is not read.
        String role = String.valueOf(((Map<String, Object>) node.getOrDefault("role", Map.of())).get("value"));
        if (role.equals("StaticText") || role.equals("ListMarker")) {
            if (Boolean.TRUE.equals(node.get("ignored"))) return;
            String name = String.valueOf(((Map<String, Object>) node.getOrDefault("name", Map.of())).get("value"))
                    .strip();
            if (!name.isEmpty()) out.add(name);
            return;
        }
        for (Object child : (List<Object>) node.getOrDefault("childIds", List.of())) {
            Map<String, Object> c = byId.get(String.valueOf(child));
            if (c != null) collect(c, byId, out);
        }
    }
}
