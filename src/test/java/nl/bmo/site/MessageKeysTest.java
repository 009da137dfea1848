package nl.bmo.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The source of the generator and the message bundles agree: every key the code uses is in the bundles, every key of
 * the bundles is used, and no problem or message is made from text instead of a key. Reads src/main/java.
 */
class MessageKeysTest {
    /** Calls whose first argument is a message key. */
    private static final Pattern KEY_FIRST =
            Pattern.compile("\\b(Message\\.of|new Message|messages\\.text|messages\\.count)\\(");
    /** Calls whose second argument is a message key (or a Message). */
    private static final Pattern KEY_SECOND =
            Pattern.compile("\\b(Problem\\.(error|warning|info)|SiteException\\.at)\\(");

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern FILE_NAME =
            Pattern.compile(".*\\.(yaml|yml|md|html|txt|json|xml|css|js|ftlh|properties|png|svg|ttf|jsa|jar)");

    private static final List<Source> SOURCES = new ArrayList<>();
    private static final Set<String> NAMESPACES = new TreeSet<>();

    record Source(Path path, String code) {}

    /** A use of a key: the literal, where it is, and whether it stands where a key must. */
    record Use(String literal, String where) {}

    @BeforeAll
    static void readTheSource() throws IOException {
        Path main = Path.of(System.getProperty("project.basedir", "."), "src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                SOURCES.add(
                        new Source(main.relativize(f), withoutComments(Files.readString(f, StandardCharsets.UTF_8))));
            }
        }
        Messages.ENGLISH.keys().forEach(k -> NAMESPACES.add(k.substring(0, k.indexOf('.'))));
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundles() {
        List<String> missing = new ArrayList<>();
        for (Use u : keyLiterals()) {
            if (!exists(u.literal())) missing.add(u.literal() + " in " + u.where());
        }
        assertThat(missing).as("keys that messages_en.properties lacks").isEmpty();
    }

    @Test
    void everyKeyOfTheBundlesIsUsed() {
        Set<String> used = new TreeSet<>();
        keyLiterals().forEach(u -> used.add(u.literal()));
        List<String> unused = new ArrayList<>();
        for (String key : Messages.ENGLISH.keys()) {
            String base = key.replaceFirst("\\.(hint|one|other)$", "");
            if (!used.contains(key) && !used.contains(base)) unused.add(key);
        }
        assertThat(unused)
                .as("keys no code uses; remove them from both bundles")
                .isEmpty();
    }

    @Test
    void problemsAndMessagesAreMadeFromKeysNeverFromText() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Source s : SOURCES) {
            calls += check(s, KEY_FIRST, 0, wrong);
            calls += check(s, KEY_SECOND, 1, wrong);
        }
        assertThat(calls).as("calls found; the scan itself works").isGreaterThan(200);
        assertThat(wrong)
                .as("calls whose key is text or is put together from pieces")
                .isEmpty();
    }

    /** Checks the key argument (index {@code arg}) of every call of {@code call} in {@code s}; returns how many. */
    private static int check(Source s, Pattern call, int arg, List<String> wrong) {
        int n = 0;
        Matcher m = call.matcher(s.code());
        while (m.find()) {
            String file = s.path().toString().replace('\\', '/');
            if (file.matches("nl/bmo/site/(Problem|SiteException|Messages|Message)\\.java")) continue;
            List<String> args = arguments(s.code(), m.end());
            if (args.size() <= arg) continue;
            n++;
            keyExpression(args.get(arg).strip(), where(s, m.start()), wrong);
        }
        return n;
    }

    /**
     * Checks an expression that stands where a key must: a literal must be a key of the bundles; a choice between
     * literals ({@code a ? "x.y" : "x.z"}) must be between keys; text put together with {@code +} is never a key.
     * Anything else (a variable, a method that returns a {@link Message}) is checked where its keys are written.
     */
    private static void keyExpression(String a, String where, List<String> wrong) {
        List<String> branches = branches(a);
        if (branches.size() > 1) {
            branches.forEach(b -> keyExpression(b.strip(), where, wrong));
            return;
        }
        Matcher lit = STRING.matcher(a);
        if (lit.matches()) {
            if (!Message.isKey(lit.group(1)) || !exists(lit.group(1))) wrong.add(where + ": " + a);
        } else if (lit.find() && a.contains("+")) {
            wrong.add(where + ": a key put together with +: " + a);
        } else if (a.startsWith("\"")) {
            wrong.add(where + ": " + a);
        }
    }

    /** The two results of a top-level {@code cond ? x : y} (recursively for y), or the expression itself. */
    private static List<String> branches(String a) {
        int depth = 0;
        int question = -1;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c == '"') {
                i++;
                while (i < a.length() && a.charAt(i) != '"') i += a.charAt(i) == '\\' ? 2 : 1;
                continue;
            }
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (depth == 0 && c == '?' && question < 0) question = i;
            if (depth == 0 && c == ':' && question >= 0) {
                List<String> out = new ArrayList<>();
                out.add(a.substring(question + 1, i));
                out.addAll(branches(a.substring(i + 1).strip()));
                return out;
            }
        }
        return List.of(a);
    }

    /** Every string literal of the code that has the form of a key of one of the bundles' namespaces. */
    private static List<Use> keyLiterals() {
        List<Use> out = new ArrayList<>();
        for (Source s : SOURCES) {
            Matcher m = STRING.matcher(s.code());
            while (m.find()) {
                String text = m.group(1);
                if (!Message.isKey(text) || FILE_NAME.matcher(text).matches()) continue;
                if (!NAMESPACES.contains(text.substring(0, text.indexOf('.')))) continue;
                out.add(new Use(text, where(s, m.start())));
            }
        }
        return out;
    }

    /** A key of the bundles, or the stem of a count ({@code key.one}, {@code key.other}). */
    private static boolean exists(String key) {
        return Messages.ENGLISH.has(key) || Messages.ENGLISH.has(key + ".one") && Messages.ENGLISH.has(key + ".other");
    }

    /** The top-level arguments of the call whose {@code (} ends at {@code open}. */
    private static List<String> arguments(String code, int open) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < code.length() && code.charAt(end) != c) end += code.charAt(end) == '\\' ? 2 : 1;
                current.append(code, i, Math.min(end + 1, code.length()));
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') depth++;
            if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    args.add(current.toString());
                    return args;
                }
                depth--;
            }
            if (c == ',' && depth == 0) {
                args.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return args;
    }

    private static String where(Source s, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (s.code().charAt(i) == '\n') line++;
        return s.path() + ":" + line;
    }

    /** The code with its comments blanked out (keeping line breaks), so that examples in comments are not read. */
    private static String withoutComments(String code) {
        StringBuilder sb = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < code.length() && code.charAt(end) != c && code.charAt(end) != '\n') {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, code.length());
                sb.append(code, i, end);
                i = end;
            } else if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') i++;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                for (int j = i; j < end; j++) if (code.charAt(j) == '\n') sb.append('\n');
                i = end;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }
}
