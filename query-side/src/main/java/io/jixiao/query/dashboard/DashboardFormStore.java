package io.jixiao.query.dashboard;


import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.jixiao.query.evaluation.EvaluationStateJson;
import io.jixiao.query.evaluation.VersionedForms;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The {@value #COLLECTION} collection: one document per form, keyed by its evaluation id, holding the fold's
 * state the next event is applied to. Internal to the dashboards and comparisons, never answered as it is.
 */
@Component
public class DashboardFormStore {
    public static final String COLLECTION = "unit_dashboard_forms";
    private static final String EVALUATION_ID = "evaluationId";
    private static final String VERSION = "version";

    private final MongoDatabase database;

    public DashboardFormStore(MongoDatabase database) {
        this.database = database;
        createIndexes();
    }

    public Optional<FormRecord> find(String evaluationId) {
        Document stored = forms().find(Filters.eq("_id", evaluationId)).first();
        return Optional.ofNullable(stored).map(d -> new FormRecord(EvaluationStateJson.read(d.getString("state")),
                Numbers.instant(d.getString("firstSubmittedAt"))));
    }

    /**
     * Replaces the form only if it still stands at {@code previousVersion} (absent for 0), so a writer that fell
     * behind cannot put an older state back.
     *
     * @return false when another writer already moved the form past that version
     */
    boolean save(FormRecord form, long previousVersion) {
        Document stored = new Document("_id", form.state().evaluationId())
                .append(EVALUATION_ID, form.state().evaluationId())
                .append(VERSION, form.state().version())
                .append("firstSubmittedAt", Numbers.time(form.firstSubmittedAt()))
                .append("state", EvaluationStateJson.write(form.state()));
        return VersionedForms.replaceAtVersion(forms(), form.state().evaluationId(), previousVersion, stored);
    }

    void drop() {
        forms().drop();
        createIndexes();
    }

    private void createIndexes() {
        VersionedForms.createIndex(forms());
    }

    private MongoCollection<Document> forms() {
        return database.getCollection(COLLECTION);
    }
}
