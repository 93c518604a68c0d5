package io.jixiao.query.dashboard;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@value #COLLECTION} collection: one document per (implementing unit, fiscal year), {@code _id}
 * {@code "<year>/<unitId>"}, holding one compact row per form of that unit and year. Read by exact {@code _id};
 * written by read-modify-replace guarded by a revision, so that writers of different forms of the same unit
 * (other segments, other instances) never lose each other's rows.
 */
@Component
public class UnitYearStore {
    public static final String COLLECTION = "unit_dashboards";
    private static final String KEY = "key";
    private static final String REVISION = "revision";
    private static final String ROWS = "rows";
    private static final int ATTEMPTS = 100;

    private final MongoDatabase database;

    public UnitYearStore(MongoDatabase database) {
        this.database = database;
        createIndexes();
    }

    public static String key(String unitId, int fiscalYear) {
        return fiscalYear + "/" + unitId;
    }

    public List<DashboardRow> rows(String unitId, int fiscalYear) {
        Document stored = documents().find(Filters.eq("_id", key(unitId, fiscalYear))).first();
        if (stored == null) {
            return List.of();
        }
        return stored.getList(ROWS, Document.class).stream().map(DashboardRow::of).toList();
    }

    /**
     * Puts the row in its unit's document unless the document already holds that form at the same or a later
     * version (a redelivered or a stale event).
     *
     * @return whether the document changed
     */
    boolean put(DashboardRow row) {
        String key = key(row.implementingUnitId(), row.fiscalYear());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document stored = documents().find(Filters.eq("_id", key)).first();
            List<Document> rows = stored == null ? new ArrayList<>() : new ArrayList<>(stored.getList(ROWS, Document.class));
            Document current = rows.stream().filter(r -> row.evaluationId().equals(r.getString("evaluationId")))
                    .findFirst().orElse(null);
            if (current != null && ((Number) current.get("version")).longValue() >= row.version()) {
                return false;
            }
            rows.remove(current);
            rows.add(row.toDocument());
            rows.sort(Comparator.comparing(r -> r.getString("evaluationId")));
            if (stored == null ? inserted(key, row, rows) : replaced(key, stored.getLong(REVISION), row, rows)) {
                return true;
            }
        }
        throw new IllegalStateException("Document " + key + " kept changing under " + ATTEMPTS + " attempts");
    }

    private boolean inserted(String key, DashboardRow row, List<Document> rows) {
        try {
            documents().insertOne(document(key, row, 1L, rows));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private boolean replaced(String key, long revision, DashboardRow row, List<Document> rows) {
        // Exactly the keys of the unique index: a lookup on the embedded server, not a scan.
        Document sameRevision = new Document(KEY, key).append(REVISION, revision);
        return documents().replaceOne(sameRevision, document(key, row, revision + 1, rows)).getMatchedCount() == 1;
    }

    private static Document document(String key, DashboardRow row, long revision, List<Document> rows) {
        return new Document("_id", key).append(KEY, key).append(REVISION, revision)
                .append("unitId", row.implementingUnitId()).append("fiscalYear", row.fiscalYear())
                .append(ROWS, rows);
    }

    void drop() {
        documents().drop();
        createIndexes();
    }

    private void createIndexes() {
        documents().createIndex(Indexes.ascending(KEY, REVISION), new IndexOptions().unique(true));
    }

    private MongoCollection<Document> documents() {
        return database.getCollection(COLLECTION);
    }
}
