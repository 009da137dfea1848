package nl.bmo.site.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bmo.site.model.FrontMatter;
import nl.bmo.site.model.TranslatableText;
import nl.bmo.site.model.Translation;
import org.junit.jupiter.api.Test;

/** The parts of the translation status: the text a translator looks at, the diff, and the front matter edit. */
class TranslationPartsTest {
    static FrontMatter meta(
            String title,
            Optional<String> summary,
            Optional<LocalDate> date,
            Optional<Integer> weight,
            Map<String, Object> extra) {
        return new FrontMatter(
                title,
                Optional.empty(),
                Optional.of("k"),
                Optional.empty(),
                summary,
                Optional.empty(),
                date,
                false,
                weight,
                List.of(),
                Optional.empty(),
                false,
                extra,
                Optional.empty());
    }

    @Test
    void theHashFollowsTheTextOnlyNotDatesWeightsOrWhitespace() {
        FrontMatter m = meta(
                "Titel",
                Optional.of("Samenvatting"),
                Optional.of(LocalDate.of(2026, 1, 6)),
                Optional.of(1),
                Map.of("number", 1, "shortTitle", "Kort"));
        String hash = TranslatableText.hash(m, "Zin één.\n\nZin twee.\n");
        assertThat(hash).matches("[0-9a-f]{12}");
        FrontMatter otherSettings = meta(
                "Titel",
                Optional.of("Samenvatting"),
                Optional.of(LocalDate.of(2027, 3, 1)),
                Optional.of(9),
                Map.of("number", 2, "shortTitle", "Kort"));
        assertThat(TranslatableText.hash(otherSettings, "Zin één.  \r\n\r\n\r\n\r\nZin twee.\n\n"))
                .isEqualTo(hash);
        assertThat(TranslatableText.hash(
                        meta(
                                "Titel!",
                                Optional.of("Samenvatting"),
                                Optional.empty(),
                                Optional.empty(),
                                Map.of("number", 1, "shortTitle", "Kort")),
                        "Zin één.\n\nZin twee.\n"))
                .isNotEqualTo(hash);
        assertThat(TranslatableText.hash(
                        meta(
                                "Titel",
                                Optional.of("Samenvatting"),
                                Optional.empty(),
                                Optional.empty(),
                                Map.of("number", 1, "shortTitle", "Korter")),
                        "Zin één.\n\nZin twee.\n"))
                .as("extra text")
                .isNotEqualTo(hash);
        assertThat(TranslatableText.hash(m, "Zin één.\nZin twee.\n"))
                .as("a paragraph break")
                .isNotEqualTo(hash);
        assertThat(TranslatableText.of(m, "Zin één.\n"))
                .isEqualTo("title: Titel\nsummary: Samenvatting\nextra.shortTitle: Kort\n\nZin één.\n");
    }

    @Test
    void diffShowsChangedLinesWithTwoLinesOfContextAndCutsLongOnes() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String after = "a\nB\nc\nd\ne\nf\ng\nH\n";
        assertThat(TextDiff.lines(before, after, 40)).contains("  a\n- b\n+ B\n  c\n  d\n…\n  f\n  g\n- h\n+ H");
        assertThat(TextDiff.lines(before, before, 40)).isEmpty();
        assertThat(TextDiff.lines(before, after, 3)).contains("  a\n- b\n+ B\n… and 2 more changed lines");
    }

    @Test
    void recordingReplacesOnlyTheTranslationEntryAndKeepsLineEndings() {
        Translation t = new Translation("nl", "0123456789ab");
        assertThat(TranslationRecorder.withTranslation("---\ntitle: A\n---\nText.\n", t))
                .isEqualTo("---\ntitle: A\ntranslation: {from: nl, source: 0123456789ab}\n---\nText.\n");
        assertThat(TranslationRecorder.withTranslation(
                        "---\r\ntitle: A\r\ntranslation:\r\n  from: nl\r\n  source: old\r\nweight: "
                                + "2\r\n---\r\nText.\r\n",
                        t))
                .isEqualTo("---\r\ntitle: A\r\ntranslation: {from: nl, source: 0123456789ab}\r\nweight: "
                        + "2\r\n---\r\nText.\r\n");
        assertThat(TranslationRecorder.withTranslation("\uFEFF---\ntitle: A\n---\n", t))
                .startsWith("\uFEFF---\n");
    }
}
