package io.jixiao.command.imports;

import io.jixiao.kernel.evaluation.IndicatorInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes indicators of the rows and their categories, and says what could not be read in each. The one name repair
 * taken without asking is a character OCR printed twice where the name crosses from one cell into the next
 * ({@code 保障对象满意 | 意度}); any other name split over cells is joined as printed and reported, because the
 * character at the join is as often a misread half of one glyph ({@code 日常工作保险 | 章率}).
 */
final class IndicatorAssembler {
    /** A run of dashes is a ruling line of the table that OCR read as text. */
    private static final Pattern TABLE_RULE = Pattern.compile("[—–-]{2,}");

    private final Problems problems;

    private IndicatorAssembler(Problems problems) {
        this.problems = problems;
    }

    static List<IndicatorInput> assemble(List<IndicatorRow> rows, List<String[]> levels, Problems problems) {
        IndicatorAssembler assembler = new IndicatorAssembler(problems);
        List<IndicatorInput> indicators = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            indicators.add(assembler.indicator(rows.get(i), levels.get(i)));
        }
        return indicators;
    }

    private IndicatorInput indicator(IndicatorRow row, String[] level) {
        String name = name(row);
        String label = name == null ? "the indicator on this line" : name;
        String target = value(row, row.target(), "target", "年度指标值", label);
        String actual = value(row, row.actual(), "actual", "实际完成值", label);
        if (target == null && row.nameCells().size() > 1 && name != null) {
            problems.add(row.line(), "target", "年度指标值 of " + label + " is empty while the name is printed twice; "
                    + "the second copy may be the target", label + "的年度指标值为空,而指标名称出现两次,第二次可能是指标值");
        } else if (target == null) {
            problems.add(row.line(), "target", "年度指标值 of " + label + " is empty", label + "的年度指标值为空");
        }
        BigDecimal weight = figure(row, row.weight(), "weight", "分值", label);
        BigDecimal score = figure(row, row.score(), "score", "得分", label);
        if (weight != null && score != null && score.compareTo(weight) > 0) {
            problems.add(row.line(), "score", "得分 " + score.toPlainString() + " of " + label + " is above its 分值 "
                    + weight.toPlainString() + "; a figure is misread", label + "的得分高于分值,有数字识别错误");
        }
        if (level[0] == null) {
            problems.add(row.line(), "level1", "一级指标 of " + label + ": " + level[2], label + "的一级指标无法确定");
        }
        if (level[1] == null) {
            problems.add(row.line(), "level2", "二级指标 of " + label + ": " + level[3], label + "的二级指标无法确定");
        }
        return new IndicatorInput(level[0], level[1], name, target, weight, actual, score, row.deviation());
    }

    private String name(IndicatorRow row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.nameCells()) {
            String compact = TABLE_RULE.matcher(OcrText.compact(cell)).replaceAll("");
            if (!compact.isEmpty() && !OcrText.hasHan(compact) && !compact.chars().anyMatch(Character::isDigit)) {
                problems.add(row.line(), "name", "a stray mark '" + compact + "' stands beside the 三级指标; it may be "
                        + "a misread character of the name", "三级指标旁有无法识别的字符“" + compact + "”,可能是名称中识别错误的字");
            } else if (!compact.isEmpty()) {
                cells.add(compact);
            }
        }
        if (cells.isEmpty()) {
            problems.add(row.line(), "name", "三级指标 is empty", "三级指标为空");
            return null;
        }
        String name;
        if (cells.size() == 1) {
            name = cells.get(0);
        } else if (cells.size() == 2 && repeats(cells.get(0), cells.get(1))) {
            name = cells.get(1);
        } else if (cells.size() == 2 && lastOf(cells.get(0)).equals(firstOf(cells.get(1)))) {
            name = cells.get(0) + cells.get(1).substring(firstOf(cells.get(1)).length());
        } else {
            name = String.join("", cells);
            problems.add(row.line(), "name", "三级指标 is split over cells '" + String.join("' | '", cells)
                    + "'; read as " + name + ", but the characters at the join may be misread",
                    "三级指标被拆分在多个单元格中(" + String.join("|", cells) + "),连接处的字可能识别有误");
        }
        String damage = OcrText.damage(name);
        if (damage != null) {
            problems.add(row.line(), "name", "三级指标 '" + name + "' is damaged: " + damage,
                    "三级指标“" + name + "”识别有误");
        }
        return name;
    }

    /** OCR printed a clipped copy of the name (its last character perhaps misread) before the name itself. */
    private static boolean repeats(String first, String second) {
        if (second.startsWith(first)) {
            return true;
        }
        int length = first.codePointCount(0, first.length());
        return length >= 3 && second.startsWith(first.substring(0, first.offsetByCodePoints(0, length - 1)));
    }

    private static String firstOf(String text) {
        return new String(Character.toChars(text.codePointAt(0)));
    }

    private static String lastOf(String text) {
        return new String(Character.toChars(text.codePointBefore(text.length())));
    }

    private String value(IndicatorRow row, String cell, String field, String fieldZh, String label) {
        String value = cell == null ? "" : TABLE_RULE.matcher(OcrText.compact(cell)).replaceAll("");
        if (value.isEmpty()) {
            if (field.equals("actual")) {
                problems.add(row.line(), field, fieldZh + " of " + label + " is empty", label + "的" + fieldZh + "为空");
            }
            return null;
        }
        String damage = OcrText.damage(value);
        if (damage != null) {
            problems.add(row.line(), field, fieldZh + " of " + label + " reads '" + value + "', which is damaged: "
                    + damage, label + "的" + fieldZh + "“" + value + "”识别有误");
        }
        return value;
    }

    private BigDecimal figure(IndicatorRow row, OcrAmount amount, String field, String fieldZh, String label) {
        BigDecimal value = amount == null ? null : amount.exact();
        if (value == null) {
            String raw = amount == null ? "" : amount.raw();
            problems.add(row.line(), field, fieldZh + " of " + label + " reads '" + raw + "', which is not a figure",
                    label + "的" + fieldZh + "“" + raw + "”无法识别为数字");
        }
        return value;
    }
}
