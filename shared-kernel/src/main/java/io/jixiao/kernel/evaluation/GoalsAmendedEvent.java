package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import org.axonframework.serialization.Revision;

/** The annual goals now read {@code goals}. */
@Revision("1")
public record GoalsAmendedEvent(String evaluationId, Goals goals, String reason, Actor actor) implements EvaluationEvent {
}
