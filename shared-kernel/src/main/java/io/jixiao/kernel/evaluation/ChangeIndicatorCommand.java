package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes an indicator's categories, name, target or weight (only before the first submission). */
public record ChangeIndicatorCommand(@TargetAggregateIdentifier String evaluationId, String indicatorId, String level1, String level2, String name, String target, BigDecimal weight, String reason, long expectedVersion, Actor actor) {
}
