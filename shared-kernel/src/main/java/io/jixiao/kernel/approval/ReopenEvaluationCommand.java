package io.jixiao.kernel.approval;

import io.jixiao.kernel.organization.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopens an approved form for amendment, on the record and with a reason. */
public record ReopenEvaluationCommand(@TargetAggregateIdentifier String evaluationId, String reason, long expectedVersion, Actor actor) {
}
