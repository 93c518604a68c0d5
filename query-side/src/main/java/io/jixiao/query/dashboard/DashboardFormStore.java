package io.jixiao.query.dashboard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.query.evaluation.EvaluationFormStore;
import io.jixiao.query.evaluation.EvaluationStateJson;
import io.jixiao.query.evaluation.VersionedForms;
import io.jixiao.query.projection.FormStateCache;
import io.jixiao.query.projection.Generation;
import io.jixiao.query.projection.ReadModelGenerations;
import io.jixiao.query.projection.TouchedForms;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    private final Generation generation;
    private final FormStateCache<EvaluationState> states;
    /** Set once, at a form's first submission, and never changed: a cached time cannot go stale. */
    private final FormStateCache<Instant> firstSubmissions;

    public DashboardFormStore(MongoDatabase database) {
        this(database, EvaluationFormStore.DEFAULT_CACHED_FORMS);
    }

    public DashboardFormStore(MongoDatabase database, int cachedForms) {
        this(database, Generation.first(), cachedForms);
    }

    @Autowired
    public DashboardFormStore(MongoDatabase database, ReadModelGenerations generations,
                              @Value("${jixiao.projections.cached-forms:" + EvaluationFormStore.DEFAULT_CACHED_FORMS
                                      + "}") int cachedForms) {
        this(database, generations.of(UnitDashboardProjection.PROCESSING_GROUP), cachedForms);
    }

    /** On the collections of {@code generation} (a rebuild's, or the active one). */
    public DashboardFormStore(MongoDatabase database, Generation generation, int cachedForms) {
        this.database = database;
        this.generation = generation;
        this.states = new FormStateCache<>(cachedForms);
        this.firstSubmissions = new FormStateCache<>(cachedForms);
        generation.onSwitch(states::clear);
        generation.onSwitch(firstSubmissions::clear);
        createIndexes();
    }

    TouchedForms touched() {
        return new TouchedForms(states, id -> find(id).map(record -> {
            if (record.firstSubmittedAt() != null) {
                firstSubmissions.put(id, record.firstSubmittedAt());
            }
            return record.state();
        }));
    }

    /** When the form (whose state is given) was first submitted; null while it never was. */
    Instant firstSubmittedAt(EvaluationState state) {
        if (!state.everSubmitted()) {
            return null;
        }
        return firstSubmissions.get(state.evaluationId())
                .orElseGet(() -> find(state.evaluationId()).map(FormRecord::firstSubmittedAt).orElse(null));
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
        return VersionedForms.replaceAtVersion(forms(), form.state().evaluationId(), previousVersion, stored(form));
    }

    /**
     * Replaces every form in one bulk write, each only if it still stands at its previous version (same index).
     *
     * @return the ids of forms another writer had already moved on; they were left as they were
     */
    Set<String> saveAll(List<FormRecord> records, List<Long> previousVersions) {
        List<VersionedForms.Replacement> replacements = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            replacements.add(new VersionedForms.Replacement(records.get(i).state().evaluationId(),
                    previousVersions.get(i), stored(records.get(i))));
        }
        Set<String> collided = VersionedForms.replaceAllAtVersion(forms(), replacements);
        for (FormRecord record : records) {
            if (record.firstSubmittedAt() != null && !collided.contains(record.state().evaluationId())) {
                firstSubmissions.put(record.state().evaluationId(), record.firstSubmittedAt());
            }
        }
        return collided;
    }

    private static Document stored(FormRecord form) {
        return new Document("_id", form.state().evaluationId())
                .append(EVALUATION_ID, form.state().evaluationId())
                .append(VERSION, form.state().version())
                .append("firstSubmittedAt", Numbers.time(form.firstSubmittedAt()))
                .append("state", EvaluationStateJson.write(form.state()));
    }

    void drop() {
        states.clear();
        firstSubmissions.clear();
        forms().drop();
        createIndexes();
    }

    private void createIndexes() {
        VersionedForms.createIndex(forms());
    }

    private MongoCollection<Document> forms() {
        return database.getCollection(generation.collection(COLLECTION));
    }
}
