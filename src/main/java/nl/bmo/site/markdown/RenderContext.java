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

    /** Where each line of the body starts, made on the first position asked for. */
    private int[] lineStarts;

    /** The source position of a node: line and column in the file. */
    nl.bmo.site.SourcePosition position(com.vladsch.flexmark.util.ast.Node node) {
        return position(node.getStartOffset());
    }

    /**
     * The source position of a character offset in the body. Found by a binary search in the line starts, because
     * flexmark's own line number counts the lines from the top on every call, and a page asks once per link.
     */
    nl.bmo.site.SourcePosition position(int offset) {
        int[] starts = lineStarts();
        int line = java.util.Arrays.binarySearch(starts, offset);
        if (line < 0) line = -line - 2;
        return source.bodyPosition(line, offset - starts[line] + 1);
    }

    private int[] lineStarts() {
        if (lineStarts != null) return lineStarts;
        String body = source.body();
        int count = 1;
        for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) count++;
        int[] starts = new int[count];
        int line = 1;
        for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) starts[line++] = i + 1;
        return lineStarts = starts;
    }

    RenderContext(SourceFile source, SitePath pagePath, LinkTargets targets) {
        this.source = source;
        this.pagePath = pagePath;
        this.targets = targets;
    }
}
