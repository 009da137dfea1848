package nl.bmo.site.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A short line diff for people: removed lines start with {@code - }, added lines with {@code + }, two unchanged lines
 * of context with two spaces, and {@code …} between distant changes. Longest common subsequence of lines; texts too
 * long for that get no diff.
 */
final class TextDiff {
    /** Lines shown at most; the rest is counted. */
    static final int MAX_LINES = 40;

    private static final long MAX_CELLS = 4_000_000;
    /** Unchanged lines shown around a change (paragraphs are separated by blank lines, so two). */
    private static final int CONTEXT = 2;

    private TextDiff() {}

    /** The diff from {@code before} to {@code after}, or empty when they are equal or too long to compare. */
    static Optional<String> lines(String before, String after, int maxLines) {
        List<String> a = List.of(before.stripTrailing().split("\n", -1));
        List<String> b = List.of(after.stripTrailing().split("\n", -1));
        if ((long) a.size() * b.size() > MAX_CELLS || before.equals(after)) return Optional.empty();
        List<String> ops = ops(a, b);
        boolean[] keep = new boolean[ops.size()];
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).charAt(0) != ' ') {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(ops.size() - 1, i + CONTEXT); j++) keep[j] = true;
            }
        }
        List<String> out = new ArrayList<>();
        int changed = 0;
        int shownChanges = 0;
        boolean gap = false;
        for (int i = 0; i < ops.size(); i++) {
            boolean isChange = ops.get(i).charAt(0) != ' ';
            if (isChange) changed++;
            if (!keep[i]) {
                gap = !out.isEmpty();
                continue;
            }
            if (out.size() >= maxLines) continue;
            if (gap) out.add("…");
            gap = false;
            out.add(ops.get(i).stripTrailing());
            if (isChange) shownChanges++;
        }
        if (changed > shownChanges) out.add("… and " + (changed - shownChanges) + " more changed lines");
        return Optional.of(String.join("\n", out));
    }

    /** Every line of both, in order, marked {@code " "}, {@code "- "} or {@code "+ "}. */
    private static List<String> ops(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add("  " + a.get(i++));
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add("- " + a.get(i++));
            } else {
                ops.add("+ " + b.get(j++));
            }
        }
        return ops;
    }
}
