package io.jixiao.command.evaluation;

import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Gives the forms stored before {@link ProjectYearKeys} existed their keys: once per installation, read from the
 * event store (the drafts alone carry unit, year, name and code), then marked done. Run before the instance takes
 * commands. Idempotent, so a start interrupted half way simply fills again; dropping the collection refills it at
 * the next start.
 */
final class ExistingFormKeys {
    private static final Logger log = LoggerFactory.getLogger(ExistingFormKeys.class);

    private ExistingFormKeys() {
    }

    static void fillOnce(ProjectYearKeys keys, EventStorageEngine eventStore) {
        if (keys.filled()) {
            return;
        }
        long start = System.nanoTime();
        long forms = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = eventStore.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> stored = events.iterator();
            while (stored.hasNext()) {
                TrackedEventMessage<?> event = stored.next();
                if (EvaluationDraftedEvent.class.equals(event.getPayloadType())) {
                    fill(keys, (EvaluationDraftedEvent) event.getPayload());
                    forms++;
                }
            }
        }
        keys.markFilled(forms);
        log.info("Project keys of {} stored forms filled in from the event store in {} ms", forms,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void fill(ProjectYearKeys keys, EvaluationDraftedEvent drafted) {
        for (ProjectYearKey key : ProjectYearKey.of(drafted)) {
            String holder = keys.fill(key, drafted.evaluationId());
            if (!holder.equals(drafted.evaluationId())) {
                log.warn("Forms {} and {} were both drafted for {} before one form per project and year was "
                        + "enforced; {} keeps the key, new drafts of that project are refused", holder,
                        drafted.evaluationId(), key.id(), holder);
            }
        }
    }
}
