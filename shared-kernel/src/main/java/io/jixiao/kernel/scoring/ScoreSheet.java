package io.jixiao.kernel.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Everything computed from a form's figures under a policy.
 *
 * @param executionRate  执行率 in percent, 2 decimals, of the total row; null while a figure is missing
 * @param budgetScore    the budget execution score; null while the rate is unknown
 * @param suggestions    suggested score per indicator id; an indicator whose value cannot be judged is absent
 * @param totalScore     budget score plus the given indicator scores (capped where the policy says)
 * @param weightTotal    budget weight plus all indicator weights (100 on a complete form)
 */
public record ScoreSheet(BigDecimal executionRate, BigDecimal budgetWeight, BigDecimal budgetScore,
                         Map<String, SuggestedScore> suggestions, BigDecimal indicatorWeightTotal,
                         BigDecimal indicatorScoreTotal, BigDecimal totalScore, Grade grade, BigDecimal weightTotal) {
    public ScoreSheet {
        suggestions = Map.copyOf(suggestions);
    }
}
