package io.jixiao.kernel.approval;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.organization.Actor;
import org.axonframework.serialization.Revision;

/** The unit took its submission back before review started. */
@Revision("1")
public record EvaluationWithdrawnEvent(String evaluationId, String reason, Actor actor) implements EvaluationEvent {
}
