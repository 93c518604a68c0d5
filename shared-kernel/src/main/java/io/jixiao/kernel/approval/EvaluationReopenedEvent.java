package io.jixiao.kernel.approval;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.organization.Actor;

/** An approved form was reopened for amendment. */
public record EvaluationReopenedEvent(String evaluationId, String reason, Actor actor) implements EvaluationEvent {
}
