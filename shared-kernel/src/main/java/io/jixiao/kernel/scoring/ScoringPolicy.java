package io.jixiao.kernel.scoring;

import java.math.BigDecimal;

/**
 * A named scoring policy (docs/DOMAIN.md "Scoring"): data plus the options regions differ on. Chosen per form by
 * name; {@link #NATIONAL} is the default.
 *
 * @param wholePointScores        budget score and suggested scores in whole points: figures half-up (86% of 10
 *                                is 9), band edges inward (partly achieved of 10 is 6 to 7)
 * @param capTotalByExecutionRate total at most 89 / 79 / 69 / 59 below 80% / 70% / 60% / 50% execution
 * @param targetTooLowRatio       an actual at this multiple of a positive target or more flags the target
 * @param adjustedBudgetJumpRatio an adjusted budget above this multiple of the initial one is flagged
 */
public record ScoringPolicy(String name, BigDecimal budgetWeight, BigDecimal indicatorWeight,
                            NegativeIndicatorFormula negativeFormula, boolean wholePointScores,
                            boolean capTotalByExecutionRate, BigDecimal targetTooLowRatio,
                            BigDecimal adjustedBudgetJumpRatio) {

    public static final ScoringPolicy NATIONAL = new ScoringPolicy("NATIONAL", new BigDecimal("10"),
            new BigDecimal("90"), NegativeIndicatorFormula.TARGET_OVER_ACTUAL, false, false,
            new BigDecimal("1.30"), new BigDecimal("3"));

    public static ScoringPolicy byName(String name) {
        if (name == null || name.isBlank() || name.equals(NATIONAL.name())) {
            return NATIONAL;
        }
        throw new IllegalArgumentException("Unknown scoring policy " + name);
    }

    /** Budget weight plus indicator weight: what a complete form's weights add up to. */
    public BigDecimal totalWeight() {
        return budgetWeight.add(indicatorWeight);
    }

    /** The withers below let a region's policy be written as NATIONAL with its differences. */
    public ScoringPolicy withNegativeFormula(NegativeIndicatorFormula formula) {
        return new ScoringPolicy(name, budgetWeight, indicatorWeight, formula, wholePointScores,
                capTotalByExecutionRate, targetTooLowRatio, adjustedBudgetJumpRatio);
    }

    public ScoringPolicy withWholePointScores(boolean whole) {
        return new ScoringPolicy(name, budgetWeight, indicatorWeight, negativeFormula, whole,
                capTotalByExecutionRate, targetTooLowRatio, adjustedBudgetJumpRatio);
    }

    public ScoringPolicy withCapTotalByExecutionRate(boolean cap) {
        return new ScoringPolicy(name, budgetWeight, indicatorWeight, negativeFormula, wholePointScores, cap,
                targetTooLowRatio, adjustedBudgetJumpRatio);
    }

    /** How a negative indicator (target {@code <=}) scores an actual above its target. */
    public enum NegativeIndicatorFormula {
        /** national template: target / actual x weight */
        TARGET_OVER_ACTUAL,
        /** some provinces: (1 - (actual - target) / target) x weight, 0 from twice the target */
        LINEAR_TO_ZERO_AT_DOUBLE
    }
}
