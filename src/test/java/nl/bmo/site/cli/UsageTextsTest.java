package nl.bmo.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Help answered from the texts written at build time is exactly what picocli prints. */
class UsageTextsTest {
    @Test
    void theStoredTextsArePicoclisOwn() {
        var live = UsageTexts.live();
        assertThat(live).hasSizeGreaterThanOrEqualTo(4);
        for (String[] usage : live) {
            String command = usage[0].equals("bmo-site") ? "--help" : usage[0];
            String[] args = usage[0].equals("bmo-site") ? new String[] {"--help"} : new String[] {command, "--help"};
            assertThat(UsageTexts.forArguments(args)).as(usage[0]).hasValue(usage[1]);
            if (!usage[0].equals("bmo-site"))
                assertThat(UsageTexts.forArguments(new String[] {"help", command}))
                        .hasValue(usage[1]);
        }
    }

    @Test
    void onlyPureHelpRequestsAreAnswered() {
        assertThat(UsageTexts.forArguments(new String[] {"build", "--help", "-s", "x"}))
                .isEmpty();
        assertThat(UsageTexts.forArguments(new String[] {"build"})).isEmpty();
        assertThat(UsageTexts.forArguments(new String[] {"nosuchcommand", "--help"}))
                .isEmpty();
        assertThat(UsageTexts.forArguments(new String[] {"../x", "--help"})).isEmpty();
        assertThat(UsageTexts.forArguments(new String[] {"-h"})).isPresent();
    }
}
