package io.jixiao.kernel.scoring;

import io.jixiao.kernel.scoring.IndicatorValue.Comparison;

import java.math.BigDecimal;

/**
 * The formulas for figures (docs/DOMAIN.md "Scoring"). A strict comparison (> or <) is scored like its inclusive
 * twin: the forms never tell the boundary figure apart, and a boundary actual there is a target-setting
 * problem, not a scoring one. A target without a comparison is a figure to reach, scored like {@code =}.
 */
final class QuantityScoring {
    private QuantityScoring() {
    }

    static SuggestedScore score(Comparison comparison, BigDecimal target, BigDecimal actual, BigDecimal weight,
                                ScoringPolicy policy) {
        if (comparison.negative()) {
            return negative(target, actual, weight, policy);
        }
        if (comparison.positive()) {
            return positive(target, actual, weight, policy, "positive");
        }
        return equality(target, actual, weight, policy);
    }

    private static SuggestedScore positive(BigDecimal target, BigDecimal actual, BigDecimal weight,
                                           ScoringPolicy policy, String kind) {
        if (actual.compareTo(target) >= 0) {
            return full(weight, kind + ": " + plain(actual) + " meets " + plain(target));
        }
        BigDecimal score = ScoreRounding.clamp(
                ScoreRounding.divide(actual.multiply(weight), target, policy), weight);
        return point(score, kind + ": " + plain(actual) + " / " + plain(target) + " x " + plain(weight));
    }

    private static SuggestedScore negative(BigDecimal target, BigDecimal actual, BigDecimal weight,
                                           ScoringPolicy policy) {
        if (actual.compareTo(target) <= 0) {
            return full(weight, "negative: " + plain(actual) + " within " + plain(target));
        }
        if (target.signum() <= 0) {
            return point(zero(), "negative: any " + plain(actual) + " above a target of " + plain(target) + " scores 0");
        }
        return switch (policy.negativeFormula()) {
            case TARGET_OVER_ACTUAL -> point(
                    ScoreRounding.clamp(ScoreRounding.divide(target.multiply(weight), actual, policy), weight),
                    "negative: " + plain(target) + " / " + plain(actual) + " x " + plain(weight));
            case LINEAR_TO_ZERO_AT_DOUBLE -> point(
                    ScoreRounding.clamp(ScoreRounding.divide(
                            target.add(target).subtract(actual).multiply(weight), target, policy), weight),
                    "negative: (1 - (" + plain(actual) + " - " + plain(target) + ") / " + plain(target) + ") x "
                            + plain(weight) + ", 0 from " + plain(target.add(target)));
        };
    }

    private static SuggestedScore equality(BigDecimal target, BigDecimal actual, BigDecimal weight,
                                           ScoringPolicy policy) {
        if (target.signum() == 0) {
            return actual.signum() == 0
                    ? full(weight, "equality: 0 as required")
                    : point(zero(), "equality: " + plain(actual) + " where 0 is required");
        }
        return positive(target, actual, weight, policy, "equality");
    }

    private static SuggestedScore full(BigDecimal weight, String basis) {
        BigDecimal score = weight.setScale(2, java.math.RoundingMode.HALF_UP);
        return new SuggestedScore(score, score, basis + ", full " + plain(weight));
    }

    private static SuggestedScore point(BigDecimal score, String basis) {
        return new SuggestedScore(score, score, basis + " = " + score.toPlainString());
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
