package io.jixiao.query.evaluation;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.evaluation.FindEvaluationQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps one document per form in {@value EvaluationFormStore#COLLECTION}: the kernel fold's state and the form as
 * answered. The aggregate's sequence number makes it idempotent: an event the document already counts is skipped.
 * <p>
 * Each stored form goes to the subscribers of its {@link FindEvaluationQuery} (the live form view), except during a
 * replay: the rebuilt form ends where the live one stood, and a screen must not rewind through its past meanwhile.
 */
@Component
@ProcessingGroup(EvaluationFormProjection.PROCESSING_GROUP)
public class EvaluationFormProjection {
    public static final String PROCESSING_GROUP = "evaluation-forms";
    private static final Logger log = LoggerFactory.getLogger(EvaluationFormProjection.class);

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
        EvaluationState before = store.state(event.evaluationId()).orElse(EvaluationState.EMPTY);
        Optional<EvaluationState> next = EvaluationFold.evolveAt(before, event, sequenceNumber);
        if (next.isEmpty()) {
            return;
        }
        EvaluationState after = next.get();
        Document form = view.of(after, timestamp);
        if (!store.save(after, form, before.version())) {
            log.debug("Form {} already moved past version {} elsewhere", after.evaluationId(), before.version());
            return;
        }
        if (updates != null && !replayStatus.isReplay()) {
            // Axon holds the update back until this unit of work commits, so a subscriber never sees a form
            // that was rolled back.
            updates.emit(FindEvaluationQuery.class, query -> query.evaluationId().equals(after.evaluationId()), form);
        }
    }

    @ResetHandler
    public void reset() {
        store.drop();
    }
}
