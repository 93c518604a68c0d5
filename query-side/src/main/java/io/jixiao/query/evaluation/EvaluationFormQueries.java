package io.jixiao.query.evaluation;

import io.jixiao.kernel.evaluation.FindEvaluationQuery;
import io.jixiao.kernel.evaluation.ListEvaluationsQuery;
import io.jixiao.kernel.organization.Organization;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Answers from {@value EvaluationFormStore#COLLECTION}. The queries do not know who asks: whoever answers a
 * person filters by what that person may see.
 */
@Component
public class EvaluationFormQueries {
    private final EvaluationFormStore store;
    private final Organization organization;

    public EvaluationFormQueries(EvaluationFormStore store, Organization organization) {
        this.store = store;
        this.organization = organization;
    }

    /** The form as answered, without the stored fold state; who must act next as the organization is now. */
    @QueryHandler
    public Optional<Document> find(FindEvaluationQuery query) {
        return store.find(query.evaluationId(), organization);
    }

    /** Summaries; {@code unitId} means forms whose implementing unit is that unit or lies below it. */
    @QueryHandler
    public List<Document> list(ListEvaluationsQuery query) {
        return store.list(query.fiscalYear(),
                query.unitId() == null ? null : organization.subtree(query.unitId()),
                query.status(), organization);
    }
}
