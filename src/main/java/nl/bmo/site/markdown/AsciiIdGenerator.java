package nl.bmo.site.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.Map;
import nl.bmo.site.internal.Slugs;

/** Heading ids as URL slugs, ASCII only ({@code Motie Kröger} → {@code motie-kroger}), unique in the page. */
final class AsciiIdGenerator implements HtmlIdGenerator {
    private final Map<String, Integer> used = new HashMap<>();

    @Override
    public void generateIds(Document document) {
        generateIds(document, null);
    }

    @Override
    public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
        idsBelow(document);
    }

    /**
     * Gives the headings below {@code parent} their ids, in document order. Headings are blocks, so the walk does not
     * go into a paragraph's or heading's text, where most of a page's nodes are.
     */
    private void idsBelow(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                if (h.getAnchorRefId().isEmpty()) {
                    String base = Slugs.of(h.getAnchorRefText());
                    if (base.isEmpty()) base = "section";
                    int count = used.merge(base, 1, Integer::sum);
                    h.setAnchorRefId(count == 1 ? base : base + "-" + count);
                }
            } else if (n instanceof Block && !(n instanceof Paragraph) && n.hasChildren()) {
                idsBelow(n);
            }
        }
    }

    @Override
    public String getId(Node node) {
        return node instanceof Heading h ? h.getAnchorRefId() : null;
    }

    @Override
    public String getId(CharSequence text) {
        return Slugs.of(text.toString());
    }
}
