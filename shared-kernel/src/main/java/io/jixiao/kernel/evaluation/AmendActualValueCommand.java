package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records or corrects an indicator's 实际完成值. */
public record AmendActualValueCommand(@TargetAggregateIdentifier String evaluationId, String indicatorId, String actual, String reason, long expectedVersion, Actor actor) {
}
