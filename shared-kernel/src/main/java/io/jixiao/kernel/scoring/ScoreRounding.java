package io.jixiao.kernel.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores are kept with 2 decimals; under a whole-point policy they are whole numbers written with 2 decimals. */
final class ScoreRounding {
    static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private ScoreRounding() {
    }

    static BigDecimal step(ScoringPolicy policy) {
        return policy.wholePointScores() ? BigDecimal.ONE : CENT;
    }

    /** numerator / denominator rounded half-up to the policy's step. */
    static BigDecimal divide(BigDecimal numerator, BigDecimal denominator, ScoringPolicy policy) {
        int scale = policy.wholePointScores() ? 0 : 2;
        return numerator.divide(denominator, scale, RoundingMode.HALF_UP).setScale(2);
    }

    static BigDecimal round(BigDecimal value, ScoringPolicy policy) {
        return divide(value, BigDecimal.ONE, policy);
    }

    /** The smallest multiple of the step at or above {@code value}. */
    static BigDecimal ceilToStep(BigDecimal value, ScoringPolicy policy) {
        BigDecimal step = step(policy);
        return value.divide(step, 0, RoundingMode.CEILING).multiply(step).setScale(2);
    }

    /** The largest multiple of the step at or below {@code value}. */
    static BigDecimal floorToStep(BigDecimal value, ScoringPolicy policy) {
        BigDecimal step = step(policy);
        return value.divide(step, 0, RoundingMode.FLOOR).multiply(step).setScale(2);
    }

    /** The largest multiple of the step strictly below {@code value}. */
    static BigDecimal belowStep(BigDecimal value, ScoringPolicy policy) {
        return ceilToStep(value, policy).subtract(step(policy));
    }

    static BigDecimal clamp(BigDecimal value, BigDecimal weight) {
        if (value.signum() < 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return value.compareTo(weight) > 0 ? weight.setScale(2, RoundingMode.HALF_UP) : value;
    }
}
