package io.jixiao.query.evaluation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.EvaluationStatus;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.projection.FormStateCache;
import io.jixiao.query.projection.Generation;
import io.jixiao.query.projection.ReadModelGenerations;
import io.jixiao.query.projection.TouchedForms;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@value #COLLECTION} collection: one document per form, keyed by its evaluation id. */
@Component
public class EvaluationFormStore {
    public static final String COLLECTION = "evaluation_forms";
    /** The folded state the next event is applied to; internal, never answered. */
    static final String STATE = "state";
    static final String EVALUATION_ID = "evaluationId";
    static final String VERSION = "version";

    static final List<String> SUMMARY_FIELDS = List.of("evaluationId", "fiscalYear", "projectName", "projectCode",
            "competentDepartmentId", "implementingUnitId", "status", "reviewLevel", "version", "totalScore", "grade",
            // stored by releases before the form kept whom it awaits; answered for such a form (AnsweredForm)
            NextActors.NEXT_ACTORS);

    /** A form to store: its state, its document as answered, and the version the stored one must still have. */
    record Saved(EvaluationState state, Document form, long previousVersion) {
    }

    private final MongoDatabase database;
    private final Generation generation;
    private final FormStateCache<EvaluationState> cache;

    public EvaluationFormStore(MongoDatabase database) {
        this(database, DEFAULT_CACHED_FORMS);
    }

    public EvaluationFormStore(MongoDatabase database, int cachedForms) {
        this(database, Generation.first(), cachedForms);
    }

    @Autowired
    public EvaluationFormStore(MongoDatabase database, ReadModelGenerations generations,
                               @Value("${jixiao.projections.cached-forms:" + DEFAULT_CACHED_FORMS + "}") int cachedForms) {
        this(database, generations.of(EvaluationFormProjection.PROCESSING_GROUP), cachedForms);
    }

    /** On the collections of {@code generation} (a rebuild's, or the active one). */
    public EvaluationFormStore(MongoDatabase database, Generation generation, int cachedForms) {
        this.database = database;
        this.generation = generation;
        this.cache = new FormStateCache<>(cachedForms);
        generation.onSwitch(cache::clear);
        createIndexes();
    }

    /** States of recent forms kept per read model; see README "Read side settings". */
    public static final int DEFAULT_CACHED_FORMS = 4096;

    /** A fresh set of forms for a batch of events, starting from the states stored (or cached) here. */
    TouchedForms touched() {
        return new TouchedForms(cache, this::state);
    }

    Optional<EvaluationState> state(String evaluationId) {
        Document stored = forms().find(Filters.eq("_id", evaluationId)).projection(Projections.include(STATE)).first();
        return Optional.ofNullable(stored).map(d -> EvaluationStateJson.read(d.getString(STATE)));
    }

    /**
     * Replaces the form in one write, only if it still stands at {@code previousVersion} (absent for 0), so a
     * writer that fell behind (a stale segment claim) cannot put an older form back.
     *
     * @return false when another writer already moved the form past that version
     */
    boolean save(EvaluationState state, Document form, long previousVersion) {
        return VersionedForms.replaceAtVersion(forms(), state.evaluationId(), previousVersion, stored(state, form));
    }

    /**
     * Replaces every form in one bulk write, each only if it still stands at its previous version.
     *
     * @return the ids of forms another writer had already moved past that version; they were left as they were
     */
    Set<String> saveAll(List<Saved> forms) {
        return VersionedForms.replaceAllAtVersion(forms(), forms.stream()
                .map(saved -> new VersionedForms.Replacement(saved.state().evaluationId(), saved.previousVersion(),
                        stored(saved.state(), saved.form())))
                .toList());
    }

    private static Document stored(EvaluationState state, Document form) {
        Document stored = new Document("_id", state.evaluationId()).append(STATE, EvaluationStateJson.write(state));
        stored.putAll(form);
        stored.put(NextActors.AWAITED, NextActors.awaited(state));
        return stored;
    }

    /** The form as stored, without what it takes from the organization and whom it awaits. */
    Optional<Document> find(String evaluationId) {
        return stored(evaluationId).map(form -> {
            form.remove(NextActors.AWAITED);
            return form;
        });
    }

    /** The form as answered now: unit names and who must act next from the organization as it is. */
    Optional<Document> find(String evaluationId, Organization now) {
        return stored(evaluationId).map(form -> AnsweredForm.of(form, now));
    }

    private Optional<Document> stored(String evaluationId) {
        return Optional.ofNullable(forms().find(Filters.eq("_id", evaluationId))
                .projection(Projections.exclude("_id", STATE)).first());
    }

    /**
     * Summaries, unit names and who must act next from the organization as it is. Null arguments do not filter;
     * {@code implementingUnitIds} is the set the implementing unit must be in.
     */
    List<Document> list(Integer fiscalYear, Collection<String> implementingUnitIds, EvaluationStatus status,
                        Organization now) {
        List<Bson> filters = new ArrayList<>();
        if (fiscalYear != null) {
            filters.add(Filters.eq("fiscalYear", fiscalYear));
        }
        if (implementingUnitIds != null) {
            filters.add(Filters.in("implementingUnitId", implementingUnitIds));
        }
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        return forms().find(filters.isEmpty() ? new Document() : Filters.and(filters))
                .projection(Projections.fields(Projections.include(SUMMARY_FIELDS),
                        Projections.include(NextActors.AWAITED), Projections.excludeId()))
                .sort(Sorts.orderBy(Sorts.descending("fiscalYear"), Sorts.ascending("implementingUnitId"),
                        Sorts.ascending("projectName"), Sorts.ascending("evaluationId")))
                .map(form -> AnsweredForm.of(form, now))
                .into(new ArrayList<>());
    }

    void drop() {
        cache.clear();
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
