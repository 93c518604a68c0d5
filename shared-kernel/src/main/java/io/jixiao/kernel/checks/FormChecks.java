package io.jixiao.kernel.checks;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.scoring.IndicatorValueParser;
import io.jixiao.kernel.scoring.ScoringPolicy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import static io.jixiao.kernel.checks.Findings.amount;
import static io.jixiao.kernel.checks.Findings.blank;
import static io.jixiao.kernel.checks.Findings.form;
import static io.jixiao.kernel.checks.Findings.number;

/** The checks on a form as a whole: funds, goals, weights, changes on the record. */
final class FormChecks {
    private static final List<FundSource> SOURCES =
            List.of(FundSource.CURRENT_YEAR_APPROPRIATION, FundSource.CARRYOVER, FundSource.OTHER);

    private FormChecks() {
    }

    static List<CheckResult> run(EvaluationState state, ScoringPolicy policy) {
        List<CheckResult> found = new ArrayList<>();
        indicatorWeights(state, policy, found);
        goalsRepeated(state.goals(), found);
        ThresholdCheck.allAtThreshold(state, found);
        adjustedBudgetJump(state, policy, found);
        fundSources(state, found);
        amendments(state, found);
        return found;
    }

    private static void indicatorWeights(EvaluationState state, ScoringPolicy policy, List<CheckResult> found) {
        if (state.indicators().isEmpty()) {
            return;
        }
        BigDecimal sum = state.indicators().stream().map(Indicator::weight).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(policy.indicatorWeight()) != 0) {
            found.add(form(CheckCode.INDICATOR_WEIGHTS_NOT_POLICY_TOTAL, "indicators.weight",
                    "Indicator weights add up to " + number(sum) + ", not " + number(policy.indicatorWeight()) + ".",
                    "绩效指标分值合计为" + number(sum) + ",应为" + number(policy.indicatorWeight()) + "。"));
        }
    }

    private static void goalsRepeated(Goals goals, List<CheckResult> found) {
        if (blank(goals.expected()) || blank(goals.actual())) {
            return;
        }
        if (IndicatorValueParser.normalize(goals.expected()).equals(IndicatorValueParser.normalize(goals.actual()))) {
            found.add(form(CheckCode.GOAL_ACTUAL_SAME_AS_EXPECTED, "goals.actual",
                    "The actual achievement repeats the expected goal word for word.",
                    "年度总体目标的实际完成情况与预期目标完全相同。"));
        }
    }

    /**
     * A form whose total row starts the year at 0 is not flagged: projects funded during the year (the Anting
     * 2024 安保费 and 电子警察 forms) all start at 0, and no ratio can be taken.
     */
    private static void adjustedBudgetJump(EvaluationState state, ScoringPolicy policy, List<CheckResult> found) {
        FundLine total = state.funds().total();
        BigDecimal initial = total.initialBudget();
        BigDecimal adjusted = total.adjustedBudget();
        if (initial == null || adjusted == null || initial.signum() <= 0) {
            return;
        }
        if (adjusted.compareTo(initial.multiply(policy.adjustedBudgetJumpRatio())) > 0) {
            AmountUnit unit = state.amountUnit();
            BigDecimal times = adjusted.divide(initial, 1, java.math.RoundingMode.HALF_UP);
            found.add(form(CheckCode.ADJUSTED_BUDGET_JUMP, "funds.total.adjustedBudget",
                    "Adjusted budget " + amount(adjusted, unit) + " is " + times.toPlainString()
                            + " times the initial budget " + amount(initial, unit) + " (more than "
                            + number(policy.adjustedBudgetJumpRatio()) + " times).",
                    "全年预算数" + amount(adjusted, unit) + "是年初预算数" + amount(initial, unit) + "的"
                            + times.toPlainString() + "倍(超过" + number(policy.adjustedBudgetJumpRatio()) + "倍)。"));
        }
    }

    /**
     * Compared column by column. A blank source cell may hold anything not yet written, so a column with a blank
     * source cell is flagged only when the written sources already exceed the total; with every cell written the
     * sum must match exactly. (Songjiang 2023 leaves the carryover and other executed cells blank where they are
     * 0; the Anting 联勤 form lost two executed cells to the OCR: neither is a contradiction.)
     */
    private static void fundSources(EvaluationState state, List<CheckResult> found) {
        Funds funds = state.funds();
        column(funds, "initialBudget", "年初预算数", FundLine::initialBudget, state.amountUnit(), found);
        column(funds, "adjustedBudget", "全年预算数", FundLine::adjustedBudget, state.amountUnit(), found);
        column(funds, "executed", "全年执行数", FundLine::executed, state.amountUnit(), found);
    }

    private static void column(Funds funds, String field, String label, Function<FundLine, BigDecimal> cell,
                               AmountUnit unit, List<CheckResult> found) {
        BigDecimal total = cell.apply(funds.total());
        if (total == null) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int written = 0;
        for (FundSource source : SOURCES) {
            BigDecimal value = cell.apply(funds.line(source));
            if (value != null) {
                sum = sum.add(value);
                written++;
            }
        }
        boolean contradiction = written == SOURCES.size() ? sum.compareTo(total) != 0
                : written > 0 && sum.compareTo(total) > 0;
        if (contradiction) {
            found.add(form(CheckCode.FUND_SOURCES_DO_NOT_ADD_UP, "funds.total." + field,
                    "Fund sources of the " + field + " column add up to " + amount(sum, unit)
                            + ", the total row says " + amount(total, unit) + ".",
                    label + "各资金来源合计" + amount(sum, unit) + ",与年度资金总额" + amount(total, unit) + "不符。"));
        }
    }

    private static void amendments(EvaluationState state, List<CheckResult> found) {
        if (state.amendmentsAfterSubmission() > 0) {
            found.add(form(CheckCode.CHANGED_AFTER_SUBMISSION, null,
                    state.amendmentsAfterSubmission() + " change(s) to the figures after the first submission.",
                    "首次提交后修改数据" + state.amendmentsAfterSubmission() + "次。"));
        }
        if (state.amendmentsAfterApproval() > 0) {
            found.add(form(CheckCode.CHANGED_AFTER_APPROVAL, null,
                    state.amendmentsAfterApproval() + " change(s) to the figures after the final approval.",
                    "审核通过后修改数据" + state.amendmentsAfterApproval() + "次。"));
        }
    }
}
