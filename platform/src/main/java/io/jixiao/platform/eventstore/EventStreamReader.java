package io.jixiao.platform.eventstore;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * What is stored, read only: for code that shows the record (a form's history, the organization's history,
 * how far each processor has read) and must never append to it. Only the command side writes events, through its
 * aggregates.
 */
public interface EventStreamReader {

    /**
     * Every event of one aggregate from its first on. Axon's one-argument {@code readEvents(id)} starts at the
     * latest snapshot and would hide everything before it, so it is not offered here.
     */
    DomainEventStream readFromFirst(String aggregateId);

    /** The position of the last stored event, or null before the first. */
    TrackingToken headToken();

    static EventStreamReader over(EventStore store) {
        return new EventStreamReader() {
            @Override
            public DomainEventStream readFromFirst(String aggregateId) {
                return store.readEvents(aggregateId, 0);
            }

            @Override
            public TrackingToken headToken() {
                return store.createHeadToken();
            }
        };
    }
}
