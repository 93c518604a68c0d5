package io.jixiao.query.evaluation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.EvaluationStatus;
import io.jixiao.kernel.organization.Organization;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

    private final MongoDatabase database;

    public EvaluationFormStore(MongoDatabase database) {
        this.database = database;
        createIndexes();
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
        Document stored = new Document("_id", state.evaluationId()).append(STATE, EvaluationStateJson.write(state));
        stored.putAll(form);
        stored.put(NextActors.AWAITED, NextActors.awaited(state));
        return VersionedForms.replaceAtVersion(forms(), state.evaluationId(), previousVersion, stored);
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
