package io.jixiao.command.eventstore;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

/**
 * The latest snapshot per aggregate ({@code _id} = aggregate identifier), plus where its aggregate's stream resumes:
 * the first sequence of the commit holding the event after the snapshot, so reading on needs exact keys only.
 */
final class SnapshotStore {

    static final String RESUME_SEQUENCE = "resumeSequence";

    /** The snapshot's sequence and the commit boundary to walk from after it. */
    record Hint(long sequence, long resumeSequence) {
    }

    private final EventCollections collections;

    SnapshotStore(EventCollections collections) {
        this.collections = collections;
    }

    Hint hint(String aggregateIdentifier) {
        Document document = collections.snapshots.find(eq("_id", aggregateIdentifier))
                                                 .projection(Projections.include(EventDocuments.SEQUENCE_NUMBER,
                                                                                 RESUME_SEQUENCE))
                                                 .first();
        if (document == null) {
            return null;
        }
        return new Hint(EventDocuments.sequenceNumber(document), ((Number) document.get(RESUME_SEQUENCE)).longValue());
    }

    Optional<DomainEventData<String>> read(String aggregateIdentifier) {
        return Optional.ofNullable(collections.snapshots.find(eq("_id", aggregateIdentifier)).first())
                       .map(EventDocuments::domainData);
    }

    /** Keeps the newer snapshot when two are stored concurrently. */
    void store(DomainEventMessage<?> snapshot, Serializer serializer, long resumeSequence) {
        Document document = EventDocuments.toDocument(snapshot, serializer)
                                          .append("_id", snapshot.getAggregateIdentifier())
                                          .append(RESUME_SEQUENCE, resumeSequence);
        try {
            collections.snapshots.replaceOne(and(eq("_id", snapshot.getAggregateIdentifier()),
                                                 lt(EventDocuments.SEQUENCE_NUMBER, snapshot.getSequenceNumber())),
                                             document,
                                             new ReplaceOptions().upsert(true));
        } catch (RuntimeException e) {
            if (!EventCollections.isDuplicateKey(e)) {
                throw e;
            }
        }
    }
}
