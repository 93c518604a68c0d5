package io.jixiao.command.imports;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a damaged name reading can still be compared on: the characters it kept in order (OCR loses characters and
 * adds stray ones, but does not reorder them), the longest run it shares, and how many edits apart two names are.
 */
final class NameMatch {
    private NameMatch() {
    }

    /** Every character of {@code part} appears in {@code whole}, in the same order. */
    static boolean isSubsequence(String part, String whole) {
        int[] p = part.codePoints().toArray();
        int[] w = whole.codePoints().toArray();
        int i = 0;
        for (int j = 0; j < w.length && i < p.length; j++) {
            if (p[i] == w[j]) {
                i++;
            }
        }
        return i == p.length;
    }

    static int longestCommonRun(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int best = 0;
        int[] previous = new int[y.length + 1];
        for (int i = 1; i <= x.length; i++) {
            int[] current = new int[y.length + 1];
            for (int j = 1; j <= y.length; j++) {
                if (x[i - 1] == y[j - 1]) {
                    current[j] = previous[j - 1] + 1;
                    best = Math.max(best, current[j]);
                }
            }
            previous = current;
        }
        return best;
    }

    static int editDistance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            int[] current = new int[y.length + 1];
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            previous = current;
        }
        return previous[y.length];
    }

    /** The text with one run of up to four characters printed twice in a row printed once ({@code 上海市上海市}). */
    static Set<String> withoutRepeats(String text) {
        Set<String> collapsed = new LinkedHashSet<>();
        for (int size = 1; size <= 4; size++) {
            for (int i = 0; i + 2 * size <= text.length(); i++) {
                if (text.regionMatches(i, text, i + size, size)) {
                    collapsed.add(text.substring(0, i + size) + text.substring(i + 2 * size));
                }
            }
        }
        return collapsed;
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
