package io.jixiao.kernel.approval;

import io.jixiao.kernel.organization.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Passes the form at the current review level. */
public record ApproveEvaluationCommand(@TargetAggregateIdentifier String evaluationId, String comment, long expectedVersion, Actor actor) {
}
