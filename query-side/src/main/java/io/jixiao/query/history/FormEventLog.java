package io.jixiao.query.history;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A form's raw events, read from Axon's event store from the first one on. The one-argument
 * {@code readEvents(id)} starts at the latest snapshot and would hide everything before it, so it is never used here.
 */
@Component
public class FormEventLog {
    private final ObjectProvider<EventStore> eventStore;

    /**
     * The event store is looked up on first use: it comes from the Axon configuration around the command side's
     * storage engine, which a context of the query side alone does not have.
     */
    public FormEventLog(ObjectProvider<EventStore> eventStore) {
        this.eventStore = eventStore;
    }

    /** Blocking: call it off the event loop. Empty when no such form was ever drafted. */
    public List<RecordedEvent> read(String evaluationId) {
        List<RecordedEvent> events = new ArrayList<>();
        DomainEventStream stream = eventStore.getObject().readEvents(evaluationId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof EvaluationEvent event) {
                events.add(new RecordedEvent(message.getSequenceNumber(), message.getTimestamp(), event));
            }
        }
        return events;
    }
}
