package io.jixiao.query.history;

import io.jixiao.platform.eventstore.EventStreamReader;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.util.List;
import java.util.UUID;

/** An Axon event store in memory holding recorded events with the timestamps the test chose. */
final class StoredEvents {
    static final String AGGREGATE_TYPE = "ProjectEvaluation";
    final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();

    void append(List<RecordedEvent> events) {
        for (RecordedEvent recorded : events) {
            DomainEventMessage<?> message = new GenericDomainEventMessage<>(AGGREGATE_TYPE,
                    recorded.event().evaluationId(), recorded.sequence(), recorded.event(), MetaData.emptyInstance(),
                    UUID.randomUUID().toString(), recorded.time());
            store.publish(message);
        }
    }

    FormEventLog log() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("eventStreamReader", EventStreamReader.over(store));
        return new FormEventLog(beans.getBeanProvider(EventStreamReader.class));
    }
}
