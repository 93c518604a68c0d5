package io.jixiao.query.dashboard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import io.jixiao.query.projection.BulkWrites;
import io.jixiao.query.projection.Generation;
import io.jixiao.query.projection.ReadModelGenerations;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@value #COLLECTION} collection: one document per (implementing unit, fiscal year), {@code _id}
 * {@code "<year>/<unitId>"}, holding one compact row per form of that unit and year. Read by exact {@code _id};
 * written by read-modify-replace guarded by a revision, so that writers of different forms of the same unit
 * (other segments, other instances) never lose each other's rows; a batch of rows reads and writes each document once.
 */
@Component
public class UnitYearStore {
    public static final String COLLECTION = "unit_dashboards";
    private static final String KEY = "key";
    private static final String REVISION = "revision";
    private static final String ROWS = "rows";
    private static final int ATTEMPTS = 100;

    private final MongoDatabase database;
    private final Generation generation;

    public UnitYearStore(MongoDatabase database) {
        this(database, Generation.first());
    }

    @Autowired
    public UnitYearStore(MongoDatabase database, ReadModelGenerations generations) {
        this(database, generations.of(UnitDashboardProjection.PROCESSING_GROUP));
    }

    /** On the collection of {@code generation} (a rebuild's, or the active one). */
    public UnitYearStore(MongoDatabase database, Generation generation) {
        this.database = database;
        this.generation = generation;
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
        return putAll(List.of(row)) > 0;
    }

    /**
     * Puts every row as {@link #put} does, reading and writing each unit-year document once (the writes in one
     * bulk); a document another writer changed meanwhile is read again and merged again.
     *
     * @return how many documents changed
     */
    int putAll(List<DashboardRow> rows) {
        Map<String, List<DashboardRow>> byKey = new LinkedHashMap<>();
        for (DashboardRow row : rows) {
            byKey.computeIfAbsent(key(row.implementingUnitId(), row.fiscalYear()), k -> new ArrayList<>()).add(row);
        }
        int changed = 0;
        for (int attempt = 0; attempt < ATTEMPTS && !byKey.isEmpty(); attempt++) {
            List<Merged> merged = new ArrayList<>();
            for (Map.Entry<String, List<DashboardRow>> entry : byKey.entrySet()) {
                Merged one = merge(entry.getKey(), entry.getValue());
                if (one == null) {
                    continue;
                }
                merged.add(one);
            }
            Set<String> lost = write(merged);
            changed += merged.size() - lost.size();
            byKey.keySet().retainAll(lost);
        }
        if (!byKey.isEmpty()) {
            throw new IllegalStateException("Documents " + byKey.keySet() + " kept changing under " + ATTEMPTS
                    + " attempts");
        }
        return changed;
    }

    /** A unit-year document with the rows put in, and the revision it must still have (null: it must not exist). */
    private record Merged(String key, Long revision, Document document) {
    }

    /** Null when the document already holds every row at the same or a later version. */
    private Merged merge(String key, List<DashboardRow> rows) {
        Document stored = documents().find(Filters.eq("_id", key)).first();
        List<Document> merged = stored == null ? new ArrayList<>() : new ArrayList<>(stored.getList(ROWS, Document.class));
        boolean changed = false;
        for (DashboardRow row : rows) {
            Document current = merged.stream().filter(r -> row.evaluationId().equals(r.getString("evaluationId")))
                    .findFirst().orElse(null);
            if (current != null && ((Number) current.get("version")).longValue() >= row.version()) {
                continue;
            }
            merged.remove(current);
            merged.add(row.toDocument());
            changed = true;
        }
        if (!changed) {
            return null;
        }
        merged.sort(Comparator.comparing(r -> r.getString("evaluationId")));
        DashboardRow any = rows.get(0);
        Long revision = stored == null ? null : stored.getLong(REVISION);
        return new Merged(key, revision, document(key, any, revisionOf(merged), merged));
    }

    /**
     * The sum of the rows' versions: it grows with every change (a row only ever moves to a later version, or is
     * added), so it guards the document as a write counter would, and a rebuild that writes the same rows in other
     * batches ends at the same revision as the live document.
     */
    private static long revisionOf(List<Document> rows) {
        return rows.stream().mapToLong(r -> ((Number) r.get("version")).longValue()).sum();
    }

    /** Writes every merged document in one bulk; answers the keys another writer changed first. */
    private Set<String> write(List<Merged> merged) {
        List<WriteModel<Document>> writes = new ArrayList<>(merged.size());
        for (Merged one : merged) {
            // Exactly the keys of the unique index: a lookup on the embedded server, not a scan.
            writes.add(one.revision() == null ? new InsertOneModel<>(one.document())
                    : new ReplaceOneModel<>(new Document(KEY, one.key()).append(REVISION, one.revision()),
                    one.document()));
        }
        BulkWrites.Outcome outcome = BulkWrites.apply(documents(), writes);
        Set<String> lost = new HashSet<>();
        for (int index : outcome.collided()) {
            lost.add(merged.get(index).key());
        }
        if (outcome.applied() + lost.size() < merged.size()) {
            // A replacement whose revision had gone matched nothing: read each back to learn which.
            for (Merged one : merged) {
                if (!lost.contains(one.key()) && !one.document().equals(documents().find(Filters.eq("_id", one.key())).first())) {
                    lost.add(one.key());
                }
            }
        }
        return lost;
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
        return database.getCollection(generation.collection(COLLECTION));
    }
}
