package nl.bmo.site.model;

import java.util.List;
import java.util.Set;
import nl.bmo.site.Problem;

/**
 * The result of rendering one page's Markdown: the HTML and what the later stages need to know about it.
 *
 * @param asks the page's asks, in document order
 */
public record RenderedMarkdown(
        String html,
        List<Heading> headings,
        Set<String> ids,
        List<ContentLink> links,
        List<Ask> asks,
        List<Problem> problems) {
    public RenderedMarkdown {
        headings = List.copyOf(headings);
        asks = List.copyOf(asks);
        ids = Set.copyOf(ids);
        links = List.copyOf(links);
        problems = List.copyOf(problems);
    }
}
