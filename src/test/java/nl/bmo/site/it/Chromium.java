package nl.bmo.site.it;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Debian chromium driven by {@code /usr/bin/chromedriver} (never a downloaded driver). Every host except
 * 127.0.0.1 resolves to nothing, so no request can leave the machine; requests are still seen in the performance log.
 * One instance per test class: start it in {@code @BeforeAll}, close it in {@code @AfterAll}.
 *
 * <p>Without chromium or chromedriver the tests are skipped with a message; with {@code BMO_REQUIRE_BROWSER=true}
 * (environment or system property, as CI sets it) they fail instead.
 */
final class Chromium implements AutoCloseable {
    static final String BINARY = System.getProperty("bmo.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("bmo.chromedriver", "/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips (or, when a browser is required, fails) the calling test class when there is no browser. */
    static void assumeInstalled() {
        List<String> missing = new ArrayList<>();
        if (!new File(BINARY).canExecute()) missing.add(BINARY);
        if (!new File(DRIVER).canExecute()) missing.add(DRIVER);
        if (missing.isEmpty()) return;
        String message = "No browser for the browser tests: missing " + String.join(" and ", missing)
                + ". Install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver).";
        if (browserRequired()) fail(message + " BMO_REQUIRE_BROWSER=true makes this a failure.");
        message += " Browser tests skipped; set BMO_REQUIRE_BROWSER=true to make this a failure.";
        System.err.println("[bmo-site] " + message);
        Assumptions.abort(message);
    }

    static boolean browserRequired() {
        String v = System.getProperty("BMO_REQUIRE_BROWSER", System.getenv("BMO_REQUIRE_BROWSER"));
        return "true".equalsIgnoreCase(v);
    }

    static Chromium start(boolean javascript) {
        assumeInstalled();
        System.setProperty("webdriver.chrome.driver", DRIVER);
        Path profile;
        try {
            profile = Files.createTempDirectory("bmo-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--user-data-dir=" + profile,
                "--window-size=1280,900",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        if (!javascript)
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        return new Chromium(new ChromeDriver(service, options), profile);
    }

    /**
     * Loads a page and clears the logs of earlier pages, so {@link #offSiteRequests} and friends see this page only.
     */
    void load(String url) {
        drainLogs();
        driver.get(url);
    }

    void drainLogs() {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    /** Every URL the page requested since {@link #load}, from the performance log. */
    List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode m = JSON.readTree(e.getMessage()).path("message");
                if (m.path("method").asText().equals("Network.requestWillBeSent")) {
                    urls.add(m.path("params").path("request").path("url").asText());
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return urls;
    }

    /** The requested URLs that would leave 127.0.0.1 (any http, https or ws URL to another host). */
    static List<String> offSite(List<String> urls) {
        return urls.stream()
                .filter(u -> {
                    String scheme = u.contains(":") ? u.substring(0, u.indexOf(':')) : "";
                    // data:, blob:, about: and the browser's own chrome:// pages never leave the machine.
                    if (!scheme.matches("https?|wss?"))
                        return !scheme.matches("data|blob|about|chrome|chrome-untrusted|chrome-extension|devtools");
                    return !"127.0.0.1".equals(URI.create(u).getHost());
                })
                .toList();
    }

    /** Console messages at SEVERE level (errors, CSP violations, failed loads) since {@link #load}. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Emulates a phone of this CSS width (mobile viewport, overlay scrollbars); 0 ends the emulation. */
    void viewport(int width) {
        if (width == 0) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } else {
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp folder left behind is harmless
            }
        }
    }
}
