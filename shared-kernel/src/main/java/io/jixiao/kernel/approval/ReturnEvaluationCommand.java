package io.jixiao.kernel.approval;

import io.jixiao.kernel.organization.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sends the form back to the implementing unit with a reason (退回). */
public record ReturnEvaluationCommand(@TargetAggregateIdentifier String evaluationId, String reason, long expectedVersion, Actor actor) {
}
