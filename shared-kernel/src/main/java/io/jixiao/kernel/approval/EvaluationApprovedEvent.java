package io.jixiao.kernel.approval;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.organization.Actor;

/** A review level passed the form; {@code finalApproval} when it was the last level. */
public record EvaluationApprovedEvent(String evaluationId, ReviewLevel level, String unitId, boolean finalApproval, String comment, Actor actor) implements EvaluationEvent {
}
