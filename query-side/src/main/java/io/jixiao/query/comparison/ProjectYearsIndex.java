package io.jixiao.query.comparison;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.jixiao.query.dashboard.UnitDashboardProjection;
import io.jixiao.query.projection.BulkWrites;
import io.jixiao.query.projection.Generation;
import io.jixiao.query.projection.ReadModelGenerations;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@value #COLLECTION} collection: for each implementing unit and project key, the forms by fiscal year.
 * A form is listed under its project code ({@code _id} {@code "<unitId>|CODE|<code>"}) when it has one, and
 * always under its normalized name ({@code "<unitId>|NAME|<name>"}). Read by exact {@code _id}; written by an
 * atomic add-to-set, so a redelivered event adds nothing and concurrent writers lose nothing.
 */
@Component
public class ProjectYearsIndex {
    public static final String COLLECTION = "project_years";
    private static final String FORMS = "forms";

    private final MongoDatabase database;
    private final Generation generation;

    public ProjectYearsIndex(MongoDatabase database) {
        this(database, Generation.first());
    }

    /** In the dashboards' generation: the comparisons read both at once. */
    @Autowired
    public ProjectYearsIndex(MongoDatabase database, ReadModelGenerations generations) {
        this(database, generations.of(UnitDashboardProjection.PROCESSING_GROUP));
    }

    /** On the collection of {@code generation} (a rebuild's, or the active one). */
    public ProjectYearsIndex(MongoDatabase database, Generation generation) {
        this.database = database;
        this.generation = generation;
    }

    public static String codeKey(String unitId, String normalizedCode) {
        return unitId + "|CODE|" + normalizedCode;
    }

    public static String nameKey(String unitId, String normalizedName) {
        return unitId + "|NAME|" + normalizedName;
    }

    /** A form to list under a key. */
    record Entry(String key, String unitId, int fiscalYear, String evaluationId) {
    }

    /** Every entry in one bulk write of atomic add-to-sets. */
    void addAll(List<Entry> entries) {
        List<WriteModel<Document>> writes = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            writes.add(new UpdateOneModel<>(Filters.eq("_id", entry.key()),
                    Updates.combine(Updates.setOnInsert("unitId", entry.unitId()),
                            Updates.addToSet(FORMS, new Document("fiscalYear", entry.fiscalYear())
                                    .append("evaluationId", entry.evaluationId()))),
                    new UpdateOptions().upsert(true)));
        }
        BulkWrites.all(documents(), writes);
    }

    /** The forms under a key, by year then id. */
    public List<IndexedForm> forms(String key) {
        Document stored = documents().find(Filters.eq("_id", key)).first();
        if (stored == null) {
            return List.of();
        }
        return stored.getList(FORMS, Document.class).stream()
                .map(d -> new IndexedForm(d.getInteger("fiscalYear"), d.getString("evaluationId")))
                .sorted(Comparator.comparingInt(IndexedForm::fiscalYear).thenComparing(IndexedForm::evaluationId))
                .toList();
    }

    void drop() {
        documents().drop();
    }

    private MongoCollection<Document> documents() {
        return database.getCollection(generation.collection(COLLECTION));
    }

    public record IndexedForm(int fiscalYear, String evaluationId) {
    }
}
