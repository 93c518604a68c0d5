package io.jixiao.query.evaluation;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.FindEvaluationQuery;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.projection.ProjectionBatches;
import io.jixiao.query.projection.TouchedForms;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps one document per form in {@value EvaluationFormStore#COLLECTION}: the kernel fold's state and the form as
 * answered. The aggregate's sequence number makes it idempotent: an event the document already counts is skipped.
 * Events come in batches ({@link ProjectionBatches}): each form a batch touched is answered and written once, in one
 * bulk write for the batch.
 * <p>
 * Each stored form goes once per batch to the subscribers of its {@link FindEvaluationQuery} (the live form view),
 * except during a replay: the rebuilt form ends where the live one stood, and a screen must not rewind through its
 * past meanwhile.
 */
@Component
@ProcessingGroup(EvaluationFormProjection.PROCESSING_GROUP)
public class EvaluationFormProjection {
    public static final String PROCESSING_GROUP = "evaluation-forms";
    /** Bump when a change of this projection needs its documents rebuilt. */
    public static final int VERSION = 1;
    private static final String BATCH = EvaluationFormProjection.class.getName();

    private final EvaluationFormStore store;
    private final EvaluationFormView view;
    /** Null where no query bus runs (the read model on its own): then nobody can be subscribed either. */
    private final QueryUpdateEmitter updates;

    /** A projection whose forms nobody watches live. */
    public EvaluationFormProjection(EvaluationFormStore store, Organization organization, EvaluationRules rules) {
        this.store = store;
        this.view = new EvaluationFormView(organization, rules);
        this.updates = null;
    }

    @Autowired
    public EvaluationFormProjection(EvaluationFormStore store, Organization organization, EvaluationRules rules,
                                    ObjectProvider<QueryUpdateEmitter> updates) {
        this.store = store;
        this.view = new EvaluationFormView(organization, rules);
        this.updates = updates.getIfAvailable();
    }

    /** An event as it arrives live (not replayed). */
    public void on(EvaluationEvent event, long sequenceNumber, Instant timestamp) {
        on(event, sequenceNumber, timestamp, ReplayStatus.REGULAR);
    }

    @EventHandler
    public void on(EvaluationEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant timestamp,
                   ReplayStatus replayStatus) {
        Batch batch = ProjectionBatches.current(BATCH, () -> new Batch(store.touched()));
        if (batch.forms.fold(event, sequenceNumber, timestamp).isPresent() && !replayStatus.isReplay()) {
            batch.live.add(event.evaluationId());
        }
        if (ProjectionBatches.atLastEvent()) {
            write(batch);
        }
    }

    /** Every changed form once, as the batch leaves it; then the live screens of those that changed live. */
    private void write(Batch batch) {
        List<EvaluationFormStore.Saved> saved = new ArrayList<>();
        for (TouchedForms.Form form : batch.forms.all()) {
            if (form.changed()) {
                saved.add(new EvaluationFormStore.Saved(form.state(), view.of(form.state(), form.lastChangedAt()),
                        form.storedVersion()));
            }
        }
        batch.forms.written(store.saveAll(saved));
        if (updates == null) {
            return;
        }
        for (EvaluationFormStore.Saved form : saved) {
            String evaluationId = form.state().evaluationId();
            if (batch.live.contains(evaluationId)) {
                // Axon holds the update back until the batch's unit of work commits, so a subscriber never sees a
                // form that was rolled back.
                updates.emit(FindEvaluationQuery.class, query -> query.evaluationId().equals(evaluationId),
                        form.form());
            }
        }
    }

    /** The forms of one batch, and which of them changed by events that were not replayed. */
    private static final class Batch {
        private final TouchedForms forms;
        private final Set<String> live = new HashSet<>();

        private Batch(TouchedForms forms) {
            this.forms = forms;
        }
    }

    @ResetHandler
    public void reset() {
        store.drop();
    }
}
