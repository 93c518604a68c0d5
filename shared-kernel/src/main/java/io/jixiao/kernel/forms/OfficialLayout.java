package io.jixiao.kernel.forms;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.FundSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The official layout of 财政项目支出绩效自评表 as one sheet of nine columns (A to I), written once for the Excel
 * writer and reader: the printed labels (as on the published forms of the seeds), where the writer puts labels and
 * values, and where a value lies relative to its label, which is how a reader finds it in a workbook that added or
 * dropped a row somewhere. Rows and columns are 0-based.
 *
 * <pre>
 *   A            B            C          D          E          F          G         H        I
 * 0 财政项目支出绩效自评表 (A:I)
 * 1 （2024年度） (A:I)
 * 2 项目名称     value (B:I)
 * 3 主管部门     value (B:D)                        实施单位   value (F:I)
 * 4 项目资金     .            年初预算数 全年预算数 全年执行数 分值       执行率（%） 得分 (H:I)
 * 5 （万元）     年度资金总额 amounts ...                      10.00      rate      score
 * 6   (A4:A8)    其中：当年财政拨款                            —          rate      —
 * 7              上年结转资金
 * 8              其他资金
 * 9 年度总体目标 预期目标 (B:E)                                实际完成情况 (F:I)
 * 10  (A9:A10)   text (B:E)                                    text (F:I)
 * 11 绩效指标    一级指标     二级指标   三级指标   年度指标值 实际完成值 分值      得分     偏差原因分析及改进措施
 * 12..  (A11:A11+n) one row per indicator; 一级 and 二级 merged over the rows they head
 * 12+n 总分 (A:F)                                                         weights   total
 * 13+n 评分等级 (A:F)                                                     grade (G:I)
 * 15+n 项目负责人： (A:D)                          财务负责人： (E:I)
 * </pre>
 */
public final class OfficialLayout {
    public static final String TITLE = "财政项目支出绩效自评表";
    public static final String PROJECT_NAME = "项目名称";
    public static final String COMPETENT_DEPARTMENT = "主管部门";
    public static final String IMPLEMENTING_UNIT = "实施单位";
    public static final String FUNDS = "项目资金";
    public static final String INITIAL_BUDGET = "年初预算数";
    public static final String ADJUSTED_BUDGET = "全年预算数";
    public static final String EXECUTED = "全年执行数";
    public static final String WEIGHT = "分值";
    public static final String EXECUTION_RATE = "执行率（%）";
    public static final String SCORE = "得分";
    public static final String GOALS = "年度总体目标";
    public static final String EXPECTED_GOAL = "预期目标";
    public static final String ACTUAL_GOAL = "实际完成情况";
    public static final String INDICATORS = "绩效指标";
    public static final String LEVEL1 = "一级指标";
    public static final String LEVEL2 = "二级指标";
    public static final String INDICATOR_NAME = "三级指标";
    public static final String TARGET = "年度指标值";
    public static final String ACTUAL_VALUE = "实际完成值";
    public static final String DEVIATION = "偏差原因分析及改进措施";
    public static final String TOTAL = "总分";
    public static final String GRADE = "评分等级";
    public static final String PROJECT_LEAD = "项目负责人：";
    public static final String FINANCE_LEAD = "财务负责人：";
    /** Printed in the 分值 and 得分 cells of the source rows, which have no budget score of their own. */
    public static final String NOT_APPLICABLE = "—";

    public static final int COLUMN_COUNT = 9;
    /**
     * Widths of A to I in digits: 16 holds an amount of 15,475,823.00 元 and 14 the label 年度资金总额 on one line;
     * the whole table is 136 digits, which Excel scales onto one A4 landscape page width.
     */
    public static final List<Integer> COLUMN_WIDTHS = List.of(10, 14, 16, 22, 16, 16, 10, 10, 22);

    public static final int TITLE_ROW = 0;
    public static final int YEAR_ROW = 1;
    public static final int PROJECT_ROW = 2;
    public static final int UNITS_ROW = 3;
    public static final int FUNDS_HEADER_ROW = 4;
    public static final int GOALS_HEADER_ROW = 9;
    public static final int GOALS_TEXT_ROW = 10;
    public static final int INDICATOR_HEADER_ROW = 11;

    public static final int LABEL_COLUMN = 0;
    public static final int LAST_COLUMN = COLUMN_COUNT - 1;

    public static final int FUND_ROW_LABEL_COLUMN = 1;
    public static final int INITIAL_BUDGET_COLUMN = 2;
    public static final int ADJUSTED_BUDGET_COLUMN = 3;
    public static final int EXECUTED_COLUMN = 4;
    public static final int BUDGET_WEIGHT_COLUMN = 5;
    public static final int RATE_COLUMN = 6;
    public static final int BUDGET_SCORE_COLUMN = 7;

    public static final int LEVEL1_COLUMN = 1;
    public static final int LEVEL2_COLUMN = 2;
    public static final int NAME_COLUMN = 3;
    public static final int TARGET_COLUMN = 4;
    public static final int ACTUAL_COLUMN = 5;
    public static final int WEIGHT_COLUMN = 6;
    public static final int SCORE_COLUMN = 7;
    public static final int DEVIATION_COLUMN = 8;

    public static final Span TITLE_SPAN = Span.row(TITLE_ROW, 0, LAST_COLUMN);
    public static final Span YEAR_SPAN = Span.row(YEAR_ROW, 0, LAST_COLUMN);
    public static final Span FUNDS_LABEL_SPAN = Span.column(LABEL_COLUMN, FUNDS_HEADER_ROW,
            FUNDS_HEADER_ROW + FundSource.values().length);
    public static final Span GOALS_LABEL_SPAN = Span.column(LABEL_COLUMN, GOALS_HEADER_ROW, GOALS_TEXT_ROW);

    /** A label and the value that belongs to it: the value lies right of the label or below it. */
    public record Labelled(String label, Span labelSpan, Span valueSpan) {
        public Labelled {
            if (direction(labelSpan, valueSpan).isEmpty()) {
                throw new IllegalArgumentException(label + ": the value must lie right of its label or below it");
            }
        }

        public Direction valueDirection() {
            return direction(labelSpan, valueSpan).orElseThrow();
        }

        private static Optional<Direction> direction(Span label, Span value) {
            if (value.firstRow() == label.firstRow() && value.firstColumn() == label.lastColumn() + 1) {
                return Optional.of(Direction.RIGHT);
            }
            if (value.firstColumn() == label.firstColumn() && value.firstRow() == label.lastRow() + 1) {
                return Optional.of(Direction.BELOW);
            }
            return Optional.empty();
        }
    }

    /** Where a value lies relative to its label: right of the label's (merged) cells, or in the row below them. */
    public enum Direction { RIGHT, BELOW }

    public static final Labelled PROJECT_NAME_FIELD = new Labelled(PROJECT_NAME, Span.cell(PROJECT_ROW, 0),
            Span.row(PROJECT_ROW, 1, LAST_COLUMN));
    public static final Labelled COMPETENT_DEPARTMENT_FIELD = new Labelled(COMPETENT_DEPARTMENT,
            Span.cell(UNITS_ROW, 0), Span.row(UNITS_ROW, 1, 3));
    public static final Labelled IMPLEMENTING_UNIT_FIELD = new Labelled(IMPLEMENTING_UNIT, Span.cell(UNITS_ROW, 4),
            Span.row(UNITS_ROW, 5, LAST_COLUMN));
    public static final Labelled EXPECTED_GOAL_FIELD = new Labelled(EXPECTED_GOAL, Span.row(GOALS_HEADER_ROW, 1, 4),
            Span.row(GOALS_TEXT_ROW, 1, 4));
    public static final Labelled ACTUAL_GOAL_FIELD = new Labelled(ACTUAL_GOAL, Span.row(GOALS_HEADER_ROW, 5, 8),
            Span.row(GOALS_TEXT_ROW, 5, 8));

    /** Column headers of the funds table, in row {@link #FUNDS_HEADER_ROW}. */
    public static final Map<String, Integer> FUNDS_HEADERS = Map.of(
            INITIAL_BUDGET, INITIAL_BUDGET_COLUMN, ADJUSTED_BUDGET, ADJUSTED_BUDGET_COLUMN,
            EXECUTED, EXECUTED_COLUMN, WEIGHT, BUDGET_WEIGHT_COLUMN, EXECUTION_RATE, RATE_COLUMN,
            SCORE, BUDGET_SCORE_COLUMN);
    /** Column headers of the indicator table, in row {@link #INDICATOR_HEADER_ROW}. */
    public static final Map<String, Integer> INDICATOR_HEADERS = Map.of(
            LEVEL1, LEVEL1_COLUMN, LEVEL2, LEVEL2_COLUMN, INDICATOR_NAME, NAME_COLUMN, TARGET, TARGET_COLUMN,
            ACTUAL_VALUE, ACTUAL_COLUMN, WEIGHT, WEIGHT_COLUMN, SCORE, SCORE_COLUMN, DEVIATION, DEVIATION_COLUMN);

    /** Other spellings of the same header on published forms (Anting 2024 heads the budget 分值 column 分数). */
    private static final Map<String, String> ALIASES = Map.of(
            "分数", WEIGHT,
            "调整后预算数", ADJUSTED_BUDGET,
            "项目支出绩效自评表", TITLE);
    private static final Pattern YEAR = Pattern.compile("((?:19|20|21)\\d{2})\\s*年度");
    private static final Pattern FUNDS_UNIT = Pattern.compile("项目资金\\((.*)\\)");

    private OfficialLayout() {
    }

    public static int fundsRow(FundSource source) {
        return FUNDS_HEADER_ROW + 1 + source.ordinal();
    }

    /** The printed label of a funds row: the sources below the total are introduced by 其中：. */
    public static String fundsRowLabel(FundSource source) {
        return source == FundSource.CURRENT_YEAR_APPROPRIATION ? "其中：" + source.label() : source.label();
    }

    public static int indicatorRow(int index) {
        return INDICATOR_HEADER_ROW + 1 + index;
    }

    public static Span indicatorsLabelSpan(int indicatorCount) {
        return Span.column(LABEL_COLUMN, INDICATOR_HEADER_ROW, INDICATOR_HEADER_ROW + indicatorCount);
    }

    public static int totalRow(int indicatorCount) {
        return indicatorRow(indicatorCount);
    }

    public static Span totalLabelSpan(int indicatorCount) {
        return Span.row(totalRow(indicatorCount), 0, 5);
    }

    public static Labelled gradeField(int indicatorCount) {
        int row = totalRow(indicatorCount) + 1;
        return new Labelled(GRADE, Span.row(row, 0, 5), Span.row(row, 6, LAST_COLUMN));
    }

    /** One empty row between the grade and the signatures, room for a seal. */
    public static int signatureRow(int indicatorCount) {
        return totalRow(indicatorCount) + 3;
    }

    public static Span projectLeadSpan(int indicatorCount) {
        return Span.row(signatureRow(indicatorCount), 0, 3);
    }

    public static Span financeLeadSpan(int indicatorCount) {
        return Span.row(signatureRow(indicatorCount), 4, LAST_COLUMN);
    }

    /** The year line under the title: （2024年度）. */
    public static String yearLine(int fiscalYear) {
        return "（" + fiscalYear + "年度）";
    }

    /** The fiscal year a year line names ("（2024年度）", "(2023 年度)"), if it names one. */
    public static OptionalInt yearIn(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher matcher = YEAR.matcher(text);
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /** The funds label names the unit of every amount on the form: 项目资金（万元） or 项目资金（元）. */
    public static String fundsLabel(AmountUnit unit) {
        return FUNDS + "（" + unit.label() + "）";
    }

    public static boolean isFundsLabel(String text) {
        return normalized(text).startsWith(FUNDS);
    }

    /** The unit a funds label names, or empty when it names none or one we do not know (千元). */
    public static Optional<AmountUnit> amountUnitIn(String fundsLabel) {
        Matcher matcher = FUNDS_UNIT.matcher(normalized(fundsLabel));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String unit = matcher.group(1);
        for (AmountUnit candidate : AmountUnit.values()) {
            if (candidate.label().equals(unit)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether a cell's text is this label, as people and other systems type it (spaces, half-width brackets). */
    public static boolean sameLabel(String text, String label) {
        if (text == null) {
            return false;
        }
        String cell = normalized(text);
        String wanted = normalized(label);
        return cell.equals(wanted) || (ALIASES.containsKey(cell) && normalized(ALIASES.get(cell)).equals(wanted));
    }

    /**
     * A label without what varies between printings: whitespace (wrapped headers), full-width brackets and colons,
     * the "(%)" of a rate header and the 其中 that introduces the funds sources.
     */
    public static String normalized(String text) {
        if (text == null) {
            return "";
        }
        String result = text.replaceAll("\\s+", "")
                .replace('（', '(').replace('）', ')').replace('：', ':');
        result = result.replace("(%)", "");
        if (result.startsWith("其中:")) {
            result = result.substring(3);
        } else if (result.startsWith("其中")) {
            result = result.substring(2);
        }
        return result;
    }
}
