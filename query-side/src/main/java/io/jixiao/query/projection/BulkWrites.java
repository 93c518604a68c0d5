package io.jixiao.query.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One round trip for a batch's writes to a collection. */
public final class BulkWrites {
    private BulkWrites() {
    }

    /**
     * What a bulk did: the indexes of the writes refused for a duplicate key (for a version-guarded replacement:
     * another writer got there first), and how many writes found or inserted their document.
     */
    public record Outcome(Set<Integer> collided, int applied) {
    }

    /**
     * Applies every write (unordered: one refused write does not hold back the others) and answers the indexes of
     * those refused for a duplicate key. Any other failure is thrown: the batch is then handed over again.
     */
    public static Set<Integer> collisions(MongoCollection<Document> collection, List<? extends WriteModel<Document>> writes) {
        return apply(collection, writes).collided();
    }

    /** As {@link #collisions}, with how many writes found or inserted their document. */
    public static Outcome apply(MongoCollection<Document> collection, List<? extends WriteModel<Document>> writes) {
        if (writes.isEmpty()) {
            return new Outcome(Set.of(), 0);
        }
        try {
            return new Outcome(Set.of(), applied(collection.bulkWrite(writes, new BulkWriteOptions().ordered(false))));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null) {
                throw e;
            }
            Set<Integer> collided = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                collided.add(error.getIndex());
            }
            return new Outcome(collided, applied(e.getWriteResult()));
        }
    }

    private static int applied(BulkWriteResult result) {
        return result.getMatchedCount() + result.getInsertedCount() + result.getUpserts().size();
    }

    /** As {@link #collisions} for writes that cannot collide (upserts by a deterministic id): any refusal is thrown. */
    public static void all(MongoCollection<Document> collection, List<? extends WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }
}
