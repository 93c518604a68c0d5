package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.jixiao.command.evaluation.ProjectEvaluation;
import io.jixiao.platform.storage.EmbeddedMongo;
import io.jixiao.kernel.evaluation.ActualValueAmendedEvent;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.query.evaluation.EvaluationFormStore;
import io.jixiao.query.evaluation.EvaluationStateJson;
import io.jixiao.query.history.FormEventLog;
import io.jixiao.query.history.RecordedEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 14: an installation whose store was written by older code. Before the application starts, a form is
 * put into its event store exactly as code from before event revisions wrote it: no {@code payloadRevision}, and a
 * draft from before forms named their scoring policy (no {@code scoringPolicy}). The application must read that
 * past through its upcasters on every path: the aggregate loaded from the store decides a new command on it, the
 * form projection (a tracking processor) and the history (which reads the store itself) show it, and every one of
 * them sees the form on the national scoring policy. New events are stored with revision "1"; a snapshot in the
 * old shape (no revision) is not used, so the form is folded again from its upcast events.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jixiao.demo=false",
        "jixiao.organization-file=classpath:io/jixiao/platform/organization/demo-organization.yml",
        "jixiao.snapshot-threshold=2", "jixiao.aggregate-cache=false"})
class OldEventShapesTest {
    private static final String ID = "ev-written-before-revisions";
    private static final String TYPE = "ProjectEvaluation";

    /** The draft as the old code serialized it: every field of that time, no scoring policy. */
    private static final String OLD_DRAFT = """
            {"evaluationId":"ev-written-before-revisions","fiscalYear":2023,"projectName":"城市网格化管理平台运维",\
            "projectCode":"AT-XM-OLD","competentDepartmentId":"AT-GOV","implementingUnitId":"AT-CENTER",\
            "amountUnit":"TEN_THOUSAND_YUAN",\
            "funds":{"total":{"initialBudget":281000.00,"adjustedBudget":269500.00,"executed":248300.00},\
            "currentYearAppropriation":{"initialBudget":281000.00,"adjustedBudget":269500.00,"executed":248300.00},\
            "carryover":{"initialBudget":0,"adjustedBudget":0,"executed":0},\
            "other":{"initialBudget":0,"adjustedBudget":0,"executed":0}},\
            "goals":{"expected":"平台全年稳定运行","actual":"全年稳定运行"},\
            "indicators":[{"indicatorId":"I1","level1":"产出指标","level2":"数量指标","name":"巡检次数",\
            "target":"≥12次","weight":50,"actual":"12次","score":null,"deviation":null},\
            {"indicatorId":"I2","level1":"满意度指标","level2":"服务对象满意度指标","name":"使用人员满意度",\
            "target":"≥90%","weight":40,"actual":"93%","score":null,"deviation":null}],\
            "source":"api","actor":{"userId":"at-center-filler","name":"安亭城运中心填报人","unitId":"AT-CENTER",\
            "roles":["FILLER"]}}""";
    private static final String OLD_AMENDMENT = """
            {"evaluationId":"ev-written-before-revisions","indicatorId":"I1","actual":"13次","reason":null,\
            "actor":{"userId":"at-center-filler","name":"安亭城运中心填报人","unitId":"AT-CENTER","roles":["FILLER"]}}""";

    @Autowired
    WebTestClient client;
    @Autowired
    EventStore eventStore;
    @Autowired
    Repository<ProjectEvaluation> repository;
    @Autowired
    FormEventLog history;
    @Autowired
    MongoDatabase database;

    @DynamicPropertySource
    static void installationWrittenByOlderCode(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("jixiao-old-shapes");
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dir);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoDatabase store = client.getDatabase("jixiao");
            Instant then = Instant.parse("2024-03-05T02:10:00Z");
            store.getCollection("event_counters").insertOne(new Document("_id", "global").append("next", 2L)
                    .append("reservedAt", Date.from(then.plusSeconds(60))));
            MongoCollection<Document> commits = store.getCollection("event_commits");
            commits.insertOne(oldCommit(0, "io.jixiao.kernel.evaluation.EvaluationDraftedEvent", OLD_DRAFT, then));
            commits.insertOne(oldCommit(1, "io.jixiao.kernel.evaluation.ActualValueAmendedEvent", OLD_AMENDMENT,
                    then.plusSeconds(60)));
        }
        registry.add("jixiao.data-dir", dir::toString);
    }

    /** One event in its own commit, laid out as the store lays it out, with the old code's null revision. */
    private static Document oldCommit(long sequence, String payloadType, String payload, Instant time) {
        Document event = new Document("eventIdentifier", "old-event-" + sequence)
                .append("aggregateIdentifier", ID).append("type", TYPE).append("sequenceNumber", sequence)
                .append("timestamp", time.toString()).append("payloadType", payloadType)
                .append("payloadRevision", null).append("payload", payload).append("metaData", "{}")
                .append("globalIndex", sequence);
        return new Document("_id", ID + ":" + sequence).append("kind", "commit").append("aggregateIdentifier", ID)
                .append("type", TYPE).append("firstSequence", sequence).append("lastSequence", sequence)
                .append("firstGlobalIndex", sequence).append("count", 1).append("commitTime", Date.from(time))
                .append("events", List.of(event));
    }

    @Test
    void anInstallationReadsWhatOlderCodeStored() throws Exception {
        theAggregateTheProjectionAndTheHistoryReadThePastThroughTheUpcasters();
        aSnapshotInAnOlderShapeIsNotUsed();
    }

    private void theAggregateTheProjectionAndTheHistoryReadThePastThroughTheUpcasters() throws Exception {
        EvaluationState loaded = load();
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(loaded.scoringPolicy()).as("the aggregate's form").isEqualTo("NATIONAL");
        assertThat(loaded.indicator("I1").orElseThrow().actual()).isEqualTo("13次");

        Api api = new Api(client);
        String filler = api.login("at-center-filler");
        String form = "/api/evaluations/" + ID;
        assertThat(json(api.put(filler, form + "/indicators/I2/actual",
                Map.of("actual", "95%", "reason", "按问卷统计更正", "expectedVersion", 2)), 200).path("version").asLong())
                .as("a command decided on the old events").isEqualTo(3);
        Document stored = database.getCollection("event_commits").find(Filters.eq("_id", ID + ":2")).first();
        assertThat(stored).isNotNull();
        Document newEvent = stored.getList("events", Document.class).get(0);
        assertThat(newEvent.getString("payloadRevision")).as("the revision stored with a new event").isEqualTo("1");

        api.awaitForm(filler, ID, f -> f.path("version").asLong() == 3);
        Document projected = database.getCollection(EvaluationFormStore.COLLECTION).find(Filters.eq("_id", ID)).first();
        EvaluationState projectedState = EvaluationStateJson.read(projected.getString("state"));
        assertThat(projectedState.scoringPolicy()).as("the form projection's form").isEqualTo("NATIONAL");
        assertThat(projectedState).as("the projection folds what the aggregate folds").isEqualTo(load());

        List<RecordedEvent> past = history.read(ID);
        assertThat(past).extracting(RecordedEvent::sequence).containsExactly(0L, 1L, 2L);
        assertThat(((EvaluationDraftedEvent) past.get(0).event()).scoringPolicy()).as("the history's draft")
                .isEqualTo("NATIONAL");
        assertThat(((ActualValueAmendedEvent) past.get(1).event()).actual()).isEqualTo("13次");
        JsonNode changes = json(api.get(filler, form + "/history"), 200).path("changes");
        assertThat(changes.findValuesAsText("action")).containsExactly("DRAFTED", "ACTUAL_AMENDED", "ACTUAL_AMENDED");
        assertThat(changes.get(0).path("time").asText()).startsWith("2024-03-05");
        JsonNode firstVersion = json(api.get(filler, form + "?version=1"), 200);
        assertThat(firstVersion.path("indicators").get(0).path("actual").asText()).isEqualTo("12次");
    }

    private void aSnapshotInAnOlderShapeIsNotUsed() throws Exception {
        EvaluationState folded = load();
        MongoCollection<Document> snapshots = database.getCollection("event_snapshots");
        Document snapshot = snapshots.find(Filters.eq("_id", ID)).first();
        if (snapshot == null) {
            // the command above loaded two events and added a third, so threshold 2 should have taken one
            Api api = new Api(client);
            json(api.put(api.login("at-center-filler"), "/api/evaluations/" + ID + "/goals",
                    Map.of("actual", "全年稳定运行，无故障", "expectedVersion", folded.version())), 200);
            folded = load();
            snapshot = snapshots.find(Filters.eq("_id", ID)).first();
        }
        assertThat(snapshot).as("a snapshot of the form").isNotNull();
        assertThat(snapshot.getString("payloadRevision")).as("the snapshot's revision").isEqualTo("1");
        assertThat(eventStore.readEvents(ID).peek().getPayload()).isInstanceOf(ProjectEvaluation.class);

        // The same snapshot as older code would have stored it: no revision, a form without its scoring policy.
        ObjectNode aggregate = (ObjectNode) Api.JSON.readTree(snapshot.getString("payload"));
        ((ObjectNode) aggregate.path("state")).remove("scoringPolicy");
        snapshots.replaceOne(Filters.eq("_id", ID), snapshot.append("payloadRevision", null)
                .append("payload", Api.JSON.writeValueAsString(aggregate)));

        assertThat(eventStore.readEvents(ID).peek().getSequenceNumber()).as("the stream starts at the draft again")
                .isZero();
        EvaluationState reloaded = load();
        assertThat(reloaded.scoringPolicy()).isEqualTo("NATIONAL");
        assertThat(reloaded).isEqualTo(folded);
    }

    private EvaluationState load() throws Exception {
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> repository.load(ID)
                .invoke(OldEventShapesTest::stateOf)).getPayload();
    }

    private static EvaluationState stateOf(ProjectEvaluation aggregate) {
        try {
            Field state = ProjectEvaluation.class.getDeclaredField("state");
            state.setAccessible(true);
            return (EvaluationState) state.get(aggregate);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The aggregate keeps its fold state in the field 'state'", e);
        }
    }
}
