package io.jixiao.kernel.approval;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.organization.Actor;
import org.axonframework.serialization.Revision;

/** An approved form was reopened for amendment. */
@Revision("1")
public record EvaluationReopenedEvent(String evaluationId, String reason, Actor actor) implements EvaluationEvent {
}
