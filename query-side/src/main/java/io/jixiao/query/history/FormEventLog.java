package io.jixiao.query.history;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.platform.eventstore.EventStreamReader;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** A form's raw events, read from the event store from the first one on (never from a snapshot). */
@Component
public class FormEventLog {
    private final ObjectProvider<EventStreamReader> eventStore;

    /**
     * The event store is looked up on first use: it comes from the Axon configuration around the platform's
     * storage engine, which a context of the query side's beans alone (in tests) does not have.
     */
    public FormEventLog(ObjectProvider<EventStreamReader> eventStore) {
        this.eventStore = eventStore;
    }

    /** Blocking: call it off the event loop. Empty when no such form was ever drafted. */
    public List<RecordedEvent> read(String evaluationId) {
        List<RecordedEvent> events = new ArrayList<>();
        DomainEventStream stream = eventStore.getObject().readFromFirst(evaluationId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof EvaluationEvent event) {
                events.add(new RecordedEvent(message.getSequenceNumber(), message.getTimestamp(), event));
            }
        }
        return events;
    }
}
