package io.jixiao.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.access.ReadPolicy;
import io.jixiao.query.support.ControllerClients;
import io.jixiao.query.support.InMemoryMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit search over HTTP, over the changes of {@link AuditFixture}. */
class AuditControllerTest {
    private static final Organization ORGANIZATION = AntingHistory.ORGANIZATION;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static InMemoryMongo mongo;
    private static WebTestClient client;

    @BeforeAll
    static void serve() {
        mongo = new InMemoryMongo();
        FigureChangeStore store = new FigureChangeStore(mongo.freshDatabase(),
                FigureChangeStore.SearchPlan.SCAN);
        FigureChangeProjection projection = new FigureChangeProjection(store);
        AuditFixture.feed(projection, AuditFixture.anting());
        AuditFixture.feed(projection, AuditFixture.bigdata());
        client = ControllerClients.bind(new AuditController(store, ORGANIZATION, new ReadPolicy(ORGANIZATION)))
                .build();
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    private static JsonNode get(String userId, String query, int status) {
        byte[] body = ControllerClients.as(client, ORGANIZATION, userId)
                .get().uri(URI.create("/api/audit/changes" + query)).exchange()
                .expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBodyContent();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aCallerSeesTheChangesOfTheirOwnSubtreeByDefault() {
        JsonNode own = get("at-center-filler", "", 200);
        assertThat(own.path("page").asInt()).isZero();
        assertThat(own.path("size").asInt()).isEqualTo(50);
        assertThat(own.path("total").asLong()).isEqualTo(7);
        assertThat(get("sj-auditor", "", 200).path("total").asLong()).isEqualTo(2);
        assertThat(get("sj-office-filler", "", 200).path("total").asLong()).isEqualTo(2);
        assertThat(get("at-gov-approver", "?fiscalYear=2023", 200).path("total").asLong()).isZero();
    }

    @Test
    void aChangeCarriesTheFormTheFigureInWordsBothValuesTheActorAndTheReason() {
        JsonNode change = get("jd-auditor", "?unitId=JD-FIN&afterSubmission=true&size=1", 200).path("changes").get(0);
        assertThat(change.path("evaluationId").asText()).isEqualTo(AntingHistory.ID);
        assertThat(change.path("projectName").asText()).isEqualTo("信息化项目运维(信息安全三级等保)");
        assertThat(change.path("fiscalYear").asInt()).isEqualTo(2024);
        assertThat(change.path("implementingUnitName").asText()).isEqualTo("上海市嘉定区安亭镇城市运行管理中心");
        assertThat(change.path("version").asLong()).isEqualTo(14);
        assertThat(change.path("time").asText()).isEqualTo("2025-03-01T15:00:00Z");
        assertThat(change.path("action").asText()).isEqualTo("FUNDS_AMENDED");
        assertThat(change.path("field").asText()).isEqualTo("funds.carryover.executed");
        assertThat(change.path("fieldLabel").asText()).isEqualTo("资金 上年结转资金 全年执行数");
        assertThat(change.path("oldValue").asText()).isEqualTo("0.00");
        assertThat(change.path("newValue").asText()).isEqualTo("1.50");
        assertThat(change.path("amountUnit").asText()).isEqualTo("TEN_THOUSAND_YUAN");
        assertThat(change.path("reason").asText()).isEqualTo("结转资金更正");
        assertThat(change.path("actor").path("unitName").asText()).isEqualTo("上海市嘉定区安亭镇城市运行管理中心");
        assertThat(change.path("afterSubmission").asBoolean()).isTrue();
        assertThat(change.path("afterApproval").asBoolean()).isTrue();
        assertThat(change.path("stateBefore").path("status").asText()).isEqualTo("REOPENED");
        assertThat(change.has("_id")).isFalse();
    }

    @Test
    void aUnitOutsideTheCallersSubtreeIsForbidden() {
        JsonNode refused = get("sj-auditor", "?unitId=JD-FIN", 403);
        assertThat(refused.path("code").asText()).isEqualTo("FORBIDDEN_UNIT");
        assertThat(refused.path("messageZh").asText()).isNotBlank();
        get("at-center-filler", "?unitId=AT-GOV", 403);
        assertThat(get("at-gov-approver", "?unitId=AT-CENTER", 200).path("total").asLong()).isEqualTo(7);
    }

    @Test
    void datesAreDaysInChinaStandardTimeAndTimesCarryTheirOffset() {
        assertThat(get("jd-auditor", "?from=2025-03-01&to=2025-03-01", 200).path("total").asLong()).isEqualTo(7);
        assertThat(get("jd-auditor", "?to=2025-02-28", 200).path("total").asLong()).isZero();
        assertThat(get("jd-auditor", "?from=2025-03-01T16:00:00%2B08:00&to=2025-03-01T17:00:00%2B08:00", 200)
                .path("changes").findValuesAsText("version")).containsExactly("7");
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        expectBad("?size=201", "size");
        expectBad("?size=0", "size");
        expectBad("?page=-1", "page");
        expectBad("?fiscalYear=twenty", "fiscalYear");
        expectBad("?from=03/01/2025", "from");
        expectBad("?to=2025-13-01", "to");
        expectBad("?afterSubmission=yes", "afterSubmission");
        expectBad("?afterApproval=1", "afterApproval");
        expectBad("?unitId=NOWHERE", "unitId");
        assertThat(get("jd-auditor", "?size=200&page=0", 200).path("size").asInt()).isEqualTo(200);
    }

    private static void expectBad(String query, String field) {
        JsonNode refused = get("jd-auditor", query, 400);
        assertThat(refused.path("code").asText()).isEqualTo("INVALID_PARAMETER");
        assertThat(refused.path("details").path("field").asText()).as(query).isEqualTo(field);
        assertThat(refused.path("messageZh").asText()).contains(field);
    }
}
