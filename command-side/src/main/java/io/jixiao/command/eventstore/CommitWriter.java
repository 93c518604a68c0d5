package io.jixiao.command.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * Appends a unit of work as one commit document, so it is stored all or none without transactions.
 * <p>
 * Order of writes: serialize (nothing reserved if that fails), reserve the global indexes, insert a claim per extra
 * aggregate, insert the commit, then wait for the durability barrier. Whatever fails after the reservation closes
 * the reserved indexes with tombstones so readers need not wait for the gap timeout, and removes its own claims.
 */
final class CommitWriter {

    /** Another commit holds the key of one of our aggregates: a conflicting append. */
    static final class AggregateKeyTaken extends RuntimeException {
        private final transient EventMessage<?> firstEventOfAggregate;

        AggregateKeyTaken(EventMessage<?> firstEventOfAggregate, Exception cause) {
            super(cause);
            this.firstEventOfAggregate = firstEventOfAggregate;
        }

        EventMessage<?> firstEventOfAggregate() {
            return firstEventOfAggregate;
        }
    }

    /** The events of one aggregate inside a unit of work. */
    record AggregateRun(String aggregateIdentifier, String type, long firstSequence, long lastSequence,
                        EventMessage<?> firstEvent) {
        String key() {
            return CommitDocument.aggregateKey(aggregateIdentifier, firstSequence);
        }
    }

    /** A serialized unit of work that has no global indexes yet. */
    record PreparedCommit(List<Document> events, List<AggregateRun> runs) {
        int size() {
            return events.size();
        }
    }

    private final EventCollections collections;
    private final GlobalIndexCounter counter;
    private final DurabilityBarrier durabilityBarrier;
    private final Duration claimTimeout;
    private final Clock clock;

    CommitWriter(EventCollections collections, GlobalIndexCounter counter, DurabilityBarrier durabilityBarrier,
                 Duration claimTimeout, Clock clock) {
        this.collections = collections;
        this.counter = counter;
        this.durabilityBarrier = durabilityBarrier;
        this.claimTimeout = claimTimeout;
        this.clock = clock;
    }

    void append(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        PreparedCommit commit = prepare(events, serializer);
        write(commit, counter.reserve(commit.size()));
    }

    PreparedCommit prepare(List<? extends EventMessage<?>> events, Serializer serializer) {
        List<Document> documents = new ArrayList<>(events.size());
        Map<String, AggregateRun> runs = new LinkedHashMap<>();
        for (EventMessage<?> event : events) {
            documents.add(EventDocuments.toDocument(event, serializer));
            if (event instanceof DomainEventMessage<?> domainEvent) {
                runs.merge(domainEvent.getAggregateIdentifier(), runOf(domainEvent), CommitWriter::extend);
            }
        }
        return new PreparedCommit(documents, List.copyOf(runs.values()));
    }

    private static AggregateRun runOf(DomainEventMessage<?> event) {
        return new AggregateRun(event.getAggregateIdentifier(), event.getType(),
                                event.getSequenceNumber(), event.getSequenceNumber(), event);
    }

    private static AggregateRun extend(AggregateRun run, AggregateRun next) {
        // The aggregate key scheme relies on each commit holding consecutive sequence numbers.
        if (next.firstSequence() != run.lastSequence() + 1) {
            throw new EventStoreException("Events of aggregate [" + run.aggregateIdentifier()
                                                  + "] are not consecutive: " + run.lastSequence() + " then "
                                                  + next.firstSequence());
        }
        return new AggregateRun(run.aggregateIdentifier(), run.type(), run.firstSequence(), next.lastSequence(),
                                run.firstEvent());
    }

    void write(PreparedCommit commit, long firstGlobalIndex) {
        Instant now = clock.instant();
        List<AggregateRun> runs = commit.runs();
        AggregateRun primary = runs.isEmpty() ? null : runs.get(0);
        String commitId = primary == null ? CommitDocument.anonymousCommitId(firstGlobalIndex) : primary.key();
        List<String> claimed = new ArrayList<>();
        AggregateRun inserting = null;
        boolean commitAttempted = false;
        try {
            for (AggregateRun run : runs.subList(Math.min(1, runs.size()), runs.size())) {
                inserting = run;
                collections.commits.insertOne(claim(run, commitId, firstGlobalIndex, now));
                claimed.add(run.key());
            }
            inserting = primary;
            commitAttempted = true;
            collections.commits.insertOne(commitDocument(commit, commitId, primary, firstGlobalIndex, now));
        } catch (RuntimeException failure) {
            if (!commitAttempted || !landedDespite(failure, commitId, firstGlobalIndex)) {
                throw refusal(failure, commit, commitId, firstGlobalIndex, claimed, inserting, commitAttempted);
            }
        }
        durabilityBarrier.awaitDurable();
    }

    /** After an error of unknown outcome, taking the index decides: if our commit holds it, it was stored. */
    private boolean landedDespite(RuntimeException failure, String commitId, long firstGlobalIndex) {
        if (EventCollections.isDuplicateKey(failure)) {
            return false;
        }
        try {
            CommitDocument holder = collections.closeGlobalIndex(firstGlobalIndex, clock.instant());
            return holder.isCommit() && holder.id().equals(commitId);
        } catch (RuntimeException unreachable) {
            failure.addSuppressed(unreachable);
            return false;
        }
    }

    private RuntimeException refusal(RuntimeException failure, PreparedCommit commit, String commitId,
                                     long firstGlobalIndex, List<String> claimed, AggregateRun inserting,
                                     boolean commitAttempted) {
        boolean duplicate = EventCollections.isDuplicateKey(failure);
        boolean indexClosed = EventCollections.isGlobalIndexViolation(failure);
        boolean keyTaken = duplicate && !indexClosed && inserting != null;
        List<String> ours = new ArrayList<>(claimed);
        if (!duplicate && !commitAttempted && inserting != null) {
            ours.add(inserting.key()); // outcome unknown; the delete matches it only if it is ours
        }
        if (keyTaken) {
            reclaimIfDangling(inserting.key(), failure);
        }
        abandon(firstGlobalIndex, commit.size(), commitId, ours, failure);
        if (keyTaken) {
            return new AggregateKeyTaken(inserting.firstEvent(), failure);
        }
        if (indexClosed) {
            return new EventStoreException("Commit [" + commitId + "] refused: its global index " + firstGlobalIndex
                                                   + " was closed as a gap after the gap timeout", failure);
        }
        return new EventStoreException("Commit [" + commitId + "] could not be stored", failure);
    }

    /** Tombstones the reserved indexes nobody will commit and deletes our claims; never hides the first failure. */
    private void abandon(long firstGlobalIndex, int count, String commitId, List<String> claimed,
                         RuntimeException failure) {
        try {
            Instant now = clock.instant();
            for (long index = firstGlobalIndex; index < firstGlobalIndex + count; index++) {
                collections.closeGlobalIndex(index, now);
            }
            if (!claimed.isEmpty()) {
                collections.commits.deleteMany(and(in(CommitDocument.ID, claimed),
                                                   eq(CommitDocument.COMMIT_ID, commitId)));
            }
        } catch (RuntimeException cleanupFailure) {
            failure.addSuppressed(cleanupFailure);
        }
    }

    /**
     * A claim whose commit never appeared (its writer died between the two inserts) would block its aggregate for
     * ever. Once older than the timeout, tombstone the commit's index so the commit can never land, then drop it.
     */
    private void reclaimIfDangling(String key, RuntimeException failure) {
        try {
            CommitDocument holder = collections.byId(key);
            Instant now = clock.instant();
            if (holder == null || !holder.isClaim() || holder.commitTime().plus(claimTimeout).isAfter(now)) {
                return;
            }
            CommitDocument atIndex = collections.closeGlobalIndex(holder.commitGlobalIndex(), now);
            if (atIndex.isCommit() && atIndex.id().equals(holder.commitId())) {
                return;
            }
            collections.commits.deleteOne(and(eq(CommitDocument.ID, key),
                                              eq(CommitDocument.COMMIT_ID, holder.commitId())));
        } catch (RuntimeException cleanupFailure) {
            failure.addSuppressed(cleanupFailure);
        }
    }

    private static Document claim(AggregateRun run, String commitId, long firstGlobalIndex, Instant now) {
        return new Document(CommitDocument.ID, run.key())
                .append(CommitDocument.KIND, CommitDocument.KIND_CLAIM)
                .append(CommitDocument.AGGREGATE_IDENTIFIER, run.aggregateIdentifier())
                .append(CommitDocument.TYPE, run.type())
                .append(CommitDocument.FIRST_SEQUENCE, run.firstSequence())
                .append(CommitDocument.LAST_SEQUENCE, run.lastSequence())
                .append(CommitDocument.COMMIT_ID, commitId)
                .append(CommitDocument.COMMIT_GLOBAL_INDEX, firstGlobalIndex)
                .append(CommitDocument.COMMIT_TIME, Date.from(now));
    }

    private static Document commitDocument(PreparedCommit commit, String commitId, AggregateRun primary,
                                           long firstGlobalIndex, Instant now) {
        List<Document> events = new ArrayList<>(commit.size());
        for (int i = 0; i < commit.size(); i++) {
            events.add(new Document(commit.events().get(i)).append(EventDocuments.GLOBAL_INDEX, firstGlobalIndex + i));
        }
        Document document = new Document(CommitDocument.ID, commitId).append(CommitDocument.KIND,
                                                                             CommitDocument.KIND_COMMIT);
        if (primary != null) {
            document.append(CommitDocument.AGGREGATE_IDENTIFIER, primary.aggregateIdentifier())
                    .append(CommitDocument.TYPE, primary.type())
                    .append(CommitDocument.FIRST_SEQUENCE, primary.firstSequence())
                    .append(CommitDocument.LAST_SEQUENCE, primary.lastSequence());
        }
        return document.append(CommitDocument.FIRST_GLOBAL_INDEX, firstGlobalIndex)
                       .append(CommitDocument.COUNT, commit.size())
                       .append(CommitDocument.COMMIT_TIME, Date.from(now))
                       .append(CommitDocument.EVENTS, events);
    }
}
