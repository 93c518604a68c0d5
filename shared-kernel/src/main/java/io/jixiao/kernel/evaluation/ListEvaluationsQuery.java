package io.jixiao.kernel.evaluation;

/** Summaries of the forms of a year and a unit subtree, optionally of one status; null means any. */
public record ListEvaluationsQuery(Integer fiscalYear, String unitId, EvaluationStatus status) {
}
