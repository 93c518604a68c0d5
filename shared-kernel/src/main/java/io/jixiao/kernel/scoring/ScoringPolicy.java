package io.jixiao.kernel.scoring;

import java.math.BigDecimal;

/**
 * A named scoring policy (DOMAIN.md "Scoring"): data plus the options regions differ on. Chosen per form by
 * name; {@link #NATIONAL} is the default.
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

    public ScoringPolicy withName(String newName) {
        return new ScoringPolicy(newName, budgetWeight, indicatorWeight, negativeFormula, wholePointScores,
                capTotalByExecutionRate, targetTooLowRatio, adjustedBudgetJumpRatio);
    }

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
