package io.jixiao.kernel.checks;

import io.jixiao.kernel.evaluation.EvaluationState;

import java.util.List;
import java.util.Optional;

import static io.jixiao.kernel.checks.Findings.form;

/**
 * Every threshold figure met exactly (>=95% -> 95%, >=90% -> 90%) reads as actuals copied from the targets.
 * Equality targets (=100%) are left out, since hitting them exactly is the point; one threshold alone is no
 * pattern, so at least two are needed.
 */
final class ThresholdCheck {
    static final int FEWEST_THRESHOLDS = 2;

    private ThresholdCheck() {
    }

    static void allAtThreshold(EvaluationState state, List<CheckResult> found) {
        List<FigurePair> thresholds = state.indicators().stream().map(FigurePair::of).flatMap(Optional::stream)
                .filter(FigurePair::threshold).toList();
        if (thresholds.size() >= FEWEST_THRESHOLDS && thresholds.stream().allMatch(FigurePair::actualOnThreshold)) {
            found.add(form(CheckCode.ACTUALS_ALL_AT_THRESHOLD, "indicators.actual",
                    "All " + thresholds.size() + " threshold indicators report exactly their threshold as actual.",
                    "全部" + thresholds.size() + "项门槛类定量指标的实际完成值均恰好等于指标值。"));
        }
    }
}
