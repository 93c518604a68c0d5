package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import org.axonframework.serialization.Revision;

/** An indicator was removed. */
@Revision("1")
public record IndicatorRemovedEvent(String evaluationId, String indicatorId, String reason, Actor actor) implements EvaluationEvent {
}
