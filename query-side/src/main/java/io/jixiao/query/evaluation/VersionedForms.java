package io.jixiao.query.evaluation;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

/**
 * How every read model keeps one document per form without ever going back in time: the document is replaced
 * only while it still stands at the version the writer read, through a unique index on (evaluationId,
 * version). A writer that fell behind (a stale segment claim) collides on that index and learns it lost.
 */
public final class VersionedForms {
    public static final String EVALUATION_ID = "evaluationId";
    public static final String VERSION = "version";

    private VersionedForms() {
    }

    public static void createIndex(MongoCollection<Document> forms) {
        forms.createIndex(Indexes.ascending(EVALUATION_ID, VERSION), new IndexOptions().unique(true));
    }

    /**
     * The replacement as one write of a bulk: a collision on the index (a duplicate key) means the form had already
     * moved past {@code previousVersion}.
     */
    public static ReplaceOneModel<Document> replacementAtVersion(String evaluationId, long previousVersion,
                                                                 Document replacement) {
        return new ReplaceOneModel<>(sameVersion(evaluationId, previousVersion), replacement,
                new ReplaceOptions().upsert(true));
    }

    private static Document sameVersion(String evaluationId, long previousVersion) {
        // A flat filter on exactly the keys of the unique index: the embedded server looks it up instead of scanning.
        return new Document(EVALUATION_ID, evaluationId).append(VERSION, previousVersion);
    }

    /** True when {@code replacement} was stored; false when the form had already moved past {@code previousVersion}. */
    public static boolean replaceAtVersion(MongoCollection<Document> forms, String evaluationId, long previousVersion,
                                           Document replacement) {
        try {
            forms.replaceOne(sameVersion(evaluationId, previousVersion), replacement, new ReplaceOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            // The upsert found no document at that version and collided with the one that is there: newer.
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
