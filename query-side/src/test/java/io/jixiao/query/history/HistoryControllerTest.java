package io.jixiao.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.FindEvaluationQuery;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.access.ReadPolicy;
import io.jixiao.query.evaluation.EvaluationFormProjection;
import io.jixiao.query.evaluation.EvaluationFormQueries;
import io.jixiao.query.evaluation.EvaluationFormStore;
import io.jixiao.query.evaluation.KernelEvaluationRules;
import io.jixiao.query.support.ControllerClients;
import io.jixiao.query.support.InMemoryMongo;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** History, time travel and diff over HTTP, replayed from an Axon event store holding {@link AntingHistory}. */
class HistoryControllerTest {
    private static final Organization ORGANIZATION = AntingHistory.ORGANIZATION;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<RecordedEvent> RECORDED = AntingHistory.recorded();
    private static final StoredEvents STORED = new StoredEvents();
    private static InMemoryMongo mongo;
    private static WebTestClient client;

    @BeforeAll
    static void serve() {
        STORED.append(RECORDED);
        // A snapshot must not hide the events before it: history reads from sequence number 0.
        STORED.store.storeSnapshot(new GenericDomainEventMessage<>(StoredEvents.AGGREGATE_TYPE, AntingHistory.ID, 9,
                "a snapshot of the aggregate"));
        mongo = new InMemoryMongo();
        HistoryController controller = new HistoryController(STORED.log(), new ReadPolicy(ORGANIZATION),
                ORGANIZATION, new KernelEvaluationRules());
        client = ControllerClients.bind(controller)
                .build();
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    private static WebTestClient as(String userId) {
        return ControllerClients.as(client, ORGANIZATION, userId);
    }

    /** The URI is sent as written, so a test decides what is escaped. */
    private static JsonNode get(String userId, String uri, int status) {
        byte[] body = as(userId).get().uri(URI.create(uri)).exchange().expectStatus().isEqualTo(status)
                .expectBody().returnResult().getResponseBodyContent();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String form(String query) {
        return "/api/evaluations/" + AntingHistory.ID + query;
    }

    @Test
    void theHistoryListsEveryVersionFromTheFirstEventDespiteTheSnapshot() {
        assertThat(STORED.store.readEvents(AntingHistory.ID).next().getSequenceNumber())
                .as("the one-argument read starts at the snapshot").isEqualTo(9);
        JsonNode history = get("at-center-filler", form("/history"), 200);
        assertThat(history.path("evaluationId").asText()).isEqualTo(AntingHistory.ID);
        assertThat(history.path("version").asLong()).isEqualTo(RECORDED.size());
        assertThat(history.path("amountUnit").asText()).isEqualTo("TEN_THOUSAND_YUAN");
        JsonNode changes = history.path("changes");
        assertThat(changes.get(0).path("version").asLong()).isEqualTo(1);
        List<Long> versions = changes.findValues("version").stream().map(JsonNode::asLong).distinct().toList();
        assertThat(versions).isEqualTo(java.util.stream.LongStream.rangeClosed(1, RECORDED.size()).boxed().toList());
        // 14 events: two funds figures at version 2 and score plus deviation at version 8 make 16 entries.
        assertThat(changes.size()).isEqualTo(16);
    }

    @Test
    void anEntryNamesTheActorWithUnitTheFieldInWordsTheValuesTheReasonAndTheStates() {
        JsonNode changes = get("at-gov-approver", form("/history"), 200).path("changes");
        JsonNode returned = changes.get(6);
        assertThat(returned.path("version").asLong()).isEqualTo(6);
        assertThat(returned.path("time").asText()).isEqualTo("2025-03-01T07:00:00Z");
        assertThat(returned.path("action").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("actor").path("id").asText()).isEqualTo("at-gov-approver");
        assertThat(returned.path("actor").path("unitName").asText()).isEqualTo("上海市嘉定区安亭镇人民政府");
        assertThat(returned.path("reason").asText()).isEqualTo("满意度须有问卷依据");
        assertThat(returned.path("stateBefore").path("reviewLevel").asText()).isEqualTo("DEPARTMENT");
        assertThat(returned.path("stateAfter").path("status").asText()).isEqualTo("RETURNED");
        JsonNode amended = changes.get(7);
        assertThat(amended.path("field").asText()).isEqualTo("indicators.I9.actual");
        assertThat(amended.path("fieldLabel").asText()).isEqualTo("指标 满意度指标/服务对象满意度指标/使用人员满意度 实际完成值");
        assertThat(amended.path("oldValue").asText()).isEqualTo("96.00(%)");
        assertThat(amended.path("newValue").asText()).isEqualTo("93.00(%)");
        assertThat(amended.path("reason").asText()).isEqualTo("按问卷统计更正");
    }

    @Test
    void whoMaySeeTheFormMaySeeItsPastAndNobodyElse() {
        get("jd-auditor", form("/history"), 200);
        JsonNode refused = get("sj-office-filler", form("/history"), 404);
        assertThat(refused.path("code").asText()).isEqualTo("EVALUATION_NOT_FOUND");
        assertThat(refused.path("messageZh").asText()).isNotBlank();
        get("sj-auditor", form("?version=1"), 404);
        get("sj-auditor", form("?asOf=2026-01-01T00:00:00Z"), 404);
        get("sj-auditor", form("/diff?from=1&to=2"), 404);
        assertThat(get("jd-auditor", "/api/evaluations/no-such-form/history", 404).path("code").asText())
                .isEqualTo("EVALUATION_NOT_FOUND");
        get("jd-auditor", "/api/evaluations/no-such-form?version=1", 404);
    }

    @Test
    void theFormAtAVersionIsWhatTheFormProjectionAnsweredAtThatVersion() throws IOException {
        EvaluationFormStore store = new EvaluationFormStore(mongo.freshDatabase());
        EvaluationFormProjection projection = new EvaluationFormProjection(store, ORGANIZATION,
                new KernelEvaluationRules());
        EvaluationFormQueries queries = new EvaluationFormQueries(store, ORGANIZATION);
        for (RecordedEvent recorded : RECORDED) {
            EvaluationEvent event = recorded.event();
            projection.on(event, recorded.sequence(), recorded.time());
            JsonNode then = JSON.readTree(JSON.writeValueAsString(
                    queries.find(new FindEvaluationQuery(AntingHistory.ID)).orElseThrow()));
            assertThat(get("jd-auditor", form("?version=" + (recorded.sequence() + 1)), 200))
                    .as("version %d", recorded.sequence() + 1).isEqualTo(then);
        }
    }

    @Test
    void theFormBeforeTheReturnShowsTheOldActualTotalAndScores() {
        JsonNode before = get("at-center-filler", form("?version=5"), 200);
        assertThat(before.path("version").asLong()).isEqualTo(5);
        assertThat(before.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(before.path("reviewLevel").asText()).isEqualTo("DEPARTMENT");
        assertThat(before.path("indicators").get(8).path("actual").asText()).isEqualTo("96.00(%)");
        assertThat(before.path("indicators").get(8).path("score").asText()).isEqualTo("10.00");
        assertThat(before.path("funds").path("total").path("executed").asText()).isEqualTo("25.00");
        JsonNode first = get("at-center-filler", form("?version=1"), 200);
        assertThat(first.path("funds").path("total").path("executed").asText()).isEqualTo("24.83");
        assertThat(first.path("totalScore").asText()).isEqualTo("97.21");
        assertThat(first.path("lastChangedAt").asText()).isEqualTo("2025-03-01T02:00:00Z");
    }

    @Test
    void aVersionOutOfRangeIsNotFoundAndAMalformedOneIsBadInput() {
        JsonNode zero = get("at-center-filler", form("?version=0"), 404);
        assertThat(zero.path("code").asText()).isEqualTo("VERSION_NOT_FOUND");
        assertThat(zero.path("message").asText()).contains("versions 1 to 14");
        assertThat(zero.path("messageZh").asText()).contains("版本为 1 至 14");
        assertThat(zero.path("details").path("currentVersion").asLong()).isEqualTo(14);
        get("at-center-filler", form("?version=15"), 404);
        JsonNode malformed = get("at-center-filler", form("?version=latest"), 400);
        assertThat(malformed.path("details").path("field").asText()).isEqualTo("version");
        assertThat(malformed.path("messageZh").asText()).isNotBlank();
        get("at-center-filler", form("?version="), 400);
        get("at-center-filler", form("?version=2&asOf=2025-03-01T03:00:00Z"), 400);
    }

    @Test
    void asOfAnswersTheFormAsItStoodAtThatMomentInAnyOffset() {
        assertThat(get("at-center-filler", form("?asOf=2025-03-01T04:30:00Z"), 200).path("version").asLong())
                .isEqualTo(3);
        assertThat(get("at-center-filler", form("?asOf=2025-03-01T12:30:00%2B08:00"), 200).path("version").asLong())
                .isEqualTo(3);
        assertThat(get("at-center-filler", form("?asOf=2025-03-01T12:30:00+08:00"), 200).path("version").asLong())
                .as("a '+' sent unescaped arrives as a space").isEqualTo(3);
        assertThat(get("at-center-filler", form("?asOf=2025-03-01T05:00:00Z"), 200).path("status").asText())
                .as("exactly at the submission").isEqualTo("UNDER_REVIEW");
        JsonNode tooEarly = get("at-center-filler", form("?asOf=2025-03-01T01:59:59Z"), 404);
        assertThat(tooEarly.path("code").asText()).isEqualTo("NOT_YET_DRAFTED");
        assertThat(tooEarly.path("details").path("draftedAt").asText()).isEqualTo("2025-03-01T02:00:00Z");
        assertThat(get("at-center-filler", form("?asOf=yesterday"), 400).path("details").path("field").asText())
                .isEqualTo("asOf");
    }

    @Test
    void theDiffNamesExactlyTheFiguresThatDiffer() {
        JsonNode diff = get("at-center-filler", form("/diff?from=1&to=8"), 200);
        assertThat(diff.path("from").path("version").asLong()).isEqualTo(1);
        assertThat(diff.path("from").path("status").asText()).isEqualTo("DRAFT");
        assertThat(diff.path("to").path("status").asText()).isEqualTo("RETURNED");
        assertThat(diff.path("to").path("totalScore").asText()).isNotEqualTo(diff.path("from").path("totalScore")
                .asText());
        assertThat(diff.path("changes").findValuesAsText("field")).containsExactly("funds.total.adjustedBudget",
                "funds.total.executed", "indicators.I9.actual", "indicators.I9.score", "indicators.I9.deviation");
        JsonNode actual = diff.path("changes").get(2);
        assertThat(actual.path("fieldLabel").asText()).isEqualTo("指标 满意度指标/服务对象满意度指标/使用人员满意度 实际完成值");
        assertThat(actual.path("oldValue").asText()).isEqualTo("95.00(%)");
        assertThat(actual.path("newValue").asText()).isEqualTo("93.00(%)");
        assertThat(get("at-center-filler", form("/diff?from=8&to=1"), 200).path("changes").get(2).path("newValue")
                .asText()).isEqualTo("95.00(%)");
        assertThat(get("at-center-filler", form("/diff?from=4&to=6"), 200).path("changes").size())
                .as("workflow steps change no figure").isZero();
    }

    @Test
    void aDiffNeedsTwoVersionsThatExist() {
        assertThat(get("at-center-filler", form("/diff?from=1"), 400).path("details").path("field").asText())
                .isEqualTo("to");
        get("at-center-filler", form("/diff?from=x&to=2"), 400);
        assertThat(get("at-center-filler", form("/diff?from=1&to=99"), 404).path("code").asText())
                .isEqualTo("VERSION_NOT_FOUND");
    }
}
