package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;

/** The annual goals now read {@code goals}. */
public record GoalsAmendedEvent(String evaluationId, Goals goals, String reason, Actor actor) implements EvaluationEvent {
}
