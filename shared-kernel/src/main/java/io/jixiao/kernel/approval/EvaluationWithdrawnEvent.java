package io.jixiao.kernel.approval;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.organization.Actor;

/** The unit took its submission back before review started. */
public record EvaluationWithdrawnEvent(String evaluationId, String reason, Actor actor) implements EvaluationEvent {
}
