package io.jixiao.query.dashboard;

import io.jixiao.kernel.evaluation.EvaluationState;

import java.time.Instant;

/**
 * What the dashboard projection keeps of one form between its events: the fold's state and what the state does
 * not remember, the time of its first submission.
 */
public record FormRecord(EvaluationState state, Instant firstSubmittedAt) {
    static final FormRecord NONE = new FormRecord(EvaluationState.EMPTY, null);
}
