package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** An indicator's definition now reads as given. */
@Revision("1")
public record IndicatorChangedEvent(String evaluationId, String indicatorId, String level1, String level2, String name, String target, BigDecimal weight, String reason, Actor actor) implements EvaluationEvent {
}
