package io.jixiao.kernel.checks;

import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.scoring.Scoring;
import io.jixiao.kernel.scoring.ScoringPolicy;
import io.jixiao.kernel.scoring.SuggestedScore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.jixiao.kernel.checks.Findings.blank;
import static io.jixiao.kernel.checks.Findings.form;
import static io.jixiao.kernel.checks.Findings.indicator;
import static io.jixiao.kernel.checks.Findings.name;
import static io.jixiao.kernel.checks.Findings.number;
import static io.jixiao.kernel.checks.Findings.points;
import static io.jixiao.kernel.checks.Findings.quoted;

/**
 * What a form needs before it leaves the unit. A missing indicator name or target is deliberately not here: the
 * seeds have such rows (OCR lost the cell, or the form printed none) and were published; they stay warnings.
 */
final class SubmissionRules {
    private SubmissionRules() {
    }

    static List<CheckResult> problems(EvaluationState state, ScoringPolicy policy) {
        List<CheckResult> found = new ArrayList<>();
        header(state, found);
        funds(state.funds().total(), found);
        goals(state, found);
        weights(state, policy, found);
        for (Indicator i : state.indicators()) {
            indicatorRow(i, policy, found);
        }
        return found;
    }

    private static void header(EvaluationState state, List<CheckResult> found) {
        if (blank(state.projectName())) {
            found.add(form(CheckCode.PROJECT_NAME_MISSING, "projectName", "The project name is missing.", "缺少项目名称。"));
        }
        if (state.indicators().isEmpty()) {
            found.add(form(CheckCode.NO_INDICATORS, "indicators", "The form has no performance indicators.",
                    "未填写绩效指标。"));
        }
    }

    private static void funds(FundLine total, List<CheckResult> found) {
        if (total.adjustedBudget() == null) {
            found.add(form(CheckCode.FUNDS_TOTAL_MISSING, "funds.total.adjustedBudget",
                    "The total row has no adjusted budget.", "年度资金总额缺少全年预算数。"));
        }
        if (total.executed() == null) {
            found.add(form(CheckCode.FUNDS_TOTAL_MISSING, "funds.total.executed",
                    "The total row has no executed amount.", "年度资金总额缺少全年执行数。"));
        }
    }

    private static void goals(EvaluationState state, List<CheckResult> found) {
        if (blank(state.goals().expected())) {
            found.add(form(CheckCode.GOAL_EXPECTED_MISSING, "goals.expected", "The expected goal is missing.",
                    "缺少年度总体目标的预期目标。"));
        }
        if (blank(state.goals().actual())) {
            found.add(form(CheckCode.GOAL_ACTUAL_MISSING, "goals.actual", "The actual achievement of the goal is missing.",
                    "缺少年度总体目标的实际完成情况。"));
        }
    }

    private static void weights(EvaluationState state, ScoringPolicy policy, List<CheckResult> found) {
        BigDecimal total = state.indicators().stream().map(Indicator::weight).filter(Objects::nonNull)
                .reduce(policy.budgetWeight(), BigDecimal::add);
        if (total.compareTo(policy.totalWeight()) != 0) {
            found.add(form(CheckCode.WEIGHT_TOTAL_MISMATCH, "indicators.weight",
                    "Budget weight " + number(policy.budgetWeight()) + " and indicator weights add up to "
                            + number(total) + ", not " + number(policy.totalWeight()) + ".",
                    "预算执行率分值" + number(policy.budgetWeight()) + "与指标分值合计为" + number(total) + ",应为"
                            + number(policy.totalWeight()) + "。"));
        }
    }

    private static void indicatorRow(Indicator i, ScoringPolicy policy, List<CheckResult> found) {
        if (blank(i.actual())) {
            found.add(indicator(CheckCode.ACTUAL_MISSING, i, "actual", "Indicator " + quoted(name(i)) + " has no actual value.",
                    "指标" + quoted(name(i)) + "缺少实际完成值。"));
        }
        if (i.weight() == null) {
            found.add(indicator(CheckCode.WEIGHT_MISSING, i, "weight", "Indicator " + quoted(name(i)) + " has no weight.",
                    "指标" + quoted(name(i)) + "缺少分值。"));
        }
        if (i.score() == null) {
            found.add(indicator(CheckCode.SCORE_MISSING, i, "score", "Indicator " + quoted(name(i)) + " has no score.",
                    "指标" + quoted(name(i)) + "缺少得分。"));
        }
        if (i.score() == null || i.weight() == null) {
            return;
        }
        if (i.score().signum() < 0 || i.score().compareTo(i.weight()) > 0) {
            found.add(indicator(CheckCode.SCORE_OUT_OF_RANGE, i, "score",
                    "Score " + points(i.score()) + " of " + quoted(name(i)) + " is outside 0 to " + number(i.weight()) + ".",
                    "指标" + quoted(name(i)) + "得分" + points(i.score()) + "不在0至" + number(i.weight()) + "之间。"));
        }
        SuggestedScore suggestion = Scoring.suggest(i.target(), i.actual(), i.weight(), policy);
        boolean outsideBand = suggestion != null && !suggestion.contains(i.score());
        boolean belowWeight = i.score().compareTo(i.weight()) < 0;
        if (blank(i.deviation()) && (belowWeight || outsideBand)) {
            found.add(IndicatorChecks.deviationMissing(i, i.score(), i.weight(), !belowWeight));
        }
    }
}
