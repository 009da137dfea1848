package nl.bmo.site.render;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.SourcePath;

/**
 * What one rendering read of the rest of the site: each question with the answer it got. Pages in answers compare by
 * value (front matter, path, rendered Markdown), so an answer is the same exactly when nothing the template could show
 * of those pages changed.
 */
public final class Dependencies {
    /** One question about the site and its answer. */
    record Read(Function<SiteModel, Object> question, Object answer) {}

    private final List<Read> reads;
    private final Set<SourcePath> texts;

    Dependencies(List<Read> reads, Set<SourcePath> texts) {
        this.reads = reads;
        this.texts = texts;
    }

    /**
     * Whether the rendering read the text (rendered Markdown, headings, asks) of any of these source files. When the
     * front matter, URLs and pages of a site are unchanged and only some pages' text changed, that alone decides
     * whether the rendering is out of date.
     */
    public boolean readTextOf(List<SourcePath> sources) {
        if (texts == null) return true;
        if (texts.isEmpty()) return false;
        // asked once per page after each save, mostly with one source: no iterator
        for (int i = 0; i < sources.size(); i++) if (texts.contains(sources.get(i))) return true;
        return false;
    }

    /** Whether every question gets the same answer from {@code site}. */
    public boolean holdIn(SiteModel site) {
        for (Read r : reads) {
            if (!Objects.equals(r.question().apply(site), r.answer())) return false;
        }
        return true;
    }

    /** How many distinct questions were asked. */
    public int size() {
        return reads.size();
    }
}
