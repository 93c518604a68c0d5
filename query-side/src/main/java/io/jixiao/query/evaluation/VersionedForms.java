package io.jixiao.query.evaluation;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import io.jixiao.query.projection.BulkWrites;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** A form's document to store, and the version the stored one must still have (0: none stored). */
    public record Replacement(String evaluationId, long previousVersion, Document document) {
    }

    /**
     * Every replacement in one bulk write, each only while its form still stands at its previous version.
     *
     * @return the ids of forms another writer had already moved past that version; they were left as they were
     */
    public static Set<String> replaceAllAtVersion(MongoCollection<Document> forms, List<Replacement> replacements) {
        List<WriteModel<Document>> writes = new ArrayList<>(replacements.size());
        for (Replacement replacement : replacements) {
            writes.add(replacementAtVersion(replacement.evaluationId(), replacement.previousVersion(),
                    replacement.document()));
        }
        Set<String> collided = new HashSet<>();
        for (int index : BulkWrites.collisions(forms, writes)) {
            collided.add(replacements.get(index).evaluationId());
        }
        return collided;
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
