package io.jixiao.kernel.approval;

import io.jixiao.kernel.organization.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The unit takes a submitted form back before any reviewer has passed it (撤回). */
public record WithdrawEvaluationCommand(@TargetAggregateIdentifier String evaluationId, String reason, long expectedVersion, Actor actor) {
}
