package nl.bmo.site.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class that looks at the rendered site (target/site) in one Chromium session, served on 127.0.0.1; skipped with
 * a message where no browser is installed (a failure when BMO_REQUIRE_BROWSER=true).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {
    private final boolean javascript;
    SiteServer server;
    Chromium chromium;

    BrowserTest(boolean javascript) {
        this.javascript = javascript;
    }

    @BeforeAll
    void startBrowser() {
        Chromium.assumeInstalled();
        server = SiteServer.start(SiteUnderTest.dir());
        chromium = Chromium.start(javascript);
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) chromium.close();
        if (server != null) server.close();
    }
}
