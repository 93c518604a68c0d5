package io.jixiao.platform.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/** The three collections of the event store and the only two exact lookups the hot paths use. */
final class EventCollections {

    static final String COMMITS = "event_commits";
    static final String COUNTERS = "event_counters";
    static final String SNAPSHOTS = "event_snapshots";
    static final String GLOBAL_INDEX_NAME = "commit_first_global_index";
    static final String AGGREGATE_RANGE_INDEX_NAME = "commit_aggregate_last_sequence";
    private static final int MAX_KEYS_PER_QUERY = 1_000;

    final MongoCollection<Document> commits;
    final MongoCollection<Document> counters;
    final MongoCollection<Document> snapshots;

    EventCollections(MongoDatabase database, WriteConcern writeConcern) {
        this.commits = database.getCollection(COMMITS).withWriteConcern(writeConcern);
        this.counters = database.getCollection(COUNTERS).withWriteConcern(writeConcern);
        this.snapshots = database.getCollection(SNAPSHOTS).withWriteConcern(writeConcern);
    }

    void ensureIndexes(ReadStrategy readStrategy) {
        // Sparse: claims carry no global index, and a unique index would otherwise see them all as one null key.
        commits.createIndex(Indexes.ascending(CommitDocument.FIRST_GLOBAL_INDEX),
                            new IndexOptions().unique(true).sparse(true).name(GLOBAL_INDEX_NAME));
        if (readStrategy == ReadStrategy.RANGE) {
            commits.createIndex(Indexes.ascending(CommitDocument.AGGREGATE_IDENTIFIER, CommitDocument.LAST_SEQUENCE),
                                new IndexOptions().name(AGGREGATE_RANGE_INDEX_NAME));
        }
    }

    CommitDocument byId(String id) {
        Document document = commits.find(eq("_id", id)).first();
        return document == null ? null : new CommitDocument(document);
    }

    CommitDocument byGlobalIndex(long globalIndex) {
        Document document = commits.find(eq(CommitDocument.FIRST_GLOBAL_INDEX, globalIndex)).first();
        return document == null ? null : new CommitDocument(document);
    }

    /**
     * Several exact keys in one round trip: {@code $in} on a single-key unique index is still answered from the
     * index by mongo-java-server (any other operator would scan the collection).
     */
    Map<String, CommitDocument> byIds(Collection<String> ids) {
        Map<String, CommitDocument> found = new HashMap<>();
        for (Document document : commits.find(in("_id", ids))) {
            found.put(document.getString("_id"), new CommitDocument(document));
        }
        return found;
    }

    Map<Long, CommitDocument> byGlobalIndexes(Collection<Long> globalIndexes) {
        Map<Long, CommitDocument> found = new HashMap<>();
        List<Long> all = List.copyOf(globalIndexes);
        for (int from = 0; from < all.size(); from += MAX_KEYS_PER_QUERY) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + MAX_KEYS_PER_QUERY));
            for (Document document : commits.find(in(CommitDocument.FIRST_GLOBAL_INDEX, chunk))) {
                CommitDocument commit = new CommitDocument(document);
                found.put(commit.firstGlobalIndex(), commit);
            }
        }
        return found;
    }

    /** Inserts a tombstone at the index; returns what holds the index afterwards (that tombstone or a real commit). */
    CommitDocument closeGlobalIndex(long globalIndex, java.time.Instant now) {
        Document tombstone = CommitDocument.tombstone(globalIndex, now);
        try {
            commits.insertOne(tombstone);
            return new CommitDocument(tombstone);
        } catch (MongoWriteException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            CommitDocument holder = byGlobalIndex(globalIndex);
            if (holder == null) {
                throw new IllegalStateException("Index " + globalIndex + " is taken but cannot be read back", e);
            }
            return holder;
        }
    }

    static boolean isDuplicateKey(Exception e) {
        return e instanceof MongoWriteException writeException
                && writeException.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }

    static boolean isGlobalIndexViolation(Exception e) {
        return isDuplicateKey(e)
                && ((MongoWriteException) e).getError().getMessage().contains(GLOBAL_INDEX_NAME);
    }
}
