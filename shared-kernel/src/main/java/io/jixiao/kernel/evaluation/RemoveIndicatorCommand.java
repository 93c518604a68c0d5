package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes an indicator (only before the first submission). */
public record RemoveIndicatorCommand(@TargetAggregateIdentifier String evaluationId, String indicatorId, String reason, long expectedVersion, Actor actor) {
}
