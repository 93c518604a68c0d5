package io.jixiao.kernel.approval;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.organization.Actor;
import org.axonframework.serialization.Revision;

/** A reviewer sent the form back to the unit. */
@Revision("1")
public record EvaluationReturnedEvent(String evaluationId, ReviewLevel level, String reason, Actor actor) implements EvaluationEvent {
}
