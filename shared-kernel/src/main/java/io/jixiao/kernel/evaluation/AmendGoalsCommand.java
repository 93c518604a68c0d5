package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes the annual goals; a null text stays as it is. */
public record AmendGoalsCommand(@TargetAggregateIdentifier String evaluationId, String expected, String actual, String reason, long expectedVersion, Actor actor) {
}
