package io.jixiao.kernel.approval;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.organization.Actor;
import org.axonframework.serialization.Revision;

/** A review level passed the form; {@code finalApproval} when it was the last level. */
@Revision("1")
public record EvaluationApprovedEvent(String evaluationId, ReviewLevel level, String unitId, boolean finalApproval, String comment, Actor actor) implements EvaluationEvent {
}
