package io.jixiao.kernel.approval;

import io.jixiao.kernel.organization.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sends the form up its review chain; the chain is resolved from the organization at submission and recorded. */
public record SubmitEvaluationCommand(@TargetAggregateIdentifier String evaluationId, String comment, long expectedVersion, Actor actor) {
}
