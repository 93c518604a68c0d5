package io.jixiao.kernel.scoring;

import io.jixiao.kernel.evaluation.EvaluationState;

import java.math.BigDecimal;

/** The scoring rules of DOMAIN.md as pure functions. */
public final class Scoring {
    private Scoring() {
    }

    /** 执行率 = executed / adjusted, in percent rounded half-up to 2 decimals; null if either is missing or adjusted is 0. */
    public static BigDecimal executionRate(BigDecimal adjustedBudget, BigDecimal executed) {
        throw new UnsupportedOperationException("kernel scoring");
    }

    /** min(rate, 100%) x budget weight, 2 decimals (whole points where the policy says). */
    public static BigDecimal budgetScore(BigDecimal executionRatePercent, ScoringPolicy policy) {
        throw new UnsupportedOperationException("kernel scoring");
    }

    /** The score an indicator's actual value implies, or null where target or actual cannot be judged. */
    public static SuggestedScore suggest(String target, String actual, BigDecimal weight, ScoringPolicy policy) {
        throw new UnsupportedOperationException("kernel scoring");
    }

    /** Everything computed for a form: rate, budget score, suggestions, total, grade. */
    public static ScoreSheet score(EvaluationState state, ScoringPolicy policy) {
        throw new UnsupportedOperationException("kernel scoring");
    }
}
