import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Deterministic bilingual (nl/en) Markdown corpus for the build benchmark (see src/bench/README.md).
 *
 * <pre>
 * java src/bench/GenCorpus.java -n N -o OUT [--flavor canonical|hugo] [--seed S]
 * </pre>
 *
 * Writes {@code OUT/content/{nl,en}/<slug>.md} (YAML front matter: title, slug, date, translationKey, summary,
 * weight; a 1.5-4 KB Markdown body with h2/h3, emphasis, strong, links, bullet and numbered lists, blockquotes,
 * and a pipe table on every third page), {@code OUT/content/{nl,en}/_index.md} (the language home) and
 * {@code OUT/corpus.json} (the sample page's slugs, for output checks). The page with translationKey p00000 always
 * has a table and both list kinds. Slugs differ per language; translationKey links the two versions.
 *
 * <p>The text comes from Mersenne Twister streams seeded and drawn exactly as CPython's {@code random.Random}
 * does (string seed, {@code random()}, {@code randint}, {@code choice}), one stream per page and language, so
 * the files are byte-identical to those of the Python generator this one replaces, for the same N and seed.
 * The canonical and hugo flavors differ only in the {@code flavor} field of corpus.json.
 *
 * <p>Runs with the source launcher of JDK 11 or newer; no dependencies.
 */
public final class GenCorpus {

    static final List<String> NL_WORDS = words(
            "campagne gemeente bewoners duurzaam wonen energie besparen subsidie "
            + "aanvraag wijk buurt fiets verkeer veilig school kinderen ouders gezondheid "
            + "water groen park bomen klimaat warmtepomp isolatie zonnepanelen dak gevel "
            + "vergunning loket afspraak inwoners samen toekomst plannen stad dorp haven "
            + "markt winkel ondernemers werk banen onderwijs bibliotheek cultuur museum "
            + "sport vereniging vrijwilligers zorg ouderen jongeren budget begroting raad "
            + "wethouder burgemeester inspraak avond bijeenkomst informatie website folder "
            + "nieuwsbrief contact vragen antwoorden regels termijn datum locatie route "
            + "parkeren bus trein station centrum straat plein brug dijk polder boerderij "
            + "natuur dieren vogels fietspad wandelroute zomer winter lente herfst feest ");
    static final List<String> NL_SMALL =
            words("de het een en van in op met voor door naar over bij om te is zijn wordt worden ook niet maar als "
                    + "dan nog wel al");
    static final List<String> EN_WORDS = words(
            "campaign council residents sustainable housing energy saving grant "
            + "application district neighbourhood bicycle traffic safe school children parents "
            + "health water green park trees climate heat pump insulation solar panels roof "
            + "facade permit desk appointment citizens together future plans city village "
            + "harbour market shop entrepreneurs work jobs education library culture museum "
            + "sport club volunteers care elderly youth budget council meeting alderman mayor "
            + "consultation evening gathering information website leaflet newsletter contact "
            + "questions answers rules deadline date location route parking bus train station "
            + "centre street square bridge dike polder farm nature animals birds cycle path "
            + "walking route summer winter spring autumn festival ");
    static final List<String> EN_SMALL =
            words("the a an and of in on with for by to about at is are be been also not but as then still well "
                    + "already");

    static final int BODY_MIN = 1500;
    static final int BODY_MAX = 4000;
    static final List<String> LANGS = List.of("nl", "en");
    static final List<String> FLAVORS = List.of("canonical", "hugo");

    /** The words and labels of one language. */
    static final class Lang {
        final List<String> words;
        final List<String> small;
        final String home;
        final String listTitle;
        final String[] th;

        Lang(List<String> words, List<String> small, String home, String listTitle, String[] th) {
            this.words = words;
            this.small = small;
            this.home = home;
            this.listTitle = listTitle;
            this.th = th;
        }

        static Lang of(String code) {
            return code.equals("nl")
                    ? new Lang(NL_WORDS, NL_SMALL, "Campagne", "Alle pagina's",
                            new String[] {"Onderwerp", "Datum", "Aantal"})
                    : new Lang(EN_WORDS, EN_SMALL, "Campaign", "All pages", new String[] {"Topic", "Date", "Count"});
        }
    }

    /** One page in one language. */
    static final class Page {
        final String key;
        final String title;
        final String slug;
        final String date;
        final int weight;
        final String summary;
        final String body;

        Page(String key, String title, String slug, String date, int weight, String summary, String body) {
            this.key = key;
            this.title = title;
            this.slug = slug;
            this.date = date;
            this.weight = weight;
            this.summary = summary;
            this.body = body;
        }
    }

    /** The list page (language home) of one language. */
    static final class Index {
        final String title;
        final String body;

        Index(String title, String body) {
            this.title = title;
            this.body = body;
        }
    }

    static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    /**
     * CPython's {@code random.Random}: MT19937 seeded from a string (seed version 2: the UTF-8 bytes followed by
     * their SHA-512, read as one big-endian integer, fed to init_by_array in 32-bit words, least significant first).
     */
    static final class PyRandom {
        private static final int N = 624;
        private static final int M = 397;
        private final int[] mt = new int[N];
        private int index;

        PyRandom(String seed) {
            byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
            byte[] digest;
            try {
                digest = MessageDigest.getInstance("SHA-512").digest(bytes);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            byte[] all = new byte[bytes.length + digest.length];
            System.arraycopy(bytes, 0, all, 0, bytes.length);
            System.arraycopy(digest, 0, all, bytes.length, digest.length);
            BigInteger value = new BigInteger(1, all);
            int words = Math.max(1, (value.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int i = 0; i < words; i++) {
                key[i] = value.shiftRight(32 * i).intValue();
            }
            initByArray(key);
        }

        private void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        private void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        /** The next 32 random bits, as an unsigned value in a long. */
        long nextUint32() {
            if (index >= N) {
                int kk;
                for (kk = 0; kk < N - M; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; kk < N - 1; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y & 0xffffffffL;
        }

        /** {@code random.random()}: a double in [0, 1) with 53 random bits. */
        double random() {
            long a = nextUint32() >>> 5;
            long b = nextUint32() >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        /** {@code random._randbelow(n)} for 0 < n < 2^31: rejection sampling on n.bit_length() bits. */
        int below(int n) {
            int k = 32 - Integer.numberOfLeadingZeros(n);
            long r = nextUint32() >>> (32 - k);
            while (r >= n) {
                r = nextUint32() >>> (32 - k);
            }
            return (int) r;
        }

        /** {@code random.randint(a, b)}, both ends included. */
        int randint(int a, int b) {
            return a + below(b - a + 1);
        }

        <T> T choice(List<T> items) {
            return items.get(below(items.size()));
        }
    }

    /** The text generator of one page in one language (the Python generator's {@code Gen}). */
    static final class Gen {
        final PyRandom r;
        final Lang lang;

        Gen(PyRandom r, Lang lang) {
            this.r = r;
            this.lang = lang;
        }

        String word() {
            return r.choice(lang.words);
        }

        String words(int a, int b) {
            int count = r.randint(a, b);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(word());
            }
            return sb.toString();
        }

        String title(int a, int b) {
            return capitalize(words(a, b));
        }

        String sentence() {
            int count = r.randint(6, 16);
            List<String> parts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String w = r.random() < 0.35 ? r.choice(lang.small) : word();
                double k = r.random();
                if (k < 0.05) {
                    w = "*" + w + "*";
                } else if (k < 0.09) {
                    w = "**" + w + "**";
                } else if (k < 0.11) {
                    String section = r.choice(List.of("nieuws", "info", "news", "docs"));
                    w = "[" + w + "](https://example.org/" + section + "/" + w.replace(" ", "-") + ")";
                }
                parts.add(w);
            }
            return capitalize(String.join(" ", parts)) + r.choice(List.of(".", ".", ".", "!", "?"));
        }

        String paragraph() {
            int count = r.randint(2, 5);
            List<String> sentences = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                sentences.add(sentence());
            }
            return String.join(" ", sentences);
        }

        String bullets() {
            int count = r.randint(3, 6);
            List<String> lines = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                lines.add("- " + sentence());
            }
            return String.join("\n", lines);
        }

        String numbered() {
            int count = r.randint(3, 5);
            List<String> lines = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                lines.add((i + 1) + ". " + sentence());
            }
            return String.join("\n", lines);
        }

        String quote() {
            return "> " + sentence() + " " + sentence();
        }

        String table() {
            String[] th = lang.th;
            List<String> rows = new ArrayList<>();
            rows.add("| " + th[0] + " | " + th[1] + " | " + th[2] + " |");
            rows.add("| --- | --- | ---: |");
            int count = r.randint(3, 6);
            for (int i = 0; i < count; i++) {
                LocalDate d = LocalDate.of(2024, 1, 1).plusDays(r.randint(0, 365));
                String topic = title(1, 3);
                rows.add("| " + topic + " | " + d + " | " + r.randint(1, 999) + " |");
            }
            return String.join("\n", rows);
        }
    }

    /** Python's {@code s[0].upper() + s[1:]}. */
    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new String(Character.toChars(first)).toUpperCase(Locale.ROOT) + s.substring(Character.charCount(first));
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Markdown body of BODY_MIN..BODY_MAX bytes (UTF-8), blocks separated by blank lines. */
    static String body(Gen g, boolean wantTable, boolean mustLists) {
        int target = g.r.randint(BODY_MIN + 200, BODY_MAX - 400);
        List<String> blocks = new ArrayList<>();
        blocks.add(g.paragraph());
        if (mustLists) {
            blocks.add("## " + g.title(2, 5));
            blocks.add(g.bullets());
            blocks.add(g.numbered());
        }
        boolean tableDone = false;
        int section = 0;
        int size = joinedLength(blocks);
        while (size < target) {
            double k = g.r.random();
            String block;
            if (section == 0 || k < 0.12) {
                block = "## " + g.title(2, 5);
                section++;
            } else if (k < 0.22) {
                block = "### " + g.title(2, 5);
            } else if (k < 0.34) {
                block = g.bullets();
            } else if (k < 0.42) {
                block = g.numbered();
            } else if (k < 0.48) {
                block = g.quote();
            } else if (k < 0.56 && wantTable && !tableDone) {
                block = g.table();
                tableDone = true;
            } else {
                block = g.paragraph();
            }
            blocks.add(block);
            size += 2 + utf8Length(block);
        }
        if (wantTable && !tableDone) {
            blocks.add(g.table());
        }
        while (joinedLength(blocks) > BODY_MAX && blocks.size() > 3) {
            blocks.remove(blocks.size() - 2);
        }
        return String.join("\n\n", blocks) + "\n";
    }

    static int joinedLength(List<String> blocks) {
        int n = Math.max(0, 2 * (blocks.size() - 1));
        for (String b : blocks) {
            n += utf8Length(b);
        }
        return n;
    }

    /** Python's {@code slugify}: non-alphanumerics become '-', runs of '-' collapse, no '-' at either end. */
    static String slugify(String s) {
        StringBuilder sb = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints()
                .forEach(c -> sb.appendCodePoint(Character.isLetterOrDigit(c) ? c : '-'));
        String slug = sb.toString().replaceAll("-{2,}", "-");
        int from = 0;
        int to = slug.length();
        while (from < to && slug.charAt(from) == '-') {
            from++;
        }
        while (to > from && slug.charAt(to - 1) == '-') {
            to--;
        }
        return slug.substring(from, to);
    }

    /** A JSON string as Python's {@code json.dumps(s, ensure_ascii=False)} writes it (also a YAML scalar). */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                sb.append("\\\"");
            } else if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\b') {
                sb.append("\\b");
            } else if (c == '\f') {
                sb.append("\\f");
            } else if (c < 0x20) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    static Map<String, List<Page>> makePages(int n, String seed) {
        Map<String, List<Page>> pages = new HashMap<>();
        LANGS.forEach(l -> pages.put(l, new ArrayList<>(n)));
        LocalDate base = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < n; i++) {
            String key = String.format(Locale.ROOT, "p%05d", i);
            String date = base.plusDays((i * 7L) % 1000).toString();
            for (String lang : LANGS) {
                Gen g = new Gen(new PyRandom(seed + "-" + key + "-" + lang), Lang.of(lang));
                String title = g.title(2, 5);
                String slug = slugify(title) + String.format(Locale.ROOT, "-%05d", i);
                String summary = g.sentence().replace("*", "").replace("[", "").replace("]", "");
                int paren = summary.indexOf('(');
                summary = (paren >= 0 ? summary.substring(0, paren) : summary).strip();
                String body = body(g, i % 3 == 0, i == 0);
                pages.get(lang).add(new Page(key, title, slug, date, i + 1, summary, body));
            }
        }
        return pages;
    }

    static Map<String, Index> makeIndex(String seed) {
        Map<String, Index> index = new HashMap<>();
        for (String lang : LANGS) {
            Lang l = Lang.of(lang);
            Gen g = new Gen(new PyRandom(seed + "-index-" + lang), l);
            index.put(lang, new Index(l.home + " — " + l.listTitle, g.paragraph() + "\n"));
        }
        return index;
    }

    static String frontMatter(Page p) {
        return "---\n"
                + "title: " + quote(p.title) + "\n"
                + "slug: " + quote(p.slug) + "\n"
                + "date: " + p.date + "\n"
                + "translationKey: " + p.key + "\n"
                + "summary: " + quote(p.summary) + "\n"
                + "weight: " + p.weight + "\n"
                + "---\n\n";
    }

    static void write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    static void emit(String flavor, Path out, Map<String, List<Page>> pages, Map<String, Index> index)
            throws IOException {
        for (String lang : LANGS) {
            Path dir = out.resolve("content").resolve(lang);
            for (Page p : pages.get(lang)) {
                write(dir.resolve(p.slug + ".md"), frontMatter(p) + p.body);
            }
            Index ix = index.get(lang);
            write(dir.resolve("_index.md"), "---\ntitle: " + quote(ix.title) + "\n---\n\n" + ix.body);
        }
        StringBuilder json = new StringBuilder();
        json.append("{\n \"n_per_lang\": ").append(pages.get("nl").size()).append(",\n")
                .append(" \"flavor\": ").append(quote(flavor)).append(",\n")
                .append(" \"sample_key\": \"p00000\",\n")
                .append(" \"sample\": {\n");
        for (int i = 0; i < LANGS.size(); i++) {
            Page p = pages.get(LANGS.get(i)).get(0);
            json.append("  ").append(quote(LANGS.get(i))).append(": {\n")
                    .append("   \"slug\": ").append(quote(p.slug)).append(",\n")
                    .append("   \"title\": ").append(quote(p.title)).append("\n")
                    .append("  }").append(i + 1 < LANGS.size() ? ",\n" : "\n");
        }
        json.append(" }\n}\n");
        write(out.resolve("corpus.json"), json.toString());
    }

    static final String USAGE =
            "usage: java src/bench/GenCorpus.java -n N -o OUT [--flavor canonical|hugo] [--seed S]";

    static void usage(String problem) {
        System.err.println("GenCorpus: " + problem);
        System.err.println(USAGE);
        System.exit(2);
    }

    /** The command line: {@code -n N -o OUT [--flavor F] [--seed S]}, also as {@code --name=value}. */
    static final class Options {
        int n = -1;
        Path out;
        String flavor = "canonical";
        String seed = "ssg-bench-1";

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("-h") || a.equals("--help")) {
                    System.out.println(USAGE);
                    System.exit(0);
                }
                boolean inline = a.startsWith("--") && a.contains("=");
                String name = inline ? a.substring(0, a.indexOf('=')) : a;
                if (!List.of("-n", "-o", "--out", "--flavor", "--seed").contains(name)) {
                    usage("unknown argument " + a);
                }
                if (!inline && i + 1 >= args.length) {
                    usage(a + " needs a value");
                }
                o.set(name, inline ? a.substring(a.indexOf('=') + 1) : args[++i]);
            }
            if (o.n < 0 || o.out == null) {
                usage("-n and -o are required");
            }
            if (o.n < 1 || o.n > 99999) {
                usage("-n must be between 1 and 99999 (pages per language; slugs end in 5 digits), not " + o.n);
            }
            if (!FLAVORS.contains(o.flavor)) {
                usage("--flavor must be one of " + String.join(", ", FLAVORS) + ", not '" + o.flavor + "'");
            }
            return o;
        }

        private void set(String name, String value) {
            if (name.equals("-n")) {
                try {
                    n = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    usage("-n wants a whole number, not '" + value + "'");
                }
            } else if (name.equals("-o") || name.equals("--out")) {
                out = Path.of(value);
            } else if (name.equals("--flavor")) {
                flavor = value;
            } else {
                seed = value;
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Options o = Options.parse(args);
        Map<String, List<Page>> pages = makePages(o.n, o.seed);
        emit(o.flavor, o.out, pages, makeIndex(o.seed));
        IntSummaryStatistics sizes = LANGS.stream().flatMap(l -> pages.get(l).stream())
                .mapToInt(p -> utf8Length(p.body)).summaryStatistics();
        System.err.printf(Locale.ROOT, "GenCorpus: %d pages/lang, body bytes min %d max %d mean %.0f%n",
                o.n, sizes.getMin(), sizes.getMax(), sizes.getAverage());
    }
}
