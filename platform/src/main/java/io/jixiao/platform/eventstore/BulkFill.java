package io.jixiao.platform.eventstore;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import io.jixiao.platform.storage.DurabilityBarrier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a store fast for the benchmarks (the event store's and the harness's generated districts, before anything
 * else runs on the store): documents built by the production builders, global indexes reserved in one block per
 * batch, inserted with {@code insertMany}; no durability wait per commit. Never used by the application.
 */
public final class BulkFill {

    private final EventCollections collections;
    private final GlobalIndexCounter counter;
    private final CommitWriter writer;
    private final Serializer serializer;
    private final Clock clock = Clock.systemUTC();

    public BulkFill(MongoDatabase database, Serializer serializer) {
        this.collections = new EventCollections(database, WriteConcern.ACKNOWLEDGED);
        this.counter = new GlobalIndexCounter(collections, clock);
        this.writer = new CommitWriter(collections, counter, DurabilityBarrier.NONE, java.time.Duration.ofMinutes(1),
                                       clock);
        this.serializer = serializer;
        collections.ensureIndexes(ReadStrategy.EXACT_KEYS);
    }

    /** Stores each inner list as one commit, in order. */
    public void append(List<List<? extends EventMessage<?>>> unitsOfWork) {
        List<CommitWriter.PreparedCommit> prepared = new ArrayList<>(unitsOfWork.size());
        int events = 0;
        for (List<? extends EventMessage<?>> unitOfWork : unitsOfWork) {
            CommitWriter.PreparedCommit commit = writer.prepare(unitOfWork, serializer);
            prepared.add(commit);
            events += commit.size();
        }
        long index = counter.reserve(events);
        List<Document> documents = new ArrayList<>();
        for (CommitWriter.PreparedCommit commit : prepared) {
            String commitId = CommitWriter.commitId(commit, index);
            documents.addAll(CommitWriter.claims(commit, commitId, index, clock.instant()));
            documents.add(CommitWriter.commitDocument(commit, commitId, commit.primary(), index, clock.instant()));
            index += commit.size();
        }
        collections.commits.insertMany(documents, new InsertManyOptions().ordered(false));
    }
}
