package nl.bmo.site.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.internal.AttributesAttributeProvider;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Set;
import nl.bmo.site.Problem;

/** Records every id the page's HTML gets, and its headings, once all other attribute providers have run. */
final class IdCollector implements AttributeProvider {
    private final RenderContext ctx;

    IdCollector(RenderContext ctx) {
        this.ctx = ctx;
    }

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(AttributesAttributeProvider.Factory.class);
        }

        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new IdCollector(MarkdownRenderer.CONTEXT.get(context.getDocument()));
        }
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        String id = attributes.getValue("id");
        if (id == null || id.isEmpty()) return;
        if (!ctx.idNodes.add(node)) return;
        if (!ctx.ids.add(id)) {
            ctx.problems.add(
                    Problem.error(ctx.source.bodyPosition(node.getStartLineNumber(), 1), "markdown.id.twice", id));
        }
        if (node instanceof Heading h) {
            ctx.headings.add(new nl.bmo.site.model.Heading(
                    h.getLevel(), id, h.getAnchorRefText().strip()));
        }
    }
}
