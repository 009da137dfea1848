package nl.bmo.site.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.bmo.site.Problem;
import nl.bmo.site.model.Ask;
import nl.bmo.site.model.ContentLink;
import nl.bmo.site.model.Heading;
import nl.bmo.site.model.SitePath;
import nl.bmo.site.model.SourceFile;

/** The mutable state of rendering one page, kept in the flexmark document; one per render, one thread. */
final class RenderContext {
    final SourceFile source;
    final SitePath pagePath;
    final LinkTargets targets;
    final List<Problem> problems = new ArrayList<>();
    final List<ContentLink> links = new ArrayList<>();
    final List<Heading> headings = new ArrayList<>();
    final List<Ask> asks = new ArrayList<>();
    final Set<String> ids = new LinkedHashSet<>();
    /** The nodes already seen with an id: flexmark asks for a node's attributes more than once. */
    final Set<Object> idNodes = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The source position of a node: line and column in the file. */
    nl.bmo.site.SourcePosition position(com.vladsch.flexmark.util.ast.Node node) {
        int offset = node.getStartOffset();
        String body = source.body();
        int lineStart = offset == 0 ? 0 : body.lastIndexOf('\n', offset - 1) + 1;
        return source.bodyPosition(node.getStartLineNumber(), offset - lineStart + 1);
    }

    /** The source position of a character offset in the body. */
    nl.bmo.site.SourcePosition position(int offset) {
        String body = source.body();
        int line = 0;
        int lineStart = 0;
        for (int i = body.indexOf('\n'); i >= 0 && i < offset; i = body.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return source.bodyPosition(line, offset - lineStart + 1);
    }

    RenderContext(SourceFile source, SitePath pagePath, LinkTargets targets) {
        this.source = source;
        this.pagePath = pagePath;
        this.targets = targets;
    }
}
