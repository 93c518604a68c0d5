package io.jixiao.query.comparison;

import io.jixiao.query.dashboard.Money;

/**
 * A year against the one before it in the comparison: differences (this year minus the previous), amounts in 元
 * and 万元, the rate and the average score in points; null where either year lacks the figure.
 */
public record YearChange(int forms, Money adjustedBudget, Money executed, String executionRatePoints,
                         String averageScorePoints) {
}
