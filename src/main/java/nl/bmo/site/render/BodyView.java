package nl.bmo.site.render;

import freemarker.template.TemplateScalarModel;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import nl.bmo.site.model.Heading;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SourcePath;

/**
 * A page's rendered Markdown as templates see it ({@code page.content}, {@code page.headings}): reading it records the
 * read, so that a page listing other pages by title is not rendered again when only their text changed.
 */
final class BodyView implements TemplateScalarModel {
    private final SiteReads reads;
    private final Page page;

    BodyView(SiteReads reads, Page page) {
        this.reads = reads;
        this.page = page;
    }

    @Override
    public String getAsString() {
        SourcePath source = page.source().path();
        reads.readText(source);
        reads.record(
                "body\0" + source,
                m -> m.bySource(source).map(p -> p.content().html()),
                Optional.of(page.content().html()));
        return page.content().html();
    }

    @Override
    public String toString() {
        return getAsString();
    }

    /** The page's asks; reading them records the read. */
    static List<Views.AskView> asks(SiteReads reads, Page page) {
        List<Views.AskView> asks = page.content().asks().stream()
                .map(a -> new Views.AskView(a.id(), a.number(), a.html()))
                .toList();
        return new AbstractList<>() {
            private boolean recorded;

            private List<Views.AskView> read() {
                if (!recorded) {
                    SourcePath source = page.source().path();
                    reads.readText(source);
                    reads.record(
                            "asks\0" + source,
                            m -> m.bySource(source).map(p -> p.content().asks()),
                            Optional.of(page.content().asks()));
                    recorded = true;
                }
                return asks;
            }

            @Override
            public Views.AskView get(int index) {
                return read().get(index);
            }

            @Override
            public int size() {
                return read().size();
            }
        };
    }

    /** The page's headings; reading them records the read. */
    static List<Heading> headings(SiteReads reads, Page page) {
        return new AbstractList<>() {
            private boolean recorded;

            private List<Heading> read() {
                if (!recorded) {
                    SourcePath source = page.source().path();
                    reads.readText(source);
                    reads.record(
                            "headings\0" + source,
                            m -> m.bySource(source).map(p -> p.content().headings()),
                            Optional.of(page.content().headings()));
                    recorded = true;
                }
                return page.content().headings();
            }

            @Override
            public Heading get(int index) {
                return read().get(index);
            }

            @Override
            public int size() {
                return read().size();
            }
        };
    }
}
