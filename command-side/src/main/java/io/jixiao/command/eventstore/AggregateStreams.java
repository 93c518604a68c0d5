package io.jixiao.command.eventstore;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Sorts;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

/** Reads one aggregate's commits in sequence order, by exact keys or by an indexed range query. */
final class AggregateStreams {

    /** Yields the aggregate's commit (or claim) documents in order; {@code null} at the end. */
    private interface Cursor extends AutoCloseable {
        CommitDocument next();

        @Override
        default void close() {
        }
    }

    private static final Cursor EMPTY = () -> null;

    private final EventCollections collections;
    private final SnapshotStore snapshots;
    private final ReadStrategy readStrategy;

    AggregateStreams(EventCollections collections, SnapshotStore snapshots, ReadStrategy readStrategy) {
        this.collections = collections;
        this.snapshots = snapshots;
        this.readStrategy = readStrategy;
    }

    /** Whole commits from {@code firstSequence} on, stopping once {@code batchSize} events are collected. */
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

    Optional<Long> lastSequence(String aggregateIdentifier) {
        SnapshotStore.Hint hint = snapshots.hint(aggregateIdentifier);
        Long last = hint == null ? null : hint.sequence();
        try (Cursor cursor = cursorFromBoundary(aggregateIdentifier, hint == null ? 0 : hint.resumeSequence())) {
            for (CommitDocument document = cursor.next(); document != null; document = cursor.next()) {
                if (eventsOf(document, aggregateIdentifier) == null) {
                    break;
                }
                last = document.lastSequence();
            }
        }
        return Optional.ofNullable(last);
    }

    /** The first sequence of the commit holding {@code snapshotSequence + 1}, found from the previous snapshot on. */
    long resumeSequenceAfter(String aggregateIdentifier, long snapshotSequence) {
        SnapshotStore.Hint previous = snapshots.hint(aggregateIdentifier);
        long from = previous != null && previous.sequence() <= snapshotSequence ? previous.resumeSequence() : 0;
        try (Cursor cursor = cursorFromBoundary(aggregateIdentifier, from)) {
            for (CommitDocument document = cursor.next(); document != null; document = cursor.next()) {
                if (eventsOf(document, aggregateIdentifier) == null) {
                    break;
                }
                if (document.lastSequence() > snapshotSequence) {
                    return document.firstSequence();
                }
                from = document.lastSequence() + 1;
            }
        }
        return from;
    }

    /** The aggregate's events in a commit or in the commit a claim points to; null if that commit is not there. */
    private List<Document> eventsOf(CommitDocument document, String aggregateIdentifier) {
        CommitDocument commit = document.isClaim() ? collections.byId(document.commitId()) : document;
        if (commit == null || !commit.isCommit()) {
            return null;
        }
        return commit.events().stream().filter(event -> EventDocuments.belongsTo(event, aggregateIdentifier)).toList();
    }

    private Cursor cursorAt(String aggregateIdentifier, long firstSequence) {
        if (readStrategy == ReadStrategy.RANGE || firstSequence == 0) {
            return cursorFromBoundary(aggregateIdentifier, firstSequence);
        }
        CommitDocument atFirst = collections.byId(CommitDocument.aggregateKey(aggregateIdentifier, firstSequence));
        if (atFirst != null) {
            return exactWalk(aggregateIdentifier, atFirst);
        }
        // firstSequence is the end of the stream or lies inside a commit; the snapshot tells which commit to walk from.
        SnapshotStore.Hint hint = snapshots.hint(aggregateIdentifier);
        if (hint != null && hint.resumeSequence() == firstSequence) {
            return EMPTY;
        }
        long from = hint != null && hint.resumeSequence() < firstSequence ? hint.resumeSequence() : 0;
        return cursorFromBoundary(aggregateIdentifier, from);
    }

    private Cursor cursorFromBoundary(String aggregateIdentifier, long sequence) {
        if (readStrategy == ReadStrategy.RANGE) {
            return rangeQuery(aggregateIdentifier, sequence);
        }
        CommitDocument first = collections.byId(CommitDocument.aggregateKey(aggregateIdentifier, sequence));
        return first == null ? EMPTY : exactWalk(aggregateIdentifier, first);
    }

    private Cursor exactWalk(String aggregateIdentifier, CommitDocument first) {
        return new Cursor() {
            private CommitDocument previous;

            @Override
            public CommitDocument next() {
                if (previous == null) {
                    previous = first;
                } else {
                    previous = collections.byId(CommitDocument.aggregateKey(aggregateIdentifier,
                                                                            previous.lastSequence() + 1));
                }
                return previous;
            }
        };
    }

    private Cursor rangeQuery(String aggregateIdentifier, long sequence) {
        MongoCursor<Document> results =
                collections.commits.find(and(eq(CommitDocument.AGGREGATE_IDENTIFIER, aggregateIdentifier),
                                             gte(CommitDocument.LAST_SEQUENCE, sequence)))
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
