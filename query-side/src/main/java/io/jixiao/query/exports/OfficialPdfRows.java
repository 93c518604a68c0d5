package io.jixiao.query.exports;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.scoring.ScoreSheet;
import io.jixiao.kernel.scoring.Scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.jixiao.query.exports.PdfCell.Align.CENTER;
import static io.jixiao.query.exports.PdfCell.Align.LEFT;
import static io.jixiao.query.exports.PdfCell.Align.RIGHT;
import static io.jixiao.query.exports.PdfCell.label;
import static io.jixiao.query.exports.PdfCell.value;

/**
 * The rows of the official 财政项目支出绩效自评表 on one grid of nine columns, the indicator table's: a label
 * column (项目资金, 年度总体目标, 绩效指标), 一级, 二级, 三级指标, 年度指标值, 实际完成值, 分值, 得分 and
 * 偏差原因分析及改进措施. The upper parts of the form span these columns.
 */
final class OfficialPdfRows {
    /** Points; 770 in all, A4 landscape less 36 pt margins. */
    static final float[] WIDTHS = {60, 62, 88, 118, 96, 96, 46, 46, 158};
    private static final String DASH = "—";

    private OfficialPdfRows() {
    }

    static List<PdfRow> of(ExportedForm form, ScoreSheet sheet) {
        EvaluationState state = form.state();
        List<PdfRow> rows = new ArrayList<>();
        rows.add(PdfRow.of(null, label(0, 2, "项目名称"), value(2, 7, state.projectName(), CENTER)));
        rows.add(PdfRow.of(null, label(0, 2, "主管部门"), value(2, 3, form.competentDepartmentName(), CENTER),
                label(5, 1, "实施单位"), value(6, 3, form.implementingUnitName(), CENTER)));
        funds(state, sheet, rows);
        goals(state.goals(), rows);
        indicators(state.indicators(), rows);
        rows.add(PdfRow.of(null, label(0, 6, "总分"), value(6, 1, PdfFigures.points(sheet.weightTotal()), CENTER),
                value(7, 1, PdfFigures.points(sheet.totalScore()), CENTER), value(8, 1, "", CENTER)));
        rows.add(PdfRow.of(null, label(0, 6, "评分等级"),
                value(6, 3, sheet.grade() == null ? "" : sheet.grade().label(), CENTER)));
        return rows;
    }

    private static void funds(EvaluationState state, ScoreSheet sheet, List<PdfRow> rows) {
        PdfCell section = label(0, 1, "项目资金\n（" + state.amountUnit().label() + "）").merged("funds");
        rows.add(PdfRow.headerOf("funds", section, label(1, 2, ""), label(3, 1, "年初预算数"),
                label(4, 1, "全年预算数"), label(5, 1, "全年执行数"), label(6, 1, "分值"), label(7, 1, "执行率"),
                label(8, 1, "得分")));
        AmountUnit unit = state.amountUnit();
        FundLine total = state.funds().total();
        rows.add(PdfRow.of("funds", amounts(section, "年度资金总额", total, unit,
                PdfFigures.points(sheet.budgetWeight()), PdfFigures.percent(sheet.executionRate()),
                PdfFigures.points(sheet.budgetScore()))));
        rows.add(PdfRow.of("funds", amounts(section, "其中：当年财政拨款", state.funds().currentYearAppropriation(), unit,
                DASH, rate(state.funds().currentYearAppropriation()), DASH)));
        rows.add(PdfRow.of("funds", amounts(section, "上年结转资金", state.funds().carryover(), unit, DASH,
                rate(state.funds().carryover()), DASH)));
        rows.add(PdfRow.of("funds", amounts(section, "其他资金", state.funds().other(), unit, DASH,
                rate(state.funds().other()), DASH)));
    }

    private static PdfCell[] amounts(PdfCell section, String name, FundLine line, AmountUnit unit, String weight,
                                     String rate, String score) {
        return new PdfCell[] {section, label(1, 2, name),
                value(3, 1, PdfFigures.amount(line.initialBudget(), unit), RIGHT),
                value(4, 1, PdfFigures.amount(line.adjustedBudget(), unit), RIGHT),
                value(5, 1, PdfFigures.amount(line.executed(), unit), RIGHT),
                value(6, 1, weight, CENTER), value(7, 1, rate, CENTER), value(8, 1, score, CENTER)};
    }

    /** A source row's rate; a row with nothing budgeted and nothing spent prints 0.00% as the published forms do. */
    private static String rate(FundLine line) {
        BigDecimal rate = Scoring.executionRate(line);
        if (rate == null && isZero(line.adjustedBudget()) && isZero(line.executed())) {
            rate = new BigDecimal("0.00");
        }
        return PdfFigures.percent(rate);
    }

    private static boolean isZero(BigDecimal amount) {
        return amount != null && amount.signum() == 0;
    }

    private static void goals(Goals goals, List<PdfRow> rows) {
        PdfCell section = label(0, 1, "年度总体目标").merged("goals");
        rows.add(PdfRow.headerOf("goals", section, label(1, 4, "预期目标"), label(5, 4, "实际完成情况")));
        rows.add(PdfRow.of("goals", section, value(1, 4, goals.expected(), LEFT), value(5, 4, goals.actual(), LEFT)));
    }

    private static void indicators(List<Indicator> indicators, List<PdfRow> rows) {
        PdfCell section = label(0, 1, "绩效指标").merged("indicators");
        rows.add(PdfRow.headerOf("indicators", section, label(1, 1, "一级指标"), label(2, 1, "二级指标"),
                label(3, 1, "三级指标"), label(4, 1, "年度指标值"), label(5, 1, "实际完成值"), label(6, 1, "分值"),
                label(7, 1, "得分"), label(8, 1, "偏差原因分析及改进措施")));
        int level1Run = 0;
        int level2Run = 0;
        Indicator previous = null;
        for (Indicator indicator : indicators) {
            boolean sameLevel1 = previous != null && sameCategory(previous.level1(), indicator.level1());
            level1Run += sameLevel1 ? 0 : 1;
            level2Run += sameLevel1 && sameCategory(previous.level2(), indicator.level2()) ? 0 : 1;
            rows.add(PdfRow.of("indicators", section,
                    category(1, indicator.level1(), "L1-" + level1Run),
                    category(2, indicator.level2(), "L2-" + level2Run),
                    value(3, 1, indicator.name(), CENTER), value(4, 1, indicator.target(), CENTER),
                    value(5, 1, indicator.actual(), CENTER), value(6, 1, PdfFigures.points(indicator.weight()), CENTER),
                    value(7, 1, PdfFigures.points(indicator.score()), CENTER),
                    value(8, 1, indicator.deviation(), LEFT)));
            previous = indicator;
        }
    }

    /** Blank categories are not merged: a run of blanks would read as one category nobody named. */
    private static boolean sameCategory(String a, String b) {
        return a != null && !a.isBlank() && Objects.equals(a, b);
    }

    private static PdfCell category(int column, String name, String run) {
        PdfCell cell = value(column, 1, name, CENTER);
        return name == null || name.isBlank() ? cell : cell.merged(run);
    }
}
