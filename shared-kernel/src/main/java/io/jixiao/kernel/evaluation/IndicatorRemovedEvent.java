package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;

/** An indicator was removed. */
public record IndicatorRemovedEvent(String evaluationId, String indicatorId, String reason, Actor actor) implements EvaluationEvent {
}
