package io.jixiao.kernel.evaluation;

/** The current form as the read model holds it. */
public record FindEvaluationQuery(String evaluationId) {
}
