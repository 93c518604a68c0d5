package io.jixiao.command.imports;

import io.jixiao.kernel.evaluation.Goals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 年度总体目标: two columns of free text (预期目标, 实际完成情况) beside the side label 年度 / 总体 / 目标. OCR
 * interleaves the wrapped lines of the two columns and clips them at the column edges, so a text is taken only
 * when it can be read without choosing:
 * <ul>
 * <li>both columns print the same text: the pieces then share out, in order, into two equal texts in exactly one
 * way (side-label words may sit among the pieces or be glued to one);</li>
 * <li>each column is one cell holding one whole sentence.</li>
 * </ul>
 * Anything else is reported as unreadable rather than pieced together.
 */
final class GoalsReader {
    private static final Set<String> SIDE_LABELS = Set.of("年度", "总体", "目标", "年度总体目标", "年度总体", "总体目标",
            "预期目标", "实际完成情况", "完成情况", "预期", "实际");
    private static final List<String> GLUED_LABELS = List.of("年度", "总体", "目标");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。.!！?？;；]$");
    private static final Pattern TABLE_RULE = Pattern.compile("[|｜]");

    private GoalsReader() {
    }

    /** Pieces of the goal text in reading order, and the 2 cells they came in when read from a table row. */
    static Goals read(List<String> pieces, List<String> cells, int line, Problems problems) {
        List<String> clean = pieces.stream().map(p -> TABLE_RULE.matcher(OcrText.compact(p)).replaceAll(""))
                .filter(p -> !p.isEmpty() && !OcrText.isPunctuationOnly(p)).toList();
        String same = sameTextInBothColumns(clean);
        if (same != null) {
            return new Goals(same, same);
        }
        List<String> textCells = cells.stream().map(c -> TABLE_RULE.matcher(c).replaceAll("").strip())
                .filter(c -> !c.isEmpty() && !SIDE_LABELS.contains(OcrText.compact(c))).toList();
        if (textCells.size() == 2 && textCells.stream().allMatch(GoalsReader::wholeSentence)) {
            return new Goals(OcrText.compact(textCells.get(0)), OcrText.compact(textCells.get(1)));
        }
        String captured = OcrText.shorten(String.join(" ", clean), 30);
        problems.add(line, "goals", "年度总体目标 could not be read: the 预期目标 and 实际完成情况 columns are clipped "
                        + "or interleaved" + (captured.isEmpty() ? " (nothing captured)" : " ('" + captured + "')"),
                "年度总体目标无法读取:预期目标与实际完成情况两栏被截断或交错");
        return Goals.BLANK;
    }

    private static boolean wholeSentence(String cell) {
        String compact = OcrText.compact(cell);
        return !cell.contains(" ") && SENTENCE_END.matcher(compact).matches() && OcrText.damage(compact) == null;
    }

    /**
     * The text both columns print, when the pieces share out into two equal texts; null when they do not, or when
     * two ways of sharing them give different texts.
     */
    static String sameTextInBothColumns(List<String> pieces) {
        Search search = new Search(pieces);
        search.visit(0, 0, "", "");
        return search.texts.size() == 1 ? search.texts.iterator().next() : null;
    }

    private static final class Search {
        private final List<String> pieces;
        private final Set<String> texts = new HashSet<>();
        private final Set<String> seen = new HashSet<>();

        Search(List<String> pieces) {
            this.pieces = pieces;
        }

        /**
         * {@code lead}: 0 while the columns are level, 1 or 2 for the column ahead; {@code surplus}: what it has
         * beyond the other; {@code text}: the text of the column ahead so far.
         */
        void visit(int index, int lead, String surplus, String text) {
            if (texts.size() > 1 || !seen.add(index + "|" + lead + "|" + surplus + "|" + text)) {
                return;
            }
            if (index == pieces.size()) {
                if (lead == 0 && !text.isEmpty()) {
                    texts.add(text);
                }
                return;
            }
            for (String variant : variants(pieces.get(index))) {
                if (variant.isEmpty()) {
                    visit(index + 1, lead, surplus, text);
                    continue;
                }
                for (int side = 1; side <= 2; side++) {
                    place(index, lead, surplus, text, variant, side);
                }
            }
        }

        private void place(int index, int lead, String surplus, String text, String piece, int side) {
            if (lead == 0 || lead == side) {
                visit(index + 1, side, surplus + piece, text + piece);
            } else if (surplus.startsWith(piece)) {
                String rest = surplus.substring(piece.length());
                visit(index + 1, rest.isEmpty() ? 0 : lead, rest, text);
            } else if (piece.startsWith(surplus)) {
                String rest = piece.substring(surplus.length());
                visit(index + 1, rest.isEmpty() ? 0 : side, rest, text + rest);
            }
        }

        /** The piece as printed, without a side-label word glued to its start, or dropped if it is one. */
        private static List<String> variants(String piece) {
            List<String> variants = new ArrayList<>();
            variants.add(piece);
            if (SIDE_LABELS.contains(piece)) {
                variants.add("");
            }
            for (String label : GLUED_LABELS) {
                if (piece.startsWith(label) && piece.length() > label.length()) {
                    variants.add(piece.substring(label.length()));
                }
            }
            return variants;
        }
    }
}
