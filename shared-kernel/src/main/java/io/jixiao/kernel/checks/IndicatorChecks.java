package io.jixiao.kernel.checks;

import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.scoring.Judgement;
import io.jixiao.kernel.scoring.Scoring;
import io.jixiao.kernel.scoring.ScoringPolicy;
import io.jixiao.kernel.scoring.SuggestedScore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static io.jixiao.kernel.checks.Findings.blank;
import static io.jixiao.kernel.checks.Findings.indicator;
import static io.jixiao.kernel.checks.Findings.name;
import static io.jixiao.kernel.checks.Findings.number;
import static io.jixiao.kernel.checks.Findings.points;
import static io.jixiao.kernel.checks.Findings.quoted;

/** The checks on each indicator row, in the order of the form. */
final class IndicatorChecks {
    private IndicatorChecks() {
    }

    static List<CheckResult> run(EvaluationState state, ScoringPolicy policy) {
        List<CheckResult> found = new ArrayList<>();
        for (Indicator i : state.indicators()) {
            definition(i, found);
            Judgement judgement = Scoring.judge(i, policy);
            kind(i, judgement, found);
            score(i, judgement.suggestion(), found);
            targetTooLow(i, policy, found);
        }
        return found;
    }

    private static void definition(Indicator i, List<CheckResult> found) {
        if (blank(i.name())) {
            found.add(indicator(CheckCode.INDICATOR_NAME_MISSING, i, "name",
                    "Indicator " + i.indicatorId() + " has no name.", "第" + i.indicatorId() + "项指标缺少三级指标名称。"));
        }
        if (blank(i.target())) {
            found.add(indicator(CheckCode.INDICATOR_TARGET_MISSING, i, "target",
                    "Indicator " + quoted(name(i)) + " has no target value.", "指标" + quoted(name(i)) + "缺少年度指标值。"));
        }
    }

    private static void kind(Indicator i, Judgement judgement, List<CheckResult> found) {
        if (judgement.wrongKind()) {
            found.add(indicator(CheckCode.ACTUAL_KIND_MISMATCH, i, "actual",
                    "Actual " + quoted(i.actual()) + " of " + quoted(name(i)) + " does not answer the target "
                            + quoted(i.target()) + ".",
                    "指标" + quoted(name(i)) + "的实际完成值" + quoted(i.actual()) + "与年度指标值" + quoted(i.target())
                            + "类型不符。"));
        } else if (judgement.outcome() == Judgement.Outcome.SUGGESTED_WITH_RELATED_UNIT) {
            found.add(indicator(CheckCode.ACTUAL_UNIT_DIFFERS, i, "actual",
                    "Actual " + quoted(i.actual()) + " of " + quoted(name(i)) + " is in another unit than the target "
                            + quoted(i.target()) + "; compared by number.",
                    "指标" + quoted(name(i)) + "的实际完成值" + quoted(i.actual()) + "与年度指标值" + quoted(i.target())
                            + "计量单位不同,按数值比较。"));
        }
    }

    private static void score(Indicator i, SuggestedScore suggestion, List<CheckResult> found) {
        BigDecimal score = i.score();
        BigDecimal weight = i.weight();
        if (score == null || weight == null) {
            return;
        }
        boolean fullMarksBelowTarget = suggestion != null && score.compareTo(weight) >= 0
                && suggestion.max().compareTo(weight) < 0;
        boolean outsideBand = suggestion != null && !suggestion.contains(score);
        if (score.compareTo(weight) > 0) {
            found.add(indicator(CheckCode.SCORE_ABOVE_WEIGHT, i, "score",
                    "Score " + points(score) + " of " + quoted(name(i)) + " is above its weight " + number(weight) + ".",
                    "指标" + quoted(name(i)) + "得分" + points(score) + "超过分值" + number(weight) + "。"));
        }
        if (fullMarksBelowTarget) {
            found.add(indicator(CheckCode.FULL_MARKS_BELOW_TARGET, i, "score",
                    "Full marks for " + quoted(name(i)) + " although the actual " + quoted(i.actual())
                            + " falls short of " + quoted(i.target()) + " (suggested at most " + points(suggestion.max()) + ").",
                    "指标" + quoted(name(i)) + "实际完成值" + quoted(i.actual()) + "未达到" + quoted(i.target())
                            + ",却得满分(建议最高" + points(suggestion.max()) + "分)。"));
        } else if (outsideBand) {
            // with a reason already written the score still stands out for the reviewer, but nothing is missing
            boolean explained = !blank(i.deviation());
            found.add(indicator(CheckCode.SCORE_OUTSIDE_SUGGESTED_BAND, i, "score",
                    "Score " + points(score) + " of " + quoted(name(i)) + " is outside the suggested "
                            + range(suggestion) + " (" + suggestion.basis() + "); "
                            + (explained ? "check that the deviation reason supports it." : "a deviation reason is required."),
                    "指标" + quoted(name(i)) + "得分" + points(score) + "不在建议分值" + range(suggestion) + "内,"
                            + (explained ? "请核对偏差原因是否充分。" : "须说明偏差原因。")));
        }
        if (blank(i.deviation()) && (score.compareTo(weight) < 0 || outsideBand)) {
            found.add(deviationMissing(i, score, weight, outsideBand && score.compareTo(weight) >= 0));
        }
    }

    static CheckResult deviationMissing(Indicator i, BigDecimal score, BigDecimal weight, boolean onlyOutsideBand) {
        String why = onlyOutsideBand ? "is outside the suggested score" : "is below the weight " + number(weight);
        String whyZh = onlyOutsideBand ? "不在建议分值内" : "低于分值" + number(weight);
        return indicator(CheckCode.DEVIATION_REASON_MISSING, i, "deviation",
                "Score " + points(score) + " of " + quoted(name(i)) + " " + why + " but no deviation reason is given.",
                "指标" + quoted(name(i)) + "得分" + points(score) + whyZh + ",未填写偏差原因分析及改进措施。");
    }

    /**
     * Only positive targets. A target of 0 (≥0.00%) is beaten by any actual above 0, which is what makes it too
     * low, so there the ratio is not applied.
     */
    private static void targetTooLow(Indicator i, ScoringPolicy policy, List<CheckResult> found) {
        FigurePair.of(i).filter(p -> p.target().comparison().positive()).ifPresent(p -> {
            BigDecimal target = p.target().number();
            BigDecimal actual = p.actual().number();
            boolean tooLow = target.signum() == 0 ? actual.signum() > 0
                    : target.signum() > 0 && actual.compareTo(target.multiply(policy.targetTooLowRatio())) >= 0;
            if (tooLow) {
                String ratio = number(policy.targetTooLowRatio().movePointRight(2)) + "%";
                found.add(indicator(CheckCode.TARGET_SET_TOO_LOW, i, "target",
                        "Actual " + quoted(i.actual()) + " of " + quoted(name(i)) + " reaches " + ratio
                                + " or more of the target " + quoted(i.target()) + ": the target was set too low.",
                        "指标" + quoted(name(i)) + "实际完成值" + quoted(i.actual()) + "达到年度指标值" + quoted(i.target())
                                + "的" + ratio + "以上,指标值设定偏低。"));
            }
        });
    }

    private static String range(SuggestedScore suggestion) {
        return suggestion.min().compareTo(suggestion.max()) == 0 ? points(suggestion.min())
                : points(suggestion.min()) + "-" + points(suggestion.max());
    }
}
