package io.jixiao.kernel.approval;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.organization.Actor;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The form was submitted and waits at the first step of {@code chain}. */
@Revision("1")
public record EvaluationSubmittedEvent(String evaluationId, String comment, List<ReviewStep> chain, Actor actor) implements EvaluationEvent {
}
