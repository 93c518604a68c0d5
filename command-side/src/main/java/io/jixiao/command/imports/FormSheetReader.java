package io.jixiao.command.imports;

import io.jixiao.command.imports.FundsTableReader.FundsTable;
import io.jixiao.command.imports.IndicatorTableReader.IndicatorTable;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.IndicatorInput;
import io.jixiao.kernel.forms.ExportFacts;
import io.jixiao.kernel.forms.FormFingerprint;
import io.jixiao.kernel.forms.OfficialLayout;
import io.jixiao.kernel.forms.OfficialLayout.Labelled;
import io.jixiao.kernel.forms.Place;
import io.jixiao.kernel.scoring.ScoringPolicy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Reads one sheet in the official layout into the form it states. What the sheet shows is the truth; the facts of
 * our own export add what it does not show (unit ids, while the sheet names the same units; project code; scoring
 * policy) and stand in for a year or amount unit the sheet leaves out.
 */
final class FormSheetReader {
    /** Problems of the whole sheet first, then row by row, column by column (B before AA). */
    private static final Comparator<ImportProblem> IN_SHEET_ORDER = Comparator
            .comparing(ImportProblem::row, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .thenComparing(ImportProblem::column, Comparator.nullsFirst(
                    Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())));
    private final SheetCells cells;
    private final ExportFacts facts;
    private final SheetProblems problems;
    private final SheetProblems completeness;
    private boolean layoutMissing;

    private FormSheetReader(SheetCells cells, ExportFacts facts) {
        this.cells = cells;
        this.facts = facts;
        this.problems = new SheetProblems(cells.name());
        this.completeness = new SheetProblems(cells.name());
    }

    /** {@code facts} is null for a sheet that is not (or no longer) one of our exports. */
    static FormReading read(SheetCells cells, Place title, ExportFacts facts) {
        return new FormSheetReader(cells, facts).read(title);
    }

    private FormReading read(Place title) {
        Integer year = year(title);
        String projectName = value(OfficialLayout.PROJECT_NAME_FIELD, title.row());
        String department = value(OfficialLayout.COMPETENT_DEPARTMENT_FIELD, title.row());
        String implementing = value(OfficialLayout.IMPLEMENTING_UNIT_FIELD, title.row());
        FundsTable funds = FundsTableReader.read(cells, problems, facts, title.row());
        Goals goals = new Goals(goal(OfficialLayout.EXPECTED_GOAL_FIELD, title.row()),
                goal(OfficialLayout.ACTUAL_GOAL_FIELD, title.row()));
        IndicatorTable table = IndicatorTableReader.read(cells, problems, completeness, title.row());
        ForbiddenCharacters.inSheet(cells, problems);
        ScoringPolicy policy = policy();
        checkBudgetWeight(funds, policy);
        checkWeights(table, policy);
        layoutMissing |= !funds.found() || !table.found();
        FormContent content = new FormContent(year == null ? 0 : year, projectName,
                facts == null ? null : facts.projectCode(),
                unitId(department, ExportFacts::competentDepartmentName, ExportFacts::competentDepartmentId),
                department,
                unitId(implementing, ExportFacts::implementingUnitName, ExportFacts::implementingUnitId),
                implementing, funds.unit(), funds.funds(), goals, table.indicators());
        List<ImportProblem> all = new ArrayList<>(problems.all());
        if (!untouchedExport(content)) {
            all.addAll(completeness.all());
        }
        all.sort(IN_SHEET_ORDER);
        return new FormReading(cells.name(), layoutMissing ? null : content, all);
    }

    /** The id our export kept for a unit, while the sheet still names the unit it was exported with. */
    private String unitId(String nameOnSheet, Function<ExportFacts, String> exportedName,
                          Function<ExportFacts, String> exportedId) {
        if (facts == null || nameOnSheet == null || !nameOnSheet.equals(exportedName.apply(facts))) {
            return null;
        }
        return exportedId.apply(facts);
    }

    private Integer year(Place title) {
        for (int r = title.row(); r <= title.row() + 2; r++) {
            for (int c = 0; c < SheetCells.MAX_COLUMNS; c++) {
                OptionalInt year = OfficialLayout.yearIn(cells.text(r, c));
                if (year.isPresent()) {
                    return year.getAsInt();
                }
            }
        }
        if (facts != null) {
            return facts.fiscalYear();
        }
        problems.at(new Place(title.row() + 1, 0), "The fiscal year is missing: write it under the title as "
                + OfficialLayout.yearLine(2024) + ".", "缺少年度：请在标题下方写明，如“" + OfficialLayout.yearLine(2024) + "”。");
        return null;
    }

    /** A required text right of its label; a missing label means the sheet is not in the layout. */
    private String value(Labelled field, int fromRow) {
        Optional<Place> label = cells.find(field.label(), fromRow);
        if (label.isEmpty()) {
            layoutMissing = true;
            problems.sheet(null, "The label " + field.label() + " was not found.", "未找到“" + field.label() + "”栏。");
            return null;
        }
        Place at = cells.valueOf(label.get(), field.valueDirection());
        String text = cells.text(at.row(), at.column());
        if (text == null) {
            problems.at(at, field.label() + " is empty.", field.label() + "未填写。");
        }
        return text;
    }

    private String goal(Labelled field, int fromRow) {
        Optional<Place> label = cells.find(field.label(), fromRow);
        if (label.isEmpty()) {
            problems.sheet(null, "The goals header " + field.label() + " was not found.",
                    "未找到年度总体目标的“" + field.label() + "”栏。");
            return null;
        }
        Place at = cells.valueOf(label.get(), field.valueDirection());
        return cells.text(at.row(), at.column());
    }

    private ScoringPolicy policy() {
        String name = facts == null ? null : facts.scoringPolicy();
        try {
            return ScoringPolicy.byName(name);
        } catch (IllegalArgumentException unknown) {
            problems.sheet(null, "Unknown scoring policy " + name + ".", "评分规则 " + name + " 不存在。");
            return ScoringPolicy.NATIONAL;
        }
    }

    private void checkBudgetWeight(FundsTable funds, ScoringPolicy policy) {
        if (funds.budgetWeight() != null && funds.budgetWeight().compareTo(policy.budgetWeight()) != 0) {
            problems.at(funds.budgetWeightPlace(), "The budget execution weight is "
                    + funds.budgetWeight().toPlainString() + "; the scoring policy " + policy.name() + " gives it "
                    + policy.budgetWeight().toPlainString() + ".", "预算执行率分值为 "
                    + funds.budgetWeight().toPlainString() + "，评分规则 " + policy.name() + " 规定为 "
                    + policy.budgetWeight().toPlainString() + "。");
        }
    }

    /** DOMAIN: budget execution (the policy's 10) plus every indicator weight must make 100. */
    private void checkWeights(IndicatorTable table, ScoringPolicy policy) {
        if (!table.found()) {
            return;
        }
        BigDecimal indicators = table.indicators().stream().map(IndicatorInput::weight).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = policy.budgetWeight().add(indicators);
        if (total.compareTo(policy.totalWeight()) != 0) {
            String message = "The weights add up to " + total.toPlainString() + " (budget execution "
                    + policy.budgetWeight().toPlainString() + " + indicators " + indicators.toPlainString()
                    + "), not " + policy.totalWeight().toPlainString() + ".";
            String messageZh = "分值合计为 " + total.toPlainString() + "（预算执行率 " + policy.budgetWeight().toPlainString()
                    + " + 绩效指标 " + indicators.toPlainString() + "），应为 " + policy.totalWeight().toPlainString() + "。";
            if (table.weightTotalPlace() != null) {
                completeness.at(table.weightTotalPlace(), message, messageZh);
            } else {
                completeness.sheet(null, message, messageZh);
            }
        }
    }

    /** The sheet prints exactly what we exported: the system's own record, complete or not. */
    private boolean untouchedExport(FormContent content) {
        if (facts == null || facts.fingerprint() == null) {
            return false;
        }
        return facts.fingerprint().equals(FormFingerprint.of(content.fiscalYear(), content.projectName(),
                content.competentDepartmentName(), content.implementingUnitName(), content.amountUnit(),
                content.funds(), content.goals(), content.indicators()));
    }

}
