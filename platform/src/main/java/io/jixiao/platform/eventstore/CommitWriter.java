package io.jixiao.platform.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteError;
import com.mongodb.bulk.BulkWriteError;
import io.jixiao.platform.storage.DurabilityBarrier;
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

import static com.mongodb.client.model.Filters.eq;

/**
 * Appends a unit of work as one commit document, so its events are stored all or none without transactions.
 * <p>
 * Order of writes: serialize (nothing is reserved if that fails), reserve the global indexes, insert the claims (the
 * keys of all events but the first), insert the commit, wait for the durability barrier. Readers trust only the
 * commit, so claims alone change nothing. Whatever fails after the reservation removes our claims and tombstones the
 * reserved indexes, so readers need not wait for the gap timeout.
 */
final class CommitWriter {

    /** Another commit holds the key of one of our events: a conflicting append. */
    static final class AggregateKeyTaken extends RuntimeException {
        private final transient EventMessage<?> conflictingEvent;

        AggregateKeyTaken(EventMessage<?> conflictingEvent, Exception cause) {
            super(cause);
            this.conflictingEvent = conflictingEvent;
        }

        EventMessage<?> conflictingEvent() {
            return conflictingEvent;
        }
    }

    /** The consecutive events of one aggregate inside a unit of work. */
    record AggregateRun(String aggregateIdentifier, String type, long firstSequence, long lastSequence) {
    }

    /** A serialized unit of work that has no global indexes yet. */
    record PreparedCommit(List<Document> events, List<AggregateRun> runs, Map<String, EventMessage<?>> eventsByKey) {
        int size() {
            return events.size();
        }

        /** The aggregate whose first key names the commit, or null when no event belongs to an aggregate. */
        AggregateRun primary() {
            return runs.isEmpty() ? null : runs.get(0);
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
        Map<String, EventMessage<?>> eventsByKey = new LinkedHashMap<>();
        for (EventMessage<?> event : events) {
            documents.add(EventDocuments.toDocument(event, serializer));
            if (event instanceof DomainEventMessage<?> domainEvent) {
                AggregateRun single = new AggregateRun(domainEvent.getAggregateIdentifier(), domainEvent.getType(),
                                                       domainEvent.getSequenceNumber(),
                                                       domainEvent.getSequenceNumber());
                runs.merge(domainEvent.getAggregateIdentifier(), single, CommitWriter::extend);
                eventsByKey.put(CommitDocument.aggregateKey(domainEvent.getAggregateIdentifier(),
                                                            domainEvent.getSequenceNumber()), event);
            }
        }
        return new PreparedCommit(documents, List.copyOf(runs.values()), eventsByKey);
    }

    private static AggregateRun extend(AggregateRun run, AggregateRun next) {
        if (next.firstSequence() != run.lastSequence() + 1) {
            throw new EventStoreException("Events of aggregate [" + run.aggregateIdentifier()
                                                  + "] are not consecutive: " + run.lastSequence() + " then "
                                                  + next.firstSequence());
        }
        return new AggregateRun(run.aggregateIdentifier(), run.type(), run.firstSequence(), next.lastSequence());
    }

    void write(PreparedCommit commit, long firstGlobalIndex) {
        Instant now = clock.instant();
        AggregateRun primary = commit.primary();
        String commitId = commitId(commit, firstGlobalIndex);
        List<Document> claims = claims(commit, commitId, firstGlobalIndex, now);
        try {
            if (!claims.isEmpty()) {
                insertClaims(claims);
            }
            collections.commits.insertOne(commitDocument(commit, commitId, primary, firstGlobalIndex, now));
        } catch (ClaimRefused refused) {
            boolean known = refused.failedIndex >= 0;
            throw refusal(refused.failure, commit, commitId, firstGlobalIndex,
                          known ? claims.subList(0, refused.failedIndex) : claims,
                          known ? claims.get(refused.failedIndex).getString(CommitDocument.ID) : null);
        } catch (RuntimeException commitFailure) {
            if (!landedDespite(commitFailure, commitId, firstGlobalIndex)) {
                throw refusal(commitFailure, commit, commitId, firstGlobalIndex, claims, commitId);
            }
        }
        durabilityBarrier.awaitDurable();
    }

    /** A claim insert failed at {@code failedIndex} (the claims before it are stored), or -1 if unknown. */
    private static final class ClaimRefused extends RuntimeException {
        private final RuntimeException failure;
        private final int failedIndex;

        ClaimRefused(RuntimeException failure, int failedIndex) {
            super(failure);
            this.failure = failure;
            this.failedIndex = failedIndex;
        }
    }

    private void insertClaims(List<Document> claims) {
        try {
            collections.commits.insertMany(claims);
        } catch (MongoBulkWriteException e) {
            BulkWriteError error = e.getWriteErrors().isEmpty() ? null : e.getWriteErrors().get(0);
            if (error != null && ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                throw new ClaimRefused(asDuplicateKey(e, error), error.getIndex());
            }
            throw new ClaimRefused(e, -1);
        } catch (RuntimeException e) {
            throw new ClaimRefused(e, -1);
        }
    }

    private static RuntimeException asDuplicateKey(MongoBulkWriteException e, BulkWriteError error) {
        return new MongoWriteException(new WriteError(error.getCode(), error.getMessage(), error.getDetails()),
                                       e.getServerAddress(), e.getErrorLabels());
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

    /**
     * Cleans up and builds the exception for a refused commit. {@code failedKey} is the key whose insert failed
     * (null if none was attempted); {@code ours} are the claims that may be ours.
     */
    private RuntimeException refusal(RuntimeException failure, PreparedCommit commit, String commitId,
                                     long firstGlobalIndex, List<Document> ours, String failedKey) {
        boolean indexClosed = EventCollections.isGlobalIndexViolation(failure);
        boolean keyTaken = commit.eventsByKey().containsKey(failedKey) && EventCollections.isDuplicateKey(failure)
                && !indexClosed;
        if (keyTaken) {
            reclaimIfDangling(failedKey, failure);
        }
        abandon(firstGlobalIndex, commit.size(), commitId, ours, failure);
        if (keyTaken) {
            return new AggregateKeyTaken(commit.eventsByKey().get(failedKey), failure);
        }
        if (indexClosed) {
            return new EventStoreException("Commit [" + commitId + "] refused: its global index " + firstGlobalIndex
                                                   + " was closed as a gap after the gap timeout", failure);
        }
        return new EventStoreException("Commit [" + commitId + "] could not be stored", failure);
    }

    /** Tombstones the reserved indexes and deletes the claims that are ours; never hides the first failure. */
    private void abandon(long firstGlobalIndex, int count, String commitId, List<Document> claims,
                         RuntimeException failure) {
        try {
            Instant now = clock.instant();
            for (long index = firstGlobalIndex; index < firstGlobalIndex + count; index++) {
                collections.closeGlobalIndex(index, now);
            }
            for (Document claim : claims) {
                deleteIfOwnedBy(claim.getString(CommitDocument.ID), commitId);
            }
        } catch (RuntimeException cleanupFailure) {
            failure.addSuppressed(cleanupFailure);
        }
    }

    /** Checked by a read, then deleted by {@code _id} alone: any other filter makes mongo-java-server scan. */
    private void deleteIfOwnedBy(String key, String commitId) {
        CommitDocument holder = collections.byId(key);
        if (holder != null && holder.isClaim() && commitId.equals(holder.commitId())) {
            collections.commits.deleteOne(eq(CommitDocument.ID, key));
        }
    }

    /**
     * A claim whose commit never appeared (its writer died between the inserts) would block its aggregate for
     * ever. Once older than the timeout, tombstone the commit's index so that commit can never land, then drop it.
     */
    private void reclaimIfDangling(String key, RuntimeException failure) {
        try {
            CommitDocument holder = collections.byId(key);
            Instant now = clock.instant();
            if (holder == null || !holder.isClaim() || holder.commitTime().plus(claimTimeout).isAfter(now)) {
                return;
            }
            CommitDocument atIndex = collections.closeGlobalIndex(holder.commitGlobalIndex(), now);
            if (!(atIndex.isCommit() && atIndex.id().equals(holder.commitId()))) {
                deleteIfOwnedBy(key, holder.commitId());
            }
        } catch (RuntimeException cleanupFailure) {
            failure.addSuppressed(cleanupFailure);
        }
    }

    static String commitId(PreparedCommit commit, long firstGlobalIndex) {
        AggregateRun primary = commit.primary();
        return primary == null ? CommitDocument.anonymousCommitId(firstGlobalIndex)
                : CommitDocument.aggregateKey(primary.aggregateIdentifier(), primary.firstSequence());
    }

    static List<Document> claims(PreparedCommit commit, String commitId, long firstGlobalIndex,
                                         Instant now) {
        List<Document> claims = new ArrayList<>();
        for (AggregateRun run : commit.runs()) {
            for (long sequence = run.firstSequence(); sequence <= run.lastSequence(); sequence++) {
                String key = CommitDocument.aggregateKey(run.aggregateIdentifier(), sequence);
                if (key.equals(commitId)) {
                    continue;
                }
                Document claim = new Document(CommitDocument.ID, key)
                        .append(CommitDocument.KIND, CommitDocument.KIND_CLAIM)
                        .append(CommitDocument.AGGREGATE_IDENTIFIER, run.aggregateIdentifier())
                        .append(CommitDocument.FIRST_SEQUENCE, sequence)
                        .append(CommitDocument.LAST_SEQUENCE, run.lastSequence())
                        .append(CommitDocument.COMMIT_ID, commitId)
                        .append(CommitDocument.COMMIT_GLOBAL_INDEX, firstGlobalIndex)
                        .append(CommitDocument.COMMIT_TIME, Date.from(now));
                if (sequence != run.firstSequence()) {
                    claim.append(CommitDocument.CONTINUATION, true);
                }
                claims.add(claim);
            }
        }
        return claims;
    }

    static Document commitDocument(PreparedCommit commit, String commitId, AggregateRun primary,
                                           long firstGlobalIndex, Instant now) {
        List<Document> events = new ArrayList<>(commit.size());
        for (int i = 0; i < commit.size(); i++) {
            events.add(new Document(commit.events().get(i)).append(EventDocuments.GLOBAL_INDEX, firstGlobalIndex + i));
        }
        Document document = new Document(CommitDocument.ID, commitId)
                .append(CommitDocument.KIND, CommitDocument.KIND_COMMIT);
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
