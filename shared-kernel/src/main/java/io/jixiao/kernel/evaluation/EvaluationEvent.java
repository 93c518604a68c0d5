package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;

/** Every event of a form says which form and who caused it; the event store's timestamp says when. */
public interface EvaluationEvent {
    String evaluationId();

    Actor actor();
}
