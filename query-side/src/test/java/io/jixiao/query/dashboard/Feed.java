package io.jixiao.query.dashboard;

import io.jixiao.kernel.evaluation.EvaluationEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Hands events to the projection as Axon would: each form's sequence numbers in order, a clock moving on. */
public final class Feed {
    private final UnitDashboardProjection projection;
    private final Map<String, Long> nextSequence = new HashMap<>();
    private Instant time;

    public Feed(UnitDashboardProjection projection, Instant start) {
        this.projection = projection;
        this.time = start;
    }

    public Feed apply(EvaluationEvent... events) {
        for (EvaluationEvent event : events) {
            long sequence = nextSequence.getOrDefault(event.evaluationId(), 0L);
            projection.on(event, sequence, time);
            nextSequence.put(event.evaluationId(), sequence + 1);
            time = time.plus(Duration.ofMinutes(1));
        }
        return this;
    }

    public Feed at(Instant when) {
        time = when;
        return this;
    }
}
