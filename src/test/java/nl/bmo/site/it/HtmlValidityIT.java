package nl.bmo.site.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every HTML file of the rendered site, redirect pages included, has no error from the Nu HTML Checker (offline). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidityIT {
    private final Collector errors = new Collector();
    private SimpleDocumentValidator validator;

    @BeforeAll
    void setUp() throws Exception {
        System.setProperty("nu.validator.datatype.warn", "true");
        validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
        validator.setUpValidatorAndParsers(errors, false, false);
    }

    List<String> files() {
        return SiteUnderTest.allHtmlPaths();
    }

    @ParameterizedTest(name = "valid HTML: {0}")
    @MethodSource("files")
    void hasNoValidationErrors(String page) throws Exception {
        errors.messages.clear();
        validator.checkHtmlFile(SiteUnderTest.file(page).toFile(), true);
        assertThat(errors.messages).as("Nu HTML Checker errors in %s", page).isEmpty();
    }

    @Test
    void theCheckerFindsErrors() throws Exception {
        // Guards the guard: a broken document must give errors, or the test above proves nothing.
        Path bad = Files.createTempFile("bmo-invalid-", ".html");
        try {
            Files.writeString(bad, "<!DOCTYPE html><html lang=en><title>x</title><p><div>x</p><img src=a.png>");
            errors.messages.clear();
            validator.checkHtmlFile(bad.toFile(), true);
            assertThat(errors.messages).isNotEmpty().anyMatch(m -> m.contains("alt"));
        } finally {
            Files.deleteIfExists(bad);
        }
    }

    /** Errors and fatal errors; warnings (for example language guesses) do not count. */
    static final class Collector implements ErrorHandler {
        final List<String> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {
            messages.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
