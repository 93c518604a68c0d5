package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import org.axonframework.serialization.Revision;

/** An indicator's 实际完成值 now reads {@code actual}. */
@Revision("1")
public record ActualValueAmendedEvent(String evaluationId, String indicatorId, String actual, String reason, Actor actor) implements EvaluationEvent {
}
