package nl.bmo.site.markdown;

import static nl.bmo.site.internal.Html.escape;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.model.Ask;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.RenderedMarkdown;
import nl.bmo.site.model.SitePath;
import nl.bmo.site.model.SourceFile;

/**
 * Renders Markdown to HTML for one language (typographic quotes differ per language). The flexmark parser and renderer
 * are built once and are thread-safe; {@link #render} may be called from many threads.
 *
 * <p>Items of an ordered list that end in an explicit id ({@code 1. Ask text {#2-1}}) are "asks": the theme's ask hook
 * ({@link MarkupHooks#ask}) writes the item's inside from the ask's id, its full number ({@code 2.1}, for an id of
 * numbers), the label of its permalink (the interface string {@code permalink.label}) and its text, so readers can link
 * to it. The item ends in the marker {@code <!--bmo:ask-end 2-1-->}, where a template may add to the ask (its tracker
 * status). Tables and footnote back-links are written by hooks too: this class names no theme class.
 */
public final class MarkdownRenderer {
    static final DataKey<RenderContext> CONTEXT = new DataKey<>("BMO_RENDER_CONTEXT", (RenderContext) null);
    /** What flexmark writes inside a footnote back-link, for {@link #footnoteBackLinks} to find. */
    static final String FOOTNOTE_BACK = "<!--bmo:footnote-back-->";

    private static final Pattern FOOTNOTE_BACK_LINK =
            Pattern.compile("<a href=\"#fnref-(\\d+)(?:-(\\d+))?\">" + Pattern.quote(FOOTNOTE_BACK) + "</a>");
    private static final int MAX_NESTING = 64;

    private final MarkdownParser parsers;
    private final HtmlRenderer renderer;
    private final String permalinkLabel;
    private final MarkupHooks hooks;

    /** A renderer that writes plain markup ({@link MarkupHooks#PLAIN}). */
    public MarkdownRenderer(Language language, String permalinkLabel) {
        this(new MarkdownParser(language), permalinkLabel, MarkupHooks.PLAIN);
    }

    /**
     * @param language the language, for its quotes
     * @param permalinkLabel the accessible name of an ask's permalink, with {@code {0}} for the ask's number
     * @param hooks writes the markup of asks, tables and footnote back-links
     */
    public MarkdownRenderer(Language language, String permalinkLabel, MarkupHooks hooks) {
        this(new MarkdownParser(language), permalinkLabel, hooks);
    }

    /**
     * A renderer of what {@code parsers} parse (its language's quotes), so that pages parsed before the renderer was
     * made render as if it had parsed them.
     *
     * @param permalinkLabel the accessible name of an ask's permalink, with {@code {0}} for the ask's number
     * @param hooks writes the markup of asks, tables and footnote back-links
     */
    public MarkdownRenderer(MarkdownParser parsers, String permalinkLabel, MarkupHooks hooks) {
        this.parsers = parsers;
        MutableDataSet options = parsers.options();
        this.renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(data -> new HookedNodes(hooks))
                .linkResolverFactory(new ContentLinkResolver.Factory())
                .attributeProviderFactory(new IdCollector.Factory())
                .htmlIdGeneratorFactory(new HeaderIdGeneratorFactory() {
                    @Override
                    public com.vladsch.flexmark.html.renderer.HtmlIdGenerator create(
                            com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
                        return new AsciiIdGenerator();
                    }

                    @Override
                    public com.vladsch.flexmark.html.renderer.HtmlIdGenerator create() {
                        return new AsciiIdGenerator();
                    }
                })
                .build();
        this.permalinkLabel = permalinkLabel;
        this.hooks = hooks;
    }

    /**
     * Renders one page's body.
     *
     * @param source the page's source, for its body and for positions in messages
     * @param pagePath the page's site path, which links are made relative to
     * @param targets the rest of the site, for resolving links
     */
    public RenderedMarkdown render(SourceFile source, SitePath pagePath, LinkTargets targets) {
        return render(source, pagePath, targets, null);
    }

    /**
     * Renders one page's body, parsed already when {@code parsed} is this source's (by this renderer's parsers), else
     * parsed here. A parsed body is used up by rendering it.
     */
    public RenderedMarkdown render(
            SourceFile source, SitePath pagePath, LinkTargets targets, MarkdownParser.Parsed parsed) {
        RenderContext ctx = new RenderContext(source, pagePath, targets);
        try {
            Document doc = parsed != null && parsed.isOf(source, parsers)
                    ? parsed.document()
                    : parsers.parseDocument(source.body());
            doc.set(CONTEXT, ctx);
            if (nesting(doc) > MAX_NESTING) {
                ctx.problems.add(Problem.error(source.bodyPosition(0, 1), "markdown.nesting.tooDeep", MAX_NESTING));
                return result("", ctx);
            }
            List<Node> items = inspect(doc, ctx);
            List<String> askIds = markAsks(items);
            return result(footnoteBackLinks(asks(renderer.render(doc), askIds, ctx)), ctx);
        } catch (SiteException e) {
            ctx.problems.addAll(e.problems()); // a hook failed: its template's error
            return result("", ctx);
        } catch (StackOverflowError e) {
            ctx.problems.add(Problem.error(source.bodyPosition(0, 1), "markdown.nesting.overflow"));
            return result("", ctx);
        }
    }

    /** Whether the text may hold a URL or e-mail address outside a link's destination, for the autolink extension. */
    static boolean mayHoldBareUrl(String body) {
        return occursOutsideDestination(body, "://")
                || occursOutsideDestination(body, "www.")
                || occursOutsideDestination(body, "@");
    }

    private static boolean occursOutsideDestination(String s, String what) {
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            if (!inLinkDestination(s, i)) return true;
        }
        return false;
    }

    /** Whether position {@code i} lies in {@code ](…)} or {@code <…>}: walks back to the start of the word. */
    private static boolean inLinkDestination(String s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            char c = s.charAt(j);
            if (c == '<' || (c == '(' && j > 0 && s.charAt(j - 1) == ']')) return true;
            if (Character.isWhitespace(c) || c == ')' || c == '>' || c == '[') return false;
        }
        return false;
    }

    private static RenderedMarkdown result(String html, RenderContext ctx) {
        return new RenderedMarkdown(html, ctx.headings, ctx.ids, ctx.links, ctx.asks, ctx.problems);
    }

    /** The deepest nesting of nodes, walked without recursion. */
    private static int nesting(Document doc) {
        int max = 0;
        int depth = 0;
        Node n = doc.getFirstChild();
        while (n != null) {
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                depth++;
                max = Math.max(max, depth);
                if (max > MAX_NESTING) return max;
                continue;
            }
            while (n != null && n.getNext() == null) {
                n = n.getParent();
                depth--;
                if (n == doc) return max;
            }
            if (n != null) n = n.getNext();
        }
        return max;
    }

    /**
     * One walk over the tree: refuses dangerous raw HTML and links with a forbidden scheme (the link resolver only
     * neutralises those; the problem is reported here, once, at the link), and collects the ordered list items that may
     * be asks.
     */
    private static List<Node> inspect(Document doc, RenderContext ctx) {
        List<Node> items = new ArrayList<>();
        List<Node> unsafe = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof OrderedListItem) {
                items.add(n);
            } else if (n instanceof HtmlBlock || n instanceof HtmlInline) {
                var findings = UnsafeContent.inRawHtml(n.getChars().toString());
                for (var finding : findings) {
                    ctx.problems.add(Problem.error(
                            ctx.position(n.getStartOffset() + finding.offset()),
                            "markdown.html.unsafe",
                            finding.what()));
                }
                if (!findings.isEmpty()) unsafe.add(n);
            } else if (n instanceof LinkNodeBase link) {
                UnsafeContent.forbiddenScheme(link)
                        .ifPresent(scheme -> ctx.problems.add(
                                Problem.error(ctx.position(n), "markdown.link.forbiddenScheme", scheme)));
            }
        }
        unsafe.forEach(Node::unlink);
        return items;
    }

    /**
     * Finds each ask: an ordered list item whose paragraph ends in an explicit {@code {#id}}. Its text is framed by two
     * temporary markers that {@link #asks} reads and replaces with the ask hook's markup. Returns the asks' ids.
     */
    private static List<String> markAsks(List<Node> items) {
        List<String> ids = new ArrayList<>();
        for (Node item : items) {
            String id = explicitId((ListItem) item);
            if (id == null || !id.matches("[A-Za-z0-9_.:-]+") || id.contains("--")) continue;
            ids.add(id);
            Paragraph p = (Paragraph) item.getFirstChild();
            p.prependChild(new HtmlInline(BasedSequence.of(textMarker("", id))));
            p.appendChild(new HtmlInline(BasedSequence.of(textMarker("/", id))));
        }
        return ids;
    }

    private static String textMarker(String slash, String id) {
        return "<!--" + slash + "bmo:ask-text " + escape(id) + "-->";
    }

    /**
     * Collects each ask's text (between its markers) and puts the ask hook's markup in the markers' place, followed by
     * the marker {@code <!--bmo:ask-end ID-->}.
     */
    private String asks(String html, List<String> ids, RenderContext ctx) {
        String out = html;
        for (String id : ids) {
            String open = textMarker("", id);
            String close = textMarker("/", id);
            int from = out.indexOf(open);
            int to = from < 0 ? -1 : out.indexOf(close, from);
            if (to < 0) continue; // an id used twice: the duplicate-id check reports it
            String text = out.substring(from + open.length(), to);
            String number = Ask.numberOf(id);
            ctx.asks.add(new Ask(id, number, text.strip()));
            String markup = hooks.ask(id, number, permalinkLabel.replace("{0}", number), text) + "<!--bmo:ask-end "
                    + escape(id) + "-->";
            out = out.substring(0, from) + markup + out.substring(to + close.length());
        }
        return out;
    }

    /** Puts the footnote back-link hook's markup in place of each back-link flexmark wrote with the marker. */
    private String footnoteBackLinks(String html) {
        if (!html.contains(FOOTNOTE_BACK)) return html;
        Matcher m = FOOTNOTE_BACK_LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            int reference = m.group(2) == null ? 1 : Integer.parseInt(m.group(2)) + 1;
            String target = "fnref-" + m.group(1) + (m.group(2) == null ? "" : "-" + m.group(2));
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(hooks.footnoteBackLink(Integer.parseInt(m.group(1)), reference, target)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Renders tables through the table hook. */
    private static final class HookedNodes implements NodeRenderer {
        private final MarkupHooks hooks;

        HookedNodes(MarkupHooks hooks) {
            this.hooks = hooks;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(TableBlock.class, (node, context, html) -> {
                NodeRendererContext rows = context.getSubContext(false);
                rows.renderChildren(node);
                html.line();
                html.raw(hooks.table(rows.getHtmlWriter().toString(0, 0)));
                html.line();
            }));
        }
    }

    private static String explicitId(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph p) || p.getNext() != null) return null;
        Node last = p.getLastChild();
        if (!(last instanceof AttributesNode attrs)) return null;
        for (Node a = attrs.getFirstChild(); a != null; a = a.getNext()) {
            if (a instanceof AttributeNode an && an.isId()) return an.getValue().toString();
        }
        return null;
    }
}
