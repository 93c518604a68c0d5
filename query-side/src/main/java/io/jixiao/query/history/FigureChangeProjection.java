package io.jixiao.query.history;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Writes every figure amendment of every form into {@link FigureChangeStore} for the audit search, with the same
 * entries the form's history shows. Drafts and workflow steps are not figure changes and are left to each form's
 * history. Idempotent: an event the stored state already counts is skipped, and every write is an upsert by a key
 * derived from the event.
 */
@Component
@ProcessingGroup(FigureChangeProjection.PROCESSING_GROUP)
public class FigureChangeProjection {
    public static final String PROCESSING_GROUP = "figure-changes";
    private static final Logger log = LoggerFactory.getLogger(FigureChangeProjection.class);

    private final FigureChangeStore store;

    public FigureChangeProjection(FigureChangeStore store) {
        this.store = store;
    }

    @EventHandler
    public void on(EvaluationEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant timestamp) {
        EvaluationState before = store.state(event.evaluationId()).orElse(EvaluationState.EMPTY);
        Optional<EvaluationState> next = EvaluationFold.evolveAt(before, event, sequenceNumber);
        if (next.isEmpty()) {
            return;
        }
        EvaluationState after = next.get();
        FormTimeline.Step step = new FormTimeline.Step(new RecordedEvent(sequenceNumber, timestamp, event), before,
                after);
        for (FigureChangeDocuments.Written written : FigureChangeDocuments.of(step)) {
            store.record(written.change(), written.key());
        }
        if (!store.saveState(after, before.version())) {
            log.debug("Form {} already moved past version {} elsewhere", after.evaluationId(), before.version());
        }
    }

    @ResetHandler
    public void reset() {
        store.drop();
    }
}
