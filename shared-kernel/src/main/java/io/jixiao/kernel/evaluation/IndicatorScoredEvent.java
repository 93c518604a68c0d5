package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** An indicator's 得分 and deviation reason now read as given. */
@Revision("1")
public record IndicatorScoredEvent(String evaluationId, String indicatorId, BigDecimal score, String deviation, String reason, Actor actor) implements EvaluationEvent {
}
