package io.jixiao.platform.eventstore;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Sorts;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.ne;

/**
 * Reads one aggregate's events in sequence order. Every stored (aggregate, sequence) has a document with
 * {@code _id = aggregateId:sequence} (the commit or a claim), so reading can start at any sequence by exact key and
 * a missing key is the end of the stream.
 */
final class AggregateStreams {

    /** Yields the documents of the aggregate's runs in order; {@code null} at the end. */
    private interface Cursor extends AutoCloseable {
        CommitDocument next();

        @Override
        default void close() {
        }
    }

    private static final int FIRST_WINDOW = 16;
    private static final int MAX_WINDOW = 256;

    private final EventCollections collections;
    private final SnapshotStore snapshots;
    private final ReadStrategy readStrategy;

    AggregateStreams(EventCollections collections, SnapshotStore snapshots, ReadStrategy readStrategy) {
        this.collections = collections;
        this.snapshots = snapshots;
        this.readStrategy = readStrategy;
    }

    /** Whole runs from {@code firstSequence} on, stopping once {@code batchSize} events are collected. */
    List<DomainEventData<?>> fetch(String aggregateIdentifier, long firstSequence, int batchSize) {
        List<DomainEventData<?>> batch = new ArrayList<>();
        try (Cursor cursor = cursorAt(aggregateIdentifier, firstSequence)) {
            CommitDocument document;
            while (batch.size() < batchSize && (document = cursor.next()) != null) {
                List<Document> events = eventsOf(document, aggregateIdentifier);
                if (events == null) {
                    break;
                }
                for (Document event : events) {
                    if (EventDocuments.sequenceNumber(event) >= firstSequence) {
                        batch.add(EventDocuments.domainData(event));
                    }
                }
            }
        }
        return batch;
    }

    /** From the snapshot on, when there is one: a snapshot is only taken of stored events. */
    Optional<Long> lastSequence(String aggregateIdentifier) {
        Optional<Long> snapshotSequence = snapshots.sequence(aggregateIdentifier);
        Long last = snapshotSequence.orElse(null);
        try (Cursor cursor = cursorAt(aggregateIdentifier, snapshotSequence.map(s -> s + 1).orElse(0L))) {
            CommitDocument document;
            while ((document = cursor.next()) != null && eventsOf(document, aggregateIdentifier) != null) {
                last = document.lastSequence();
            }
        }
        return Optional.ofNullable(last);
    }

    /** The aggregate's events in a commit, or in the commit a claim points to; null if that commit is not there. */
    private List<Document> eventsOf(CommitDocument document, String aggregateIdentifier) {
        CommitDocument commit = document.isClaim() ? collections.byId(document.commitId()) : document;
        if (commit == null || !commit.isCommit()) {
            return null; // a claim whose commit is in flight or never came: the stream ends before it
        }
        return commit.events().stream().filter(event -> EventDocuments.belongsTo(event, aggregateIdentifier)).toList();
    }

    private Cursor cursorAt(String aggregateIdentifier, long firstSequence) {
        return readStrategy == ReadStrategy.RANGE ? rangeQuery(aggregateIdentifier, firstSequence)
                : exactWalk(aggregateIdentifier, firstSequence);
    }

    /**
     * Walks {@code aggregateId:sequence} keys, fetching a window of consecutive keys per round trip ({@code $in},
     * still answered from the {@code _id} index), so a short stream loads in one query; windows grow for long ones.
     */
    private Cursor exactWalk(String aggregateIdentifier, long firstSequence) {
        return new Cursor() {
            private final Map<Long, CommitDocument> window = new HashMap<>();
            private long windowEnd = firstSequence;
            private int windowSize = FIRST_WINDOW;
            private long nextSequence = firstSequence;
            private boolean ended;

            @Override
            public CommitDocument next() {
                if (ended) {
                    return null;
                }
                if (nextSequence >= windowEnd) {
                    load(nextSequence);
                }
                CommitDocument document = window.get(nextSequence);
                if (document == null) {
                    ended = true;
                    return null;
                }
                nextSequence = document.lastSequence() + 1;
                return document;
            }

            private void load(long from) {
                List<String> keys = new ArrayList<>(windowSize);
                for (long sequence = from; sequence < from + windowSize; sequence++) {
                    keys.add(CommitDocument.aggregateKey(aggregateIdentifier, sequence));
                }
                window.clear();
                collections.byIds(keys).values().forEach(document -> window.put(document.firstSequence(), document));
                windowEnd = from + windowSize;
                windowSize = Math.min(windowSize * 4, MAX_WINDOW);
            }
        };
    }

    private Cursor rangeQuery(String aggregateIdentifier, long firstSequence) {
        MongoCursor<Document> results =
                collections.commits.find(and(eq(CommitDocument.AGGREGATE_IDENTIFIER, aggregateIdentifier),
                                             gte(CommitDocument.LAST_SEQUENCE, firstSequence),
                                             ne(CommitDocument.CONTINUATION, true)))
                                   .sort(Sorts.ascending(CommitDocument.AGGREGATE_IDENTIFIER,
                                                         CommitDocument.LAST_SEQUENCE))
                                   .iterator();
        return new Cursor() {
            @Override
            public CommitDocument next() {
                return results.hasNext() ? new CommitDocument(results.next()) : null;
            }

            @Override
            public void close() {
                results.close();
            }
        };
    }
}
