package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;

/** An indicator's 实际完成值 now reads {@code actual}. */
public record ActualValueAmendedEvent(String evaluationId, String indicatorId, String actual, String reason, Actor actor) implements EvaluationEvent {
}
