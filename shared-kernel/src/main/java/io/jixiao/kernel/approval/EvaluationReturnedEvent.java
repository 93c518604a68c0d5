package io.jixiao.kernel.approval;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.organization.Actor;

/** A reviewer sent the form back to the unit. */
public record EvaluationReturnedEvent(String evaluationId, ReviewLevel level, String reason, Actor actor) implements EvaluationEvent {
}
