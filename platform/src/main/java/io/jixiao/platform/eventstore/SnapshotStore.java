package io.jixiao.platform.eventstore;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/** The latest snapshot per aggregate, {@code _id} = aggregate identifier, read and written by that exact key. */
final class SnapshotStore {

    private final EventCollections collections;

    SnapshotStore(EventCollections collections) {
        this.collections = collections;
    }

    Optional<Long> sequence(String aggregateIdentifier) {
        return Optional.ofNullable(collections.snapshots.find(eq("_id", aggregateIdentifier))
                                                        .projection(Projections.include(
                                                                EventDocuments.SEQUENCE_NUMBER))
                                                        .first())
                       .map(EventDocuments::sequenceNumber);
    }

    Optional<DomainEventData<String>> read(String aggregateIdentifier) {
        return Optional.ofNullable(collections.snapshots.find(eq("_id", aggregateIdentifier)).first())
                       .map(EventDocuments::domainData);
    }

    /**
     * Replaces an older snapshot. Two snapshotters racing may leave the older of their two; that one is still a
     * valid starting point, and a filter beyond {@code _id} would make mongo-java-server scan the collection.
     */
    void store(DomainEventMessage<?> snapshot, Serializer serializer) {
        String aggregateIdentifier = snapshot.getAggregateIdentifier();
        if (sequence(aggregateIdentifier).filter(stored -> stored >= snapshot.getSequenceNumber()).isPresent()) {
            return;
        }
        Document document = EventDocuments.toDocument(snapshot, serializer).append("_id", aggregateIdentifier);
        collections.snapshots.replaceOne(eq("_id", aggregateIdentifier), document, new ReplaceOptions().upsert(true));
    }
}
