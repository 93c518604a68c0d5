package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** An indicator was added. */
@Revision("1")
public record IndicatorAddedEvent(String evaluationId, String indicatorId, String level1, String level2, String name, String target, BigDecimal weight, String reason, Actor actor) implements EvaluationEvent {
}
