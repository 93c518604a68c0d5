package io.jixiao.query.evaluation;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.organization.Organization;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps one document per form in {@value EvaluationFormStore#COLLECTION}: the kernel fold's state and the form as
 * answered. The aggregate's sequence number makes it idempotent: an event the document already counts is skipped.
 */
@Component
@ProcessingGroup(EvaluationFormProjection.PROCESSING_GROUP)
public class EvaluationFormProjection {
    public static final String PROCESSING_GROUP = "evaluation-forms";
    private static final Logger log = LoggerFactory.getLogger(EvaluationFormProjection.class);

    private final EvaluationFormStore store;
    private final EvaluationFormView view;

    public EvaluationFormProjection(EvaluationFormStore store, Organization organization, EvaluationRules rules) {
        this.store = store;
        this.view = new EvaluationFormView(organization, rules);
    }

    @EventHandler
    public void on(EvaluationEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant timestamp) {
        EvaluationState before = store.state(event.evaluationId()).orElse(EvaluationState.EMPTY);
        if (sequenceNumber < before.version()) {
            return;
        }
        if (sequenceNumber > before.version()) {
            // Applying it would fold over a missing event and store a form that never existed.
            throw new IllegalStateException("Form " + event.evaluationId() + " stands at version " + before.version()
                    + " but received the event with sequence number " + sequenceNumber);
        }
        EvaluationState after = EvaluationFold.evolve(before, event);
        if (!after.exists()) {
            throw new IllegalStateException("Form " + event.evaluationId() + " was never drafted");
        }
        if (!store.save(after, view.of(after, timestamp), before.version())) {
            log.debug("Form {} already moved past version {} elsewhere", after.evaluationId(), before.version());
        }
    }

    @ResetHandler
    public void reset() {
        store.drop();
    }
}
