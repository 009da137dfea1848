package nl.bmo.site.markdown;

import com.vladsch.flexmark.ast.LinkNodeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bmo.site.Message;
import nl.bmo.site.internal.UrlSchemes;

/**
 * What makes Markdown unsafe: raw HTML with scripts, frames, forms or event handlers, and links whose scheme can run
 * script. Link targets are judged by {@link UrlSchemes#forbidden}, the one judgement the whole generator uses, which
 * reads them as a browser does ({@code java&#115;cript:}, {@code javas&#x0A;cript:} are {@code javascript:}); a
 * Markdown destination is first unescaped as flexmark writes it ({@code javascript\:} is {@code javascript:}).
 */
final class UnsafeContent {
    private static final Pattern DANGEROUS_TAG = Pattern.compile(
            "<\\s*/?\\s*(script|iframe|object|embed|frame|frameset|base|meta|link|style|form)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_ATTRIBUTE =
            Pattern.compile("<[^>]*\\s(on[a-z]+)\\s*=", Pattern.CASE_INSENSITIVE);
    /** An attribute with a value, as HTML writes it: {@code name="…"}, {@code name='…'} or {@code name=…}. */
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s\"'<>/=]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");

    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "href",
            "src",
            "srcset",
            "action",
            "formaction",
            "xlink:href",
            "poster",
            "cite",
            "background",
            "data",
            "ping",
            "codebase",
            "lowsrc",
            "dynsrc",
            "longdesc",
            "manifest");

    private UnsafeContent() {}

    /** What is wrong with a piece of raw HTML, and where in it. */
    record Finding(int offset, Message what) {}

    /** Every unsafe thing in a piece of raw HTML, in order. */
    static List<Finding> inRawHtml(String html) {
        List<Finding> found = new ArrayList<>();
        Set<String> tags = new HashSet<>();
        Matcher tag = DANGEROUS_TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            if (tags.add(name)) found.add(new Finding(tag.start(), Message.of("markdown.unsafe.element", name)));
        }
        Matcher handler = EVENT_ATTRIBUTE.matcher(html);
        while (handler.find()) found.add(new Finding(handler.start(1), Message.of("markdown.unsafe.eventHandler")));
        Matcher a = ATTRIBUTE.matcher(html);
        while (a.find()) {
            if (!URL_ATTRIBUTES.contains(a.group(1).toLowerCase(Locale.ROOT))) continue;
            String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
            UrlSchemes.forbidden(value)
                    .ifPresent(scheme -> found.add(new Finding(a.start(), Message.of("markdown.unsafe.url", scheme))));
        }
        found.sort(Comparator.comparingInt(Finding::offset));
        return found;
    }

    /** The forbidden scheme of a Markdown link, image or reference, read with its escapes and references decoded. */
    static Optional<String> forbiddenScheme(LinkNodeBase link) {
        return UrlSchemes.forbidden(link.getUrl().unescape());
    }
}
