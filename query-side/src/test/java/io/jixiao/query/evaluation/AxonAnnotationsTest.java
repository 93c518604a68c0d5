package io.jixiao.query.evaluation;

import com.mongodb.client.MongoDatabase;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationStatus;
import io.jixiao.kernel.evaluation.FindEvaluationQuery;
import io.jixiao.kernel.evaluation.ListEvaluationsQuery;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.support.AntingForm;
import io.jixiao.query.support.DemoOrganization;
import io.jixiao.query.support.FixedRules;
import io.jixiao.query.support.InMemoryMongo;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.jixiao.query.support.DemoOrganization.actor;
import static org.assertj.core.api.Assertions.assertThat;

/** The handlers as Axon calls them: parameters resolved from the message, queries through the gateway. */
class AxonAnnotationsTest {
    private static InMemoryMongo mongo;

    private final Organization organization = DemoOrganization.organization();
    private AnnotationEventHandlerAdapter handler;
    private QueryGateway queryGateway;

    @BeforeAll
    static void startMongo() {
        mongo = new InMemoryMongo();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @BeforeEach
    void wire() {
        MongoDatabase database = mongo.freshDatabase();
        EvaluationFormStore store = new EvaluationFormStore(database);
        handler = new AnnotationEventHandlerAdapter(new EvaluationFormProjection(store, organization, new FixedRules()));
        queryGateway = QueryGateways.over(new EvaluationFormQueries(store, organization));
    }

    @Test
    void theProjectionBelongsToTheEvaluationFormsProcessingGroup() {
        assertThat(EvaluationFormProjection.class.getAnnotation(ProcessingGroup.class).value())
                .isEqualTo("evaluation-forms");
    }

    @Test
    void theAggregateSequenceAndTheEventTimestampReachTheHandler() throws Exception {
        handle(0, AntingForm.drafted(), "2025-03-01T02:00:00Z");
        handle(1, AntingForm.submitted(organization, actor(AntingForm.FILLER)), "2025-03-02T09:30:00Z");
        handle(1, AntingForm.submitted(organization, actor(AntingForm.FILLER)), "2025-03-03T00:00:00Z");

        Document form = find(AntingForm.ID).orElseThrow();
        assertThat(form.get("version")).isEqualTo(2L);
        assertThat(form.getString("lastChangedAt")).isEqualTo("2025-03-02T09:30:00Z");
    }

    @Test
    void aResetThroughAxonEmptiesTheReadModel() throws Exception {
        handle(0, AntingForm.drafted(), "2025-03-01T02:00:00Z");

        assertThat(handler.supportsReset()).isTrue();
        handler.prepareReset();

        assertThat(find(AntingForm.ID)).isEmpty();
    }

    @Test
    void theFindQueryAnswersTheFormWithoutItsInternalState() throws Exception {
        handle(0, AntingForm.drafted(), "2025-03-01T02:00:00Z");

        Document form = find(AntingForm.ID).orElseThrow();

        assertThat(form).doesNotContainKeys("_id", "state");
        assertThat(form.getString("evaluationId")).isEqualTo(AntingForm.ID);
        assertThat(find("no-such-form")).isEmpty();
    }

    @Test
    void theListQueryFiltersByYearUnitSubtreeAndStatus() throws Exception {
        handle(0, AntingForm.drafted(), "2025-03-01T02:00:00Z");
        handle(0, AntingForm.drafted("ev-sj-office", "SJ-OFFICE", "SJ-OFFICE"), "2025-03-01T02:00:00Z");
        handle(0, AntingForm.drafted("ev-sj-bigdata", "SJ-BIGDATA", "SJ-OFFICE"), "2025-03-01T02:00:00Z");

        assertThat(ids(new ListEvaluationsQuery(null, null, null)))
                .containsExactly(AntingForm.ID, "ev-sj-bigdata", "ev-sj-office");
        assertThat(ids(new ListEvaluationsQuery(2024, "SJ-OFFICE", null))).containsExactly("ev-sj-bigdata", "ev-sj-office");
        assertThat(ids(new ListEvaluationsQuery(null, "SJ-BIGDATA", null))).containsExactly("ev-sj-bigdata");
        assertThat(ids(new ListEvaluationsQuery(null, "JD-FIN", EvaluationStatus.DRAFT))).containsExactly(AntingForm.ID);
        assertThat(ids(new ListEvaluationsQuery(2023, null, null))).isEmpty();
        assertThat(ids(new ListEvaluationsQuery(null, null, EvaluationStatus.APPROVED))).isEmpty();
    }

    @Test
    void aSummaryHoldsTheListFieldsOnly() throws Exception {
        handle(0, AntingForm.drafted(), "2025-03-01T02:00:00Z");

        List<Document> summaries = list(new ListEvaluationsQuery(2024, null, null));

        assertThat(summaries).singleElement().satisfies(summary -> assertThat(summary.keySet()).containsExactlyInAnyOrder(
                "evaluationId", "version", "fiscalYear", "projectName", "projectCode", "competentDepartmentId",
                "competentDepartmentName", "implementingUnitId", "implementingUnitName", "status", "reviewLevel",
                "nextActors", "totalScore", "grade"));
    }

    private void handle(long sequence, EvaluationEvent event, String timestamp) throws Exception {
        handler.handle(new GenericDomainEventMessage<>("ProjectEvaluation", event.evaluationId(), sequence, event,
                MetaData.emptyInstance(), UUID.randomUUID().toString(), Instant.parse(timestamp)));
    }

    private Optional<Document> find(String evaluationId) {
        return queryGateway.query(new FindEvaluationQuery(evaluationId), ResponseTypes.optionalInstanceOf(Document.class))
                .join();
    }

    private List<Document> list(ListEvaluationsQuery query) {
        return queryGateway.query(query, ResponseTypes.multipleInstancesOf(Document.class)).join();
    }

    private List<String> ids(ListEvaluationsQuery query) {
        return list(query).stream().map(d -> d.getString("evaluationId")).toList();
    }
}
