package nl.bmo.site.markdown;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.SourceFile;

/**
 * The Markdown parsers of one language (its quotes), thread-safe. Parsing needs nothing of the theme or of the rest of
 * the site, so a cold build parses pages on an idle core while the theme compiles; a {@link MarkdownRenderer} made with
 * these parsers then renders those documents as if it had parsed them itself.
 */
public final class MarkdownParser {
    /** A body that may hold a bare URL or address: autolinks are costly, and most bodies have none. */
    static final int AUTOLINKS = 1;
    /** A body with a {@code |}: a table needs one; the table extension compiles a pattern for every document. */
    static final int TABLES = 2;
    /** A body with a <code>{</code>: attributes need one; their extension compiles patterns for every document. */
    static final int ATTRIBUTES = 4;

    private final MutableDataSet options;
    /**
     * A parser for each set of the extensions above that a body may need, made when first needed: a parser without an
     * extension parses a body that cannot use it exactly as the parser with it does, only faster.
     */
    private final AtomicReferenceArray<Parser> parsers = new AtomicReferenceArray<>(8);

    public MarkdownParser(Language language) {
        MutableDataSet o = new MutableDataSet();
        o.set(Parser.EXTENSIONS, extensions(TABLES | ATTRIBUTES));
        o.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        o.set(HtmlRenderer.RENDER_HEADER_ID, true);
        o.set(HtmlRenderer.ESCAPE_HTML_COMMENT_BLOCKS, false);
        o.set(TablesExtension.WITH_CAPTION, false);
        o.set(TypographicExtension.DOUBLE_QUOTE_OPEN, language.quote(0));
        o.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, language.quote(1));
        o.set(TypographicExtension.SINGLE_QUOTE_OPEN, language.quote(2));
        o.set(TypographicExtension.SINGLE_QUOTE_CLOSE, language.quote(3));
        o.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "’");
        o.set(TypographicExtension.EN_DASH, "–");
        o.set(TypographicExtension.EM_DASH, "—");
        o.set(TypographicExtension.ELLIPSIS, "…");
        o.set(TypographicExtension.ELLIPSIS_SPACED, "…");
        o.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "");
        o.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, MarkdownRenderer.FOOTNOTE_BACK);
        this.options = o;
    }

    /** The extensions, in the order they apply: those of {@code features}, and the ones every body gets. */
    private static List<Extension> extensions(int features) {
        List<Extension> e = new ArrayList<>();
        if ((features & TABLES) != 0) e.add(TablesExtension.create());
        if ((features & ATTRIBUTES) != 0) e.add(AttributesExtension.create());
        if ((features & AUTOLINKS) != 0) e.add(AutolinkExtension.create());
        e.addAll(List.of(StrikethroughExtension.create(), FootnoteExtension.create(), TypographicExtension.create()));
        return e;
    }

    /** The features a body may use: a cheap look for the characters each needs. */
    static int features(String body) {
        int f = 0;
        if (MarkdownRenderer.mayHoldBareUrl(body)) f |= AUTOLINKS;
        if (body.indexOf('|') >= 0) f |= TABLES;
        if (body.indexOf('{') >= 0) f |= ATTRIBUTES;
        return f;
    }

    /** The parser with exactly the optional extensions {@code features}. */
    Parser parser(int features) {
        Parser p = parsers.get(features);
        if (p != null) return p;
        MutableDataSet o = new MutableDataSet(options);
        o.set(Parser.EXTENSIONS, extensions(features));
        Parser made = Parser.builder(o).build();
        return parsers.compareAndSet(features, null, made) ? made : parsers.get(features);
    }

    /** The options the parsers were made with, for the renderer (a copy). */
    MutableDataSet options() {
        return new MutableDataSet(options);
    }

    Document parseDocument(String body) {
        return parser(features(body)).parse(body);
    }

    /**
     * The body of {@code source} parsed, or empty when it cannot be parsed here (nested too deeply: rendering parses it
     * again and says so).
     */
    public Optional<Parsed> parse(SourceFile source) {
        try {
            return Optional.of(new Parsed(source, this, parseDocument(source.body())));
        } catch (StackOverflowError e) {
            return Optional.empty();
        }
    }

    /** A parsed body: for one rendering by a renderer with the same parsers (rendering changes the document). */
    public static final class Parsed {
        private final SourceFile source;
        private final MarkdownParser parsers;
        private final Document document;

        private Parsed(SourceFile source, MarkdownParser parsers, Document document) {
            this.source = source;
            this.parsers = parsers;
            this.document = document;
        }

        boolean isOf(SourceFile s, MarkdownParser p) {
            return s == source && p == parsers;
        }

        Document document() {
            return document;
        }
    }
}
