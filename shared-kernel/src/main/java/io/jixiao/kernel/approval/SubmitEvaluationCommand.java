package io.jixiao.kernel.approval;

import io.jixiao.kernel.organization.Actor;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sends the form up its review chain (the chain is resolved from the organization at submission). */
public record SubmitEvaluationCommand(@TargetAggregateIdentifier String evaluationId, String comment, List<ReviewStep> chain, long expectedVersion, Actor actor) {
}
