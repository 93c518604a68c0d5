package io.jixiao.query.comparison;

import io.jixiao.query.dashboard.Money;

/** One form of the project: its year's figures. Amounts in 元 and 万元; rate and scores as decimal strings. */
public record ProjectYear(int fiscalYear, String evaluationId, MatchedBy matchedBy, String projectName,
                          String projectCode, String status, long version, String amountUnit, Money adjustedBudget,
                          Money executed, String executionRate, String budgetWeight, String budgetScore,
                          String totalScore, String grade) {
}
