package io.jixiao.kernel.scoring;

import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.Indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The scoring rules of docs/DOMAIN.md as pure functions. */
public final class Scoring {
    /** Highest total per execution rate band, for policies that cap: below 50% at most 59, and so on. */
    private static final BigDecimal[][] RATE_CAPS = {
            {new BigDecimal("50"), new BigDecimal("59")},
            {new BigDecimal("60"), new BigDecimal("69")},
            {new BigDecimal("70"), new BigDecimal("79")},
            {new BigDecimal("80"), new BigDecimal("89")}};

    private Scoring() {
    }

    /** 执行率 = executed / adjusted, in percent rounded half-up to 2 decimals; null if either is missing or adjusted is 0. */
    public static BigDecimal executionRate(BigDecimal adjustedBudget, BigDecimal executed) {
        if (adjustedBudget == null || executed == null || adjustedBudget.signum() == 0) {
            return null;
        }
        return executed.multiply(ScoreRounding.HUNDRED).divide(adjustedBudget, 2, RoundingMode.HALF_UP);
    }

    /** 执行率 of one row of the funds table. */
    public static BigDecimal executionRate(FundLine line) {
        return executionRate(line.adjustedBudget(), line.executed());
    }

    /**
     * min(rate, 100%) x budget weight, 2 decimals (whole points where the policy says). Computed from the rate
     * as rounded to 2 decimals, as the seed vectors do (97.15% gives 9.72, where the unrounded 97.1498% would
     * give 9.71).
     */
    public static BigDecimal budgetScore(BigDecimal executionRatePercent, ScoringPolicy policy) {
        if (executionRatePercent == null) {
            return null;
        }
        BigDecimal rate = executionRatePercent.max(BigDecimal.ZERO).min(ScoreRounding.HUNDRED);
        return ScoreRounding.divide(rate.multiply(policy.budgetWeight()), ScoreRounding.HUNDRED, policy);
    }

    /** The score an indicator's actual value implies, or null where target or actual cannot be judged. */
    public static SuggestedScore suggest(String target, String actual, BigDecimal weight, ScoringPolicy policy) {
        return judge(target, actual, weight, policy).suggestion();
    }

    /** The suggestion together with why there is none or what is odd about the pair (see {@link IndicatorJudge}). */
    public static Judgement judge(String target, String actual, BigDecimal weight, ScoringPolicy policy) {
        return IndicatorJudge.judge(target, actual, weight, policy);
    }

    public static Judgement judge(Indicator indicator, ScoringPolicy policy) {
        return judge(indicator.target(), indicator.actual(), indicator.weight(), policy);
    }

    /**
     * The highest total the execution rate allows under a capping policy, or null where there is no cap (rate
     * 80% or more, or a policy that does not cap).
     */
    public static BigDecimal totalCap(BigDecimal executionRatePercent, ScoringPolicy policy) {
        if (!policy.capTotalByExecutionRate() || executionRatePercent == null) {
            return null;
        }
        for (BigDecimal[] band : RATE_CAPS) {
            if (executionRatePercent.compareTo(band[0]) < 0) {
                return band[1];
            }
        }
        return null;
    }

    /**
     * Everything computed for a form: rate, budget score, suggestions, total, grade. Total and grade stay null
     * while the rate is unknown; indicators not scored yet add nothing to the total.
     */
    public static ScoreSheet score(EvaluationState state, ScoringPolicy policy) {
        BigDecimal rate = executionRate(state.funds().total());
        BigDecimal budgetScore = budgetScore(rate, policy);
        Map<String, SuggestedScore> suggestions = new LinkedHashMap<>();
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal scores = BigDecimal.ZERO;
        for (Indicator indicator : state.indicators()) {
            SuggestedScore suggestion = suggest(indicator.target(), indicator.actual(), indicator.weight(), policy);
            if (suggestion != null) {
                suggestions.put(indicator.indicatorId(), suggestion);
            }
            weights = indicator.weight() == null ? weights : weights.add(indicator.weight());
            scores = indicator.score() == null ? scores : scores.add(indicator.score());
        }
        BigDecimal total = budgetScore == null ? null : budgetScore.add(scores);
        BigDecimal cap = totalCap(rate, policy);
        if (total != null && cap != null && total.compareTo(cap) > 0) {
            total = cap.setScale(2);
        }
        return new ScoreSheet(rate, policy.budgetWeight(), budgetScore, suggestions, weights, scores, total,
                total == null ? null : Grade.of(total), policy.budgetWeight().add(weights));
    }
}
