package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds an indicator (only before the first submission). */
public record AddIndicatorCommand(@TargetAggregateIdentifier String evaluationId, String level1, String level2, String name, String target, BigDecimal weight, String reason, long expectedVersion, Actor actor) {
}
