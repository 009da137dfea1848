package nl.bmo.site.markdown;

import static nl.bmo.site.internal.Html.escape;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import nl.bmo.site.Problem;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.RenderedMarkdown;
import nl.bmo.site.model.SourceFile;

/**
 * Renders Markdown to HTML for one language (typographic quotes differ per language). The flexmark parser and
 * renderer are built once and are thread-safe; {@link #render} may be called from many threads.
 *
 * <p>Items of an ordered list that end in an explicit id ({@code 1. Ask text {#2-1}}) are "asks": they start with
 * their full number ({@code <span class="bmo-ask__number">2.1</span>}, for an id of numbers) and get a permalink
 * {@code <a class="bmo-permalink" href="#2-1" data-permalink="2-1">} with a visible label
 * ({@code bmo-permalink__text}, from the interface string {@code permalink.label}) so readers can link to them. The
 * item ends in the hook {@code <!--bmo:ask-end 2-1-->}, where a template may add to the ask (its tracker status).
 */
public final class MarkdownRenderer {
    static final DataKey<RenderContext> CONTEXT = new DataKey<>("BMO_RENDER_CONTEXT", (RenderContext) null);
    private static final int MAX_NESTING = 64;

    private final Parser parser;
    /** The same parser without autolinks, for the many bodies that hold no bare URL or address (it is costly). */
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;
    private final String permalinkLabel;

    /**
     * @param language the language, for its quotes
     * @param permalinkLabel the accessible name of an ask's permalink, with {@code {0}} for the ask's number
     */
    public MarkdownRenderer(Language language, String permalinkLabel) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                AttributesExtension.create(),
                StrikethroughExtension.create(),
                FootnoteExtension.create(),
                TypographicExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.ESCAPE_HTML_COMMENT_BLOCKS, false);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.CLASS_NAME, "bmo-table");
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, language.quote(0));
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, language.quote(1));
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, language.quote(2));
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, language.quote(3));
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "’");
        options.set(TypographicExtension.EN_DASH, "–");
        options.set(TypographicExtension.EM_DASH, "—");
        options.set(TypographicExtension.ELLIPSIS, "…");
        options.set(TypographicExtension.ELLIPSIS_SPACED, "…");
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "bmo-footnote-back");
        this.parserWithoutAutolinks = Parser.builder(options).build();
        MutableDataSet withAutolinks = new MutableDataSet(options);
        withAutolinks.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                AttributesExtension.create(),
                AutolinkExtension.create(),
                StrikethroughExtension.create(),
                FootnoteExtension.create(),
                TypographicExtension.create()));
        this.parser = Parser.builder(withAutolinks).build();
        this.renderer = HtmlRenderer.builder(options)
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
    }

    /**
     * Renders one page's body.
     *
     * @param source the page's source, for its body and for positions in messages
     * @param pagePath the page's site path, which links are made relative to
     * @param targets the rest of the site, for resolving links
     */
    public RenderedMarkdown render(SourceFile source, String pagePath, LinkTargets targets) {
        RenderContext ctx = new RenderContext(source, pagePath, targets);
        try {
            String body = source.body();
            boolean mayAutolink = mayHoldBareUrl(body);
            Document doc = (mayAutolink ? parser : parserWithoutAutolinks).parse(body);
            doc.set(CONTEXT, ctx);
            if (nesting(doc) > MAX_NESTING) {
                ctx.problems.add(Problem.error(source.bodyPosition(0, 1), "markdown.nesting.tooDeep", MAX_NESTING));
                return result("", ctx);
            }
            List<Node> items = inspect(doc, ctx);
            List<String> askIds = addPermalinks(items);
            return result(asks(renderer.render(doc), askIds, ctx), ctx);
        } catch (StackOverflowError e) {
            ctx.problems.add(Problem.error(source.bodyPosition(0, 1), "markdown.nesting.overflow"));
            return result("", ctx);
        }
    }

    /** Whether the text may hold a URL or e-mail address outside a link's destination, for the autolink extension. */
    static boolean mayHoldBareUrl(String body) {
        return occursOutsideDestination(body, "://") || occursOutsideDestination(body, "www.") || occursOutsideDestination(body, "@");
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
     * neutralises those; the problem is reported here, once, at the link), and collects the ordered list items that
     * may be asks.
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
                    ctx.problems.add(Problem.error(ctx.position(n.getStartOffset() + finding.offset()),
                            "markdown.html.unsafe",
                            finding.what()));
                }
                if (!findings.isEmpty()) unsafe.add(n);
            } else if (n instanceof LinkNodeBase link) {
                UnsafeContent.forbiddenScheme(link).ifPresent(scheme -> ctx.problems.add(Problem.error(ctx.position(n),
                        "markdown.link.forbiddenScheme", scheme)));
            }
        }
        unsafe.forEach(Node::unlink);
        return items;
    }

    /**
     * Marks up each ask: an ordered list item whose paragraph ends in an explicit {@code {#id}}. Its text is framed by
     * two temporary markers that {@link #asks} reads and removes. Returns the ids of the asks.
     */
    private List<String> addPermalinks(List<Node> items) {
        List<String> ids = new ArrayList<>();
        for (Node item : items) {
            String id = explicitId((ListItem) item);
            if (id == null || !id.matches("[A-Za-z0-9_.:-]+") || id.contains("--")) continue;
            ids.add(id);
            Paragraph p = (Paragraph) item.getFirstChild();
            String number = nl.bmo.site.model.Ask.numberOf(id);
            String start = number.equals(id) ? "" : "<span class=\"bmo-ask__number\">" + escape(number) + "</span> ";
            p.prependChild(new HtmlInline(BasedSequence.of(start + textMarker("", id))));
            String label = escape(permalinkLabel.replace("{0}", number));
            String html = textMarker("/", id) + " <a class=\"bmo-permalink\" href=\"#" + escape(id) + "\" data-permalink=\"" + escape(id)
                    + "\"><span class=\"bmo-permalink__icon\" aria-hidden=\"true\">#</span><span class=\"bmo-permalink__text\">"
                    + label + "</span></a><!--bmo:ask-end " + escape(id) + "-->";
            p.appendChild(new HtmlInline(BasedSequence.of(html)));
        }
        return ids;
    }

    private static String textMarker(String slash, String id) {
        return "<!--" + slash + "bmo:ask-text " + escape(id) + "-->";
    }

    /** Collects each ask's text (between its markers) and removes the markers from the page's HTML. */
    private static String asks(String html, List<String> ids, RenderContext ctx) {
        String out = html;
        for (String id : ids) {
            String open = textMarker("", id);
            String close = textMarker("/", id);
            int from = out.indexOf(open);
            int to = from < 0 ? -1 : out.indexOf(close, from);
            if (to < 0) continue; // an id used twice: the duplicate-id check reports it
            ctx.asks.add(new nl.bmo.site.model.Ask(id, nl.bmo.site.model.Ask.numberOf(id), out.substring(from + open.length(), to).strip()));
            out = out.substring(0, from) + out.substring(from + open.length(), to) + out.substring(to + close.length());
        }
        return out;
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
