package io.jixiao.platform.eventstore;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoDatabase;
import io.jixiao.platform.storage.DurabilityBarrier;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.axonframework.common.BuilderUtils.assertNonNull;
import static org.axonframework.common.BuilderUtils.assertThat;

/**
 * Axon event storage on MongoDB with one document per unit of work, a global index from a counter document and
 * gap-aware tracking. It reads by exact keys only (including {@code $in} lists of them), the one kind of query
 * mongo-java-server answers from an index, so its cost grows with the index depth, not with the store.
 * <p>
 * Collections: {@code event_commits} (commits, claims, tombstones), {@code event_counters} (the global index),
 * {@code event_snapshots} (latest snapshot per aggregate). Wire it with {@link #builder()}: a {@link MongoDatabase}
 * and both serializers are required; set a {@link DurabilityBarrier} for the embedded server.
 */
public class MongoCommitStorageEngine extends BatchingEventStorageEngine {

    private final GlobalIndexCounter counter;
    private final CommitWriter writer;
    private final AggregateStreams streams;
    private final SnapshotStore snapshots;
    private final TrackingReader tracking;
    private final EventCollections collections;
    private final ReadStrategy readStrategy;

    protected MongoCommitStorageEngine(Builder builder) {
        super(builder);
        this.readStrategy = builder.readStrategy;
        this.collections = new EventCollections(builder.database, builder.writeConcern);
        this.counter = new GlobalIndexCounter(collections, builder.clock);
        this.writer = new CommitWriter(collections, counter, builder.durabilityBarrier, builder.gapTimeout,
                                       builder.clock);
        this.snapshots = new SnapshotStore(collections);
        this.streams = new AggregateStreams(collections, snapshots, builder.readStrategy);
        this.tracking = new TrackingReader(collections, counter,
                                           new GapCloser(collections, builder.gapTimeout, builder.clock),
                                           builder.clock);
        if (builder.ensureIndexes) {
            collections.ensureIndexes(builder.readStrategy);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public ReadStrategy readStrategy() {
        return readStrategy;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        try {
            writer.append(events, serializer);
        } catch (CommitWriter.AggregateKeyTaken conflict) {
            // Axon's own translation: ConcurrencyException, or AggregateStreamCreationException at sequence 0.
            handlePersistenceException((Exception) conflict.getCause(), conflict.conflictingEvent());
        }
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        snapshots.store(snapshot, serializer);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return snapshots.read(aggregateIdentifier).stream();
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return tracking.fetch(lastToken, batchSize);
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                   long firstSequenceNumber,
                                                                   int batchSize) {
        return streams.fetch(aggregateIdentifier, firstSequenceNumber, batchSize);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return streams.lastSequence(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return TrackingReader.tail();
    }

    /** The highest reserved index; like Axon's JDBC engine it does not wait for commits still in flight below it. */
    @Override
    public TrackingToken createHeadToken() {
        return GapAwareTrackingToken.newInstance(counter.head().index(), List.of());
    }

    /**
     * Binary search over the global index for the first commit at or after {@code dateTime}, by commit time, which
     * grows with the index apart from commits still in flight.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        long low = 0;
        long high = counter.head().index() + 1;
        CommitDocument found = null;
        while (low < high) {
            long middle = (low + high) >>> 1;
            CommitDocument commit = firstCommitIn(middle, high);
            if (commit == null) {
                high = middle;
            } else if (commit.commitTime().isBefore(dateTime)) {
                low = commit.firstGlobalIndex() + commit.count();
            } else {
                found = commit;
                high = middle;
            }
        }
        return found == null ? createHeadToken()
                : GapAwareTrackingToken.newInstance(found.firstGlobalIndex() - 1, List.of());
    }

    private CommitDocument firstCommitIn(long from, long until) {
        for (long index = from; index < until; index++) {
            CommitDocument holder = collections.byGlobalIndex(index);
            if (holder != null && holder.isCommit()) {
                return holder;
            }
        }
        return null;
    }

    /** Builder; defaults: {@link ReadStrategy#EXACT_KEYS}, gap timeout 60 s, no barrier, acknowledged writes. */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private ReadStrategy readStrategy = ReadStrategy.EXACT_KEYS;
        private Duration gapTimeout = Duration.ofSeconds(60);
        private DurabilityBarrier durabilityBarrier = DurabilityBarrier.NONE;
        private WriteConcern writeConcern = WriteConcern.ACKNOWLEDGED;
        private Clock clock = Clock.systemUTC();
        private boolean ensureIndexes = true;

        protected Builder() {
            persistenceExceptionResolver(EventCollections::isDuplicateKey);
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        public Builder readStrategy(ReadStrategy readStrategy) {
            assertNonNull(readStrategy, "The read strategy may not be null");
            this.readStrategy = readStrategy;
            return this;
        }

        /** How long a reserved index may stay uncommitted before readers close it (its late commit is refused). */
        public Builder gapTimeout(Duration gapTimeout) {
            assertThat(gapTimeout, timeout -> timeout != null && !timeout.isNegative(),
                       "The gap timeout must not be negative");
            this.gapTimeout = gapTimeout;
            return this;
        }

        public Builder durabilityBarrier(DurabilityBarrier durabilityBarrier) {
            assertNonNull(durabilityBarrier, "The durability barrier may not be null");
            this.durabilityBarrier = durabilityBarrier;
            return this;
        }

        /** For a real MongoDB: {@code WriteConcern.MAJORITY.withJournal(true)} makes an append durable. */
        public Builder writeConcern(WriteConcern writeConcern) {
            assertNonNull(writeConcern, "The write concern may not be null");
            this.writeConcern = writeConcern;
            return this;
        }

        public Builder clock(Clock clock) {
            assertNonNull(clock, "The clock may not be null");
            this.clock = clock;
            return this;
        }

        public Builder ensureIndexes(boolean ensureIndexes) {
            this.ensureIndexes = ensureIndexes;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            assertNonNull(database, "The MongoDatabase is a hard requirement and should be provided");
        }

        public MongoCommitStorageEngine build() {
            return new MongoCommitStorageEngine(this);
        }
    }
}
