package io.jixiao.query.history;

import io.jixiao.kernel.evaluation.EvaluationEvent;

import java.time.Instant;

/** One stored event of a form: its sequence number (0 for the draft), when the event store recorded it, what it says. */
public record RecordedEvent(long sequence, Instant time, EvaluationEvent event) {
}
