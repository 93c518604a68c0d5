package io.jixiao.query.exports;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.evaluation.IndicatorInput;
import io.jixiao.kernel.forms.ExportFacts;
import io.jixiao.kernel.forms.FormFingerprint;
import io.jixiao.kernel.forms.OfficialLayout;
import io.jixiao.kernel.forms.Span;
import io.jixiao.kernel.scoring.ScoreSheet;
import io.jixiao.kernel.scoring.Scoring;
import io.jixiao.kernel.scoring.ScoringPolicy;
import org.apache.poi.ss.usermodel.Sheet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import static io.jixiao.kernel.forms.OfficialLayout.*;

/** Writes one form into a sheet in the {@link OfficialLayout}; amounts in the unit the form was filled in. */
final class FormSheet {
    private final SheetGrid grid;
    private final SheetStyles styles;
    private final ExportedForm form;
    private final EvaluationState state;
    private final AmountUnit unit;

    private FormSheet(Sheet sheet, SheetStyles styles, ExportedForm form) {
        this.grid = new SheetGrid(sheet, COLUMN_WIDTHS);
        this.styles = styles;
        this.form = form;
        this.state = form.state();
        this.unit = state.amountUnit();
    }

    /** Writes the form and returns what the hidden facts sheet keeps about it. */
    static ExportFacts write(Sheet sheet, SheetStyles styles, ExportedForm form) {
        return new FormSheet(sheet, styles, form).write(sheet.getSheetName());
    }

    /** The form's funds in its own unit, as printed. */
    static Funds fundsInUnit(EvaluationState state) {
        Funds printed = Funds.BLANK;
        for (FundSource source : FundSource.values()) {
            FundLine line = state.funds().line(source);
            AmountUnit unit = state.amountUnit();
            printed = printed.with(source, new FundLine(unit.fromYuan(line.initialBudget()),
                    unit.fromYuan(line.adjustedBudget()), unit.fromYuan(line.executed())));
        }
        return printed;
    }

    private ExportFacts write(String sheetName) {
        ScoreSheet scores = Scoring.score(state, ScoringPolicy.byName(state.scoringPolicy()));
        header();
        funds(scores);
        goals();
        indicators();
        int count = state.indicators().size();
        grid.text(totalLabelSpan(count), TOTAL, styles.label);
        grid.number(Span.cell(totalRow(count), WEIGHT_COLUMN), scores.weightTotal(), styles.points);
        grid.number(Span.cell(totalRow(count), SCORE_COLUMN), scores.totalScore(), styles.points);
        grid.text(Span.cell(totalRow(count), DEVIATION_COLUMN), null, styles.text);
        Labelled grade = gradeField(count);
        grid.text(grade.labelSpan(), GRADE, styles.label);
        grid.text(grade.valueSpan(), scores.grade() == null ? null : scores.grade().label(), styles.centered);
        grid.text(projectLeadSpan(count), PROJECT_LEAD, styles.signature);
        grid.text(financeLeadSpan(count), FINANCE_LEAD, styles.signature);
        grid.height(signatureRow(count), 30);
        grid.printOnA4Landscape();
        return new ExportFacts(sheetName, state.evaluationId(), state.fiscalYear(), unit,
                state.competentDepartmentId(), form.competentDepartmentName(), state.implementingUnitId(),
                form.implementingUnitName(), state.scoringPolicy(), state.projectCode(), fingerprint());
    }

    private void header() {
        grid.text(TITLE_SPAN, TITLE, styles.title);
        grid.height(TITLE_ROW, 30);
        grid.text(YEAR_SPAN, yearLine(state.fiscalYear()), styles.subtitle);
        labelled(PROJECT_NAME_FIELD, state.projectName());
        labelled(COMPETENT_DEPARTMENT_FIELD, form.competentDepartmentName());
        labelled(IMPLEMENTING_UNIT_FIELD, form.implementingUnitName());
    }

    private void funds(ScoreSheet scores) {
        grid.text(FUNDS_LABEL_SPAN, fundsLabel(unit), styles.label);
        grid.text(Span.cell(FUNDS_HEADER_ROW, FUND_ROW_LABEL_COLUMN), null, styles.label);
        FUNDS_HEADERS.forEach((label, column) -> grid.text(fundsSpan(FUNDS_HEADER_ROW, column), label, styles.label));
        for (FundSource source : FundSource.values()) {
            int row = fundsRow(source);
            FundLine line = state.funds().line(source);
            grid.text(Span.cell(row, FUND_ROW_LABEL_COLUMN), fundsRowLabel(source), styles.label);
            amount(row, INITIAL_BUDGET_COLUMN, line, FundLine::initialBudget);
            amount(row, ADJUSTED_BUDGET_COLUMN, line, FundLine::adjustedBudget);
            amount(row, EXECUTED_COLUMN, line, FundLine::executed);
            grid.number(Span.cell(row, RATE_COLUMN), Scoring.executionRate(line), styles.rate);
            if (source == FundSource.TOTAL) {
                grid.number(Span.cell(row, BUDGET_WEIGHT_COLUMN), scores.budgetWeight(), styles.points);
                grid.number(fundsSpan(row, BUDGET_SCORE_COLUMN), scores.budgetScore(), styles.points);
            } else {
                grid.text(Span.cell(row, BUDGET_WEIGHT_COLUMN), NOT_APPLICABLE, styles.centered);
                grid.text(fundsSpan(row, BUDGET_SCORE_COLUMN), NOT_APPLICABLE, styles.centered);
            }
        }
    }

    /** The budget score is the last column of the funds table and reaches to the table's right edge. */
    private static Span fundsSpan(int row, int column) {
        return column == BUDGET_SCORE_COLUMN ? Span.row(row, column, LAST_COLUMN) : Span.cell(row, column);
    }

    private void amount(int row, int column, FundLine line, Function<FundLine, BigDecimal> figure) {
        grid.number(Span.cell(row, column), unit.fromYuan(figure.apply(line)), styles.amount(unit));
    }

    private void goals() {
        grid.text(GOALS_LABEL_SPAN, GOALS, styles.label);
        grid.text(EXPECTED_GOAL_FIELD.labelSpan(), EXPECTED_GOAL, styles.label);
        grid.text(EXPECTED_GOAL_FIELD.valueSpan(), state.goals().expected(), styles.text);
        grid.text(ACTUAL_GOAL_FIELD.labelSpan(), ACTUAL_GOAL, styles.label);
        grid.text(ACTUAL_GOAL_FIELD.valueSpan(), state.goals().actual(), styles.text);
    }

    private void indicators() {
        List<Indicator> indicators = state.indicators();
        grid.text(indicatorsLabelSpan(indicators.size()), INDICATORS, styles.label);
        INDICATOR_HEADERS.forEach((label, column) ->
                grid.text(Span.cell(INDICATOR_HEADER_ROW, column), label, styles.label));
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            int row = indicatorRow(i);
            grid.text(Span.cell(row, NAME_COLUMN), indicator.name(), styles.text);
            grid.text(Span.cell(row, TARGET_COLUMN), indicator.target(), styles.centered);
            grid.text(Span.cell(row, ACTUAL_COLUMN), indicator.actual(), styles.centered);
            grid.number(Span.cell(row, WEIGHT_COLUMN), indicator.weight(), styles.points);
            grid.number(Span.cell(row, SCORE_COLUMN), indicator.score(), styles.points);
            grid.text(Span.cell(row, DEVIATION_COLUMN), indicator.deviation(), styles.text);
        }
        categories(indicators);
    }

    /**
     * 一级 and 二级 指标 merged over the consecutive rows they head, as on the printed forms; a 二级 category never
     * reaches past its 一级 one, and a blank category is not merged (it heads nothing).
     */
    private void categories(List<Indicator> indicators) {
        int start = 0;
        while (start < indicators.size()) {
            int end = runEnd(indicators, start, Indicator::level1);
            grid.text(indicatorSpan(LEVEL1_COLUMN, start, end), indicators.get(start).level1(), styles.centered);
            int inner = start;
            while (inner <= end) {
                int innerEnd = Math.min(end, runEnd(indicators, inner, Indicator::level2));
                grid.text(indicatorSpan(LEVEL2_COLUMN, inner, innerEnd), indicators.get(inner).level2(),
                        styles.centered);
                inner = innerEnd + 1;
            }
            start = end + 1;
        }
    }

    /** The last index of the run of rows from {@code start} that share a category; a blank one runs alone. */
    private static int runEnd(List<Indicator> indicators, int start, Function<Indicator, String> category) {
        String value = category.apply(indicators.get(start));
        int end = start;
        if (value == null || value.isBlank()) {
            return end;
        }
        while (end + 1 < indicators.size() && Objects.equals(value, category.apply(indicators.get(end + 1)))) {
            end++;
        }
        return end;
    }

    private static Span indicatorSpan(int column, int first, int last) {
        return Span.column(column, indicatorRow(first), indicatorRow(last));
    }

    private void labelled(Labelled field, String value) {
        grid.text(field.labelSpan(), field.label(), styles.label);
        grid.text(field.valueSpan(), value, styles.text);
    }

    private String fingerprint() {
        List<IndicatorInput> printed = state.indicators().stream()
                .map(i -> new IndicatorInput(i.level1(), i.level2(), i.name(), i.target(), i.weight(), i.actual(),
                        i.score(), i.deviation()))
                .toList();
        return FormFingerprint.of(state.fiscalYear(), state.projectName(), form.competentDepartmentName(),
                form.implementingUnitName(), unit, fundsInUnit(state), state.goals(), printed);
    }
}
