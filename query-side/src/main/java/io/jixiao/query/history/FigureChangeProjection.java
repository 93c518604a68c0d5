package io.jixiao.query.history;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.query.projection.ProjectionBatches;
import io.jixiao.query.projection.TouchedForms;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every figure amendment of every form into {@link FigureChangeStore} for the audit search, with the same
 * entries the form's history shows. Drafts and workflow steps are not figure changes and are left to each form's
 * history. Idempotent: an event the stored state already counts is skipped, and every write is an upsert by a key
 * derived from the event. A batch of events writes its changes, their keys and the touched forms' states in one bulk
 * write each ({@link ProjectionBatches}).
 */
@Component
@ProcessingGroup(FigureChangeProjection.PROCESSING_GROUP)
public class FigureChangeProjection {
    public static final String PROCESSING_GROUP = "figure-changes";
    /** Bump when a change of this projection needs its documents rebuilt. */
    public static final int VERSION = 1;
    private static final String BATCH = FigureChangeProjection.class.getName();

    private final FigureChangeStore store;

    public FigureChangeProjection(FigureChangeStore store) {
        this.store = store;
    }

    @EventHandler
    public void on(EvaluationEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant timestamp) {
        Batch batch = ProjectionBatches.current(BATCH, () -> new Batch(store.touched()));
        batch.forms.fold(event, sequenceNumber, timestamp).ifPresent(step -> batch.changes.addAll(
                FigureChangeDocuments.of(new FormTimeline.Step(new RecordedEvent(sequenceNumber, timestamp, event),
                        step.before(), step.after()))));
        if (ProjectionBatches.atLastEvent()) {
            write(batch);
        }
    }

    /** The changes and their keys first, the states after them: a redelivered batch writes the same changes. */
    private void write(Batch batch) {
        store.recordAll(batch.changes);
        List<EvaluationState> states = new ArrayList<>();
        List<Long> previousVersions = new ArrayList<>();
        for (TouchedForms.Form form : batch.forms.all()) {
            if (form.changed()) {
                states.add(form.state());
                previousVersions.add(form.storedVersion());
            }
        }
        batch.forms.written(store.saveStates(states, previousVersions));
    }

    /** The forms of one batch and the changes their events made, in event order. */
    private static final class Batch {
        private final TouchedForms forms;
        private final List<FigureChangeDocuments.Written> changes = new ArrayList<>();

        private Batch(TouchedForms forms) {
            this.forms = forms;
        }
    }

    @ResetHandler
    public void reset() {
        store.drop();
    }
}
