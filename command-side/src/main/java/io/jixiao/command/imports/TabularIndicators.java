package io.jixiao.command.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator rows of a table, read from the right: 得分 is the last figure of the row (偏差原因分析 text may
 * follow), 分值, 实际完成值 and 年度指标值 precede it; left of the target come the name cells and then the category
 * cells. How many cells the name takes (one, or two where the template merges two grid columns) is learnt from
 * the rows whose 二级指标 cell is legible, since OCR drops leading empty cells and shifts rows.
 */
final class TabularIndicators {
    private static final int MOST_NAME_CELLS = 2;

    private TabularIndicators() {
    }

    record TotalLine(int line, BigDecimal weight, BigDecimal score) {
    }

    record Result(List<IndicatorRow> rows, List<LevelMark> marks, TotalLine total) {
    }

    /** A line holding nothing but category labels, printed after {@code rowsBefore} rows. */
    private record LabelLine(TextLine line, int rowsBefore) {
    }

    private record Located(TextLine line, int score) {
        int target() {
            return score - 3;
        }
    }

    /** {@code firstRow}: how many rows come before these (read from a run-together line). */
    static Result read(List<TextLine> lines, int firstRow) {
        List<Located> located = new ArrayList<>();
        List<LabelLine> labelLines = new ArrayList<>();
        TotalLine total = null;
        for (TextLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (line.mentions("总分") || line.mentions("评分") || line.mentions("等级")) {
                total = totalOf(line);
                break;
            }
            int score = scoreCell(line.cells());
            if (score < 3) {
                if (line.nonEmptyCells().stream().allMatch(c -> LevelLabels.labelsIn(c) != null)) {
                    labelLines.add(new LabelLine(line, located.size()));
                }
                continue;
            }
            BigDecimal weight = OcrAmount.read(line.cells().get(score - 1)).exact();
            if (weight != null && weight.compareTo(BigDecimal.valueOf(100)) == 0) {
                total = new TotalLine(line.number(), weight, OcrAmount.read(line.cells().get(score)).exact());
                break;
            }
            located.add(new Located(line, score));
        }
        int nameCells = nameCells(located);
        List<IndicatorRow> rows = new ArrayList<>();
        List<LevelMark> marks = new ArrayList<>();
        for (int i = 0; i < located.size(); i++) {
            rows.add(row(located.get(i), nameCells));
            marks.addAll(marks(located, i, nameCells, firstRow));
        }
        for (LabelLine labelLine : labelLines) {
            int after = labelLine.rowsBefore();
            for (String cell : labelLine.line().nonEmptyCells()) {
                for (String label : LevelLabels.labelsIn(cell)) {
                    int level = LevelLabels.isLevel1(label) && !LevelLabels.isLevel2(label) ? 1 : 2;
                    marks.add(LevelMark.between(level, label, firstRow + Math.max(after - 1, 0),
                            firstRow + Math.min(after, Math.max(located.size() - 1, 0))));
                }
            }
        }
        return new Result(rows, marks, total);
    }

    /** The last figure of the line, if the cell before it holds something (the weight, however damaged). */
    static int scoreCell(List<String> cells) {
        for (int j = cells.size() - 1; j >= 1; j--) {
            if (cells.get(j).isEmpty()) {
                continue;
            }
            if (OcrAmount.read(cells.get(j)).isNumber()) {
                return cells.get(j - 1).isEmpty() ? -1 : j;
            }
        }
        return -1;
    }

    /** The 总分 row's two figures: from its cells, or from its words when OCR ran the row into one cell. */
    private static TotalLine totalOf(TextLine line) {
        List<String> pieces = line.nonEmptyCells().size() > 1 ? line.cells() : line.tokens();
        List<BigDecimal> figures = pieces.stream().map(t -> OcrAmount.read(t).exact()).filter(v -> v != null).toList();
        return figures.size() == 2 ? new TotalLine(line.number(), figures.get(0), figures.get(1)) : null;
    }

    private static int nameCells(List<Located> located) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (Located row : located) {
            List<String> cells = row.line().cells();
            for (int k = 0; k < row.target(); k++) {
                List<String> labels = LevelLabels.labelsIn(cells.get(k));
                if (labels != null && !labels.isEmpty() && LevelLabels.isLevel2(labels.get(labels.size() - 1))
                        && !LevelLabels.isLevel1(labels.get(labels.size() - 1))) {
                    votes.merge(row.target() - k - 1, 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().filter(e -> e.getKey() >= 1 && e.getKey() <= MOST_NAME_CELLS)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(1);
    }

    private static IndicatorRow row(Located located, int nameCells) {
        List<String> cells = located.line().cells();
        int target = located.target();
        List<String> names = new ArrayList<>();
        for (int k = Math.max(target - nameCells, 0); k < target; k++) {
            String cell = cells.get(k);
            List<String> labels = LevelLabels.labelsIn(cell);
            if (!cell.isEmpty() && (labels == null || labels.isEmpty()) && LevelLabels.endedBy(cell) == null) {
                names.add(cell);
            }
        }
        StringBuilder deviation = new StringBuilder();
        for (int k = located.score() + 1; k < cells.size(); k++) {
            deviation.append(OcrText.compact(cells.get(k)));
        }
        String deviationText = deviation.isEmpty() || OcrText.isPunctuationOnly(deviation.toString()) ? null
                : deviation.toString();
        return new IndicatorRow(located.line().number(), names, blankToNull(cells.get(target)),
                blankToNull(cells.get(target + 1)), OcrAmount.read(cells.get(target + 2)),
                OcrAmount.read(cells.get(located.score())), deviationText);
    }

    private static String blankToNull(String cell) {
        return cell == null || cell.isBlank() ? null : cell;
    }

    /** Labels in the category cells of row {@code i}; a label wrapped over this row and the next marks both. */
    private static List<LevelMark> marks(List<Located> located, int i, int nameCells, int firstRow) {
        List<LevelMark> marks = new ArrayList<>();
        Located row = located.get(i);
        List<String> cells = row.line().cells();
        int level2Offset = nameCells + 1;
        for (int k = 0; k < row.target(); k++) {
            String cell = cells.get(k);
            List<String> labels = LevelLabels.labelsIn(cell);
            if (labels != null) {
                for (int n = 0; n < labels.size(); n++) {
                    String label = labels.get(n);
                    int level = levelOf(label, labels.size() == 2 ? (n == 0 ? 1 : 2) : 0, row.target() - k,
                            level2Offset);
                    marks.add(LevelMark.on(level, label, firstRow + i));
                }
                continue;
            }
            String started = LevelLabels.startedBy(cell);
            if (started != null && row.target() - k >= level2Offset - 1) {
                boolean endsBelow = i + 1 < located.size() && endsLabel(located.get(i + 1), started, cell);
                int level = levelOf(started, 0, row.target() - k, level2Offset);
                marks.add(LevelMark.spanning(level, started, firstRow + i, firstRow + i + (endsBelow ? 1 : 0)));
            } else if (!cell.isBlank() && row.target() - k == level2Offset && LevelLabels.endedBy(cell) == null
                    && !OcrText.isPunctuationOnly(cell)) {
                marks.add(LevelMark.garbled(2, cell, firstRow + i));
            }
        }
        return marks;
    }

    private static int levelOf(String label, int byPlace, int offset, int level2Offset) {
        if (byPlace != 0) {
            return byPlace;
        }
        if (LevelLabels.isLevel1(label) && LevelLabels.isLevel2(label)) {
            return offset == level2Offset ? 2 : 1;
        }
        return LevelLabels.isLevel2(label) ? 2 : 1;
    }

    private static boolean endsLabel(Located next, String label, String start) {
        String rest = label.substring(OcrText.hanOnly(start).length());
        List<String> cells = next.line().cells();
        for (int k = 0; k < next.target(); k++) {
            if (OcrText.hanOnly(cells.get(k)).equals(rest)) {
                return true;
            }
        }
        return false;
    }
}
