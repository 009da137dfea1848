package nl.bmo.site.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Validates a {@code tracker.json} against its documented shape (README, "Demand tracker"): every field of every ask,
 * statuses from the fixed set, counts that add up, and permalinks that go to the ask on a built page.
 */
public final class TrackerJson {
    static final List<String> STATUSES = List.of("not-yet-assessed", "adopted", "partly-adopted", "not-adopted");

    private TrackerJson() {}

    /**
     * Asserts the shape of one language's tracker.json and returns its asks' statuses by id.
     *
     * @param json the file's text
     * @param lang the language it is for
     * @param baseUrl the site's base URL
     * @param pages the built HTML pages by site path ({@code en/demands/x/}), to follow the permalinks
     */
    public static Map<String, String> validate(String json, String lang, String baseUrl, Map<String, String> pages) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(fieldNames(root)).containsExactly("language", "site", "updated", "statuses", "total", "asks");
        assertThat(root.get("language").asText()).isEqualTo(lang);
        assertThat(root.get("site").asText()).startsWith(baseUrl);
        List<String> statuses = new ArrayList<>();
        int counted = 0;
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode s : root.get("statuses")) {
            assertThat(fieldNames(s)).containsExactly("status", "label", "count");
            statuses.add(s.get("status").asText());
            assertThat(s.get("label").asText()).isNotBlank();
            counts.put(s.get("status").asText(), s.get("count").asInt());
            counted += s.get("count").asInt();
        }
        assertThat(statuses).containsExactlyElementsOf(STATUSES);
        JsonNode asks = root.get("asks");
        assertThat(root.get("total").asInt()).isEqualTo(asks.size()).isEqualTo(counted);
        Map<String, String> byId = new TreeMap<>();
        Map<String, Integer> seen = new TreeMap<>();
        String latest = null;
        Set<String> ids = new HashSet<>();
        for (JsonNode a : asks) {
            assertThat(fieldNames(a))
                    .containsExactly(
                            "id",
                            "number",
                            "permalink",
                            "text",
                            "status",
                            "statusLabel",
                            "date",
                            "source",
                            "explanation",
                            "history");
            String id = a.get("id").asText();
            assertThat(ids.add(id)).as("ask %s listed once", id).isTrue();
            assertThat(a.get("number").asText()).isEqualTo(id.replace('-', '.'));
            assertThat(a.get("text").asText()).isNotBlank().doesNotContain("<");
            String status = a.get("status").asText();
            assertThat(status).isIn(STATUSES);
            seen.merge(status, 1, Integer::sum);
            byId.put(id, status);
            String permalink = a.get("permalink").asText();
            assertThat(permalink).startsWith(baseUrl).endsWith("#" + id);
            String path = permalink.substring(baseUrl.length(), permalink.indexOf('#'));
            assertThat(pages).as("page of %s", permalink).containsKey(path);
            Document page = Jsoup.parse(pages.get(path));
            assertThat(page.getElementById(id)).as("anchor of %s", permalink).isNotNull();
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang);
            JsonNode history = a.get("history");
            if (status.equals("not-yet-assessed") && history.isEmpty()) {
                for (String f : List.of("date", "source", "explanation"))
                    assertThat(a.get(f).isNull()).as(f + " of " + id).isTrue();
            } else {
                assertThat(history).isNotEmpty();
                JsonNode last = history.get(history.size() - 1);
                assertThat(a.get("date")).isEqualTo(last.get("date"));
                assertThat(a.get("source")).isEqualTo(last.get("source"));
                assertThat(a.get("explanation")).isEqualTo(last.get("explanation"));
                assertThat(last.get("status").asText()).isEqualTo(status);
            }
            String previous = "";
            for (JsonNode h : history) {
                assertThat(fieldNames(h)).containsExactly("status", "date", "source", "explanation");
                assertThat(h.get("status").asText()).isIn(STATUSES);
                String date = h.get("date").asText();
                assertThat(date).matches("\\d{4}-\\d{2}-\\d{2}").isGreaterThanOrEqualTo(previous);
                previous = date;
                if (latest == null || date.compareTo(latest) > 0) latest = date;
                assertThat(fieldNames(h.get("source"))).containsExactly("title", "url");
                assertThat(h.get("source").get("url").asText()).startsWith("https://");
                assertThat(h.get("explanation").asText()).isNotBlank();
            }
        }
        for (String s : STATUSES) assertThat(counts.get(s)).as("count of %s", s).isEqualTo(seen.getOrDefault(s, 0));
        if (latest == null) assertThat(root.get("updated").isNull()).isTrue();
        else assertThat(root.get("updated").asText()).isEqualTo(latest);
        return byId;
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
