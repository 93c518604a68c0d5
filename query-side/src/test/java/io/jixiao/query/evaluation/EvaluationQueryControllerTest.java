package io.jixiao.query.evaluation;

import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.access.LiveAccess;
import io.jixiao.query.access.ReadPolicy;
import io.jixiao.query.support.AntingForm;
import io.jixiao.query.support.ControllerClients;
import io.jixiao.query.support.DemoOrganization;
import io.jixiao.query.support.FixedDirectory;
import io.jixiao.query.support.FixedRules;
import io.jixiao.query.support.InMemoryMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.jixiao.query.support.DemoOrganization.actor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP answers over a read model holding three forms: one of AT-CENTER under review at AT-GOV, one of
 * SJ-OFFICE and one of SJ-BIGDATA (2023), each caller carrying a bearer token of a demo user.
 */
class EvaluationQueryControllerTest {
    private static final Organization ORGANIZATION = DemoOrganization.organization();
    private static InMemoryMongo mongo;
    private static WebTestClient client;

    @BeforeAll
    static void serve() {
        mongo = new InMemoryMongo();
        EvaluationFormStore store = new EvaluationFormStore(mongo.freshDatabase());
        EvaluationFormProjection projection = new EvaluationFormProjection(store, ORGANIZATION, new FixedRules());
        feed(projection, AntingForm.drafted(), AntingForm.submitted(ORGANIZATION, actor(AntingForm.FILLER)),
                AntingForm.approved(ReviewLevel.UNIT, "AT-CENTER", false, "at-center-reviewer"));
        feed(projection, AntingForm.drafted("ev-sj-office", "SJ-OFFICE", "SJ-OFFICE"));
        feed(projection, AntingForm.drafted("ev-sj-bigdata", "SJ-BIGDATA", "SJ-OFFICE"));

        ReadPolicy policy = new ReadPolicy(ORGANIZATION);
        EvaluationQueryController controller = new EvaluationQueryController(
                QueryGateways.over(new EvaluationFormQueries(store, ORGANIZATION)), policy,
                new LiveAccess(ORGANIZATION, new FixedDirectory(ORGANIZATION), policy, Duration.ofSeconds(1)));
        client = ControllerClients.bind(controller)
                .build();
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    private static void feed(EvaluationFormProjection projection, EvaluationEvent... events) {
        for (int i = 0; i < events.length; i++) {
            projection.on(events[i], i, Instant.parse("2025-03-01T02:00:00Z").plusSeconds(i));
        }
    }

    /** A client carrying the bearer token of a demo user. */
    private static WebTestClient as(String userId) {
        return ControllerClients.as(client, ORGANIZATION, userId);
    }

    @Test
    void aFillerGetsTheFormOfItsUnitAsAnsweredWithoutTheInternalState() {
        as("at-center-filler").get().uri("/api/evaluations/{id}", AntingForm.ID).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.evaluationId").isEqualTo(AntingForm.ID)
                .jsonPath("$.version").isEqualTo(3)
                .jsonPath("$.fiscalYear").isEqualTo(2024)
                .jsonPath("$.status").isEqualTo("UNDER_REVIEW")
                .jsonPath("$.reviewLevel").isEqualTo("DEPARTMENT")
                .jsonPath("$.nextActors").isEqualTo(List.of("at-gov-approver"))
                .jsonPath("$.implementingUnitName").isEqualTo("上海市嘉定区安亭镇城市运行管理中心")
                .jsonPath("$.funds.total.adjustedBudget").isEqualTo("26.95")
                .jsonPath("$.funds.total.executed").isEqualTo("24.83")
                .jsonPath("$.indicators[5].score").isEqualTo("8.00")
                .jsonPath("$.indicators[5].suggestedScore.max").isEqualTo("7.99")
                .jsonPath("$.totalScore").isEqualTo("97.00")
                .jsonPath("$.lastChangedAt").isEqualTo("2025-03-01T02:00:02Z")
                .jsonPath("$.state").doesNotExist()
                .jsonPath("$._id").doesNotExist();
    }

    @Test
    void aFormOutsideTheCallersPartOfTheHierarchyAnswersExactlyAsAFormThatDoesNotExist() {
        byte[] hidden = as("at-center-filler").get().uri("/api/evaluations/{id}", "ev-sj-office").exchange()
                .expectStatus().isNotFound()
                .expectBody()
                .jsonPath("$.code").isEqualTo("EVALUATION_NOT_FOUND")
                .jsonPath("$.messageZh").isNotEmpty()
                .jsonPath("$.details.evaluationId").isEqualTo("ev-sj-office")
                .jsonPath("$.details.callerUnitId").doesNotExist()
                .returnResult().getResponseBody();
        byte[] missing = as("at-center-filler").get().uri("/api/evaluations/{id}", "ev-sj-offiCE").exchange()
                .expectStatus().isNotFound().expectBody().returnResult().getResponseBody();
        assertThat(new String(hidden, java.nio.charset.StandardCharsets.UTF_8).replace("ev-sj-office", "ID"))
                .isEqualTo(new String(missing, java.nio.charset.StandardCharsets.UTF_8).replace("ev-sj-offiCE", "ID"));
    }

    @Test
    void theDepartmentApproverAndTheFinanceAuditorAboveSeeTheForm() {
        as("at-gov-approver").get().uri("/api/evaluations/{id}", AntingForm.ID).exchange().expectStatus().isOk();
        as("jd-auditor").get().uri("/api/evaluations/{id}", AntingForm.ID).exchange().expectStatus().isOk();
        as("sj-auditor").get().uri("/api/evaluations/{id}", AntingForm.ID).exchange().expectStatus().isNotFound();
    }

    @Test
    void anUnknownFormIsNotFound() {
        as("jd-auditor").get().uri("/api/evaluations/{id}", "no-such-form").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("EVALUATION_NOT_FOUND");
    }

    @Test
    void aPastVersionIsNotAnsweredWithTheCurrentForm() {
        as("at-center-filler").get().uri("/api/evaluations/{id}?version=1", AntingForm.ID).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void theListHoldsOnlyTheFormsTheCallerSees() {
        expectIds(as("at-center-filler"), "/api/evaluations", AntingForm.ID);
        expectIds(as("at-gov-approver"), "/api/evaluations", AntingForm.ID);
        expectIds(as("jd-auditor"), "/api/evaluations", AntingForm.ID);
        expectIds(as("sj-auditor"), "/api/evaluations", "ev-sj-bigdata", "ev-sj-office");
        expectIds(as("sj-bigdata-filler"), "/api/evaluations", "ev-sj-bigdata");
    }

    @Test
    void theListFiltersByYearUnitSubtreeAndStatusAndIgnoresBlankParameters() {
        expectIds(as("sj-auditor"), "/api/evaluations?unitId=SJ-BIGDATA", "ev-sj-bigdata");
        expectIds(as("jd-auditor"), "/api/evaluations?fiscalYear=2024&status=UNDER_REVIEW", AntingForm.ID);
        expectIds(as("jd-auditor"), "/api/evaluations?status=DRAFT");
        expectIds(as("jd-auditor"), "/api/evaluations?fiscalYear=2023");
        expectIds(as("sj-auditor"), "/api/evaluations?fiscalYear=&unitId=&status=", "ev-sj-bigdata", "ev-sj-office");
    }

    @Test
    void aSummaryCarriesTheListFields() {
        as("jd-auditor").get().uri("/api/evaluations").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].evaluationId").isEqualTo(AntingForm.ID)
                .jsonPath("$[0].projectName").isEqualTo("信息化项目运维(信息安全三级等保)")
                .jsonPath("$[0].competentDepartmentName").isEqualTo("上海市嘉定区安亭镇人民政府")
                .jsonPath("$[0].status").isEqualTo("UNDER_REVIEW")
                .jsonPath("$[0].reviewLevel").isEqualTo("DEPARTMENT")
                .jsonPath("$[0].version").isEqualTo(3)
                .jsonPath("$[0].totalScore").isEqualTo("97.00")
                .jsonPath("$[0].grade").isEqualTo("优")
                .jsonPath("$[0].nextActors").isEqualTo(List.of("at-gov-approver"))
                .jsonPath("$[0].funds").doesNotExist()
                .jsonPath("$[0].state").doesNotExist();
    }

    @Test
    void aStatusThatIsNotOneOfTheStatusesIsRefusedNamingTheParameter() {
        as("jd-auditor").get().uri("/api/evaluations?status=SUBMITTED").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("INVALID_PARAMETER")
                .jsonPath("$.details.field").isEqualTo("status")
                .jsonPath("$.details.value").isEqualTo("SUBMITTED")
                .jsonPath("$.details.allowed[1]").isEqualTo("UNDER_REVIEW");
    }

    @Test
    void aYearThatIsNotANumberIsRefusedNamingTheParameter() {
        as("jd-auditor").get().uri("/api/evaluations?fiscalYear=2024年").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("INVALID_PARAMETER")
                .jsonPath("$.details.field").isEqualTo("fiscalYear")
                .jsonPath("$.messageZh").isNotEmpty();
    }

    @Test
    void aUnitOutsideTheCallersPartOfTheHierarchyIsForbiddenRatherThanAnEmptyList() {
        as("jd-auditor").get().uri("/api/evaluations?unitId=SJ-FIN").exchange()
                .expectStatus().isForbidden()
                .expectBody()
                .jsonPath("$.code").isEqualTo("FORBIDDEN_UNIT")
                .jsonPath("$.messageZh").isNotEmpty()
                .jsonPath("$.details.unitId").isEqualTo("SJ-FIN")
                .jsonPath("$.details.callerUnitId").isEqualTo("JD-FIN");
        as("at-center-filler").get().uri("/api/evaluations?unitId=AT-GOV").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void anUnknownUnitIsRefusedNamingTheParameter() {
        as("jd-auditor").get().uri("/api/evaluations?unitId=NOWHERE").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.details.field").isEqualTo("unitId");
    }

    private static void expectIds(WebTestClient caller, String uri, String... ids) {
        caller.get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[*].evaluationId").isEqualTo(List.of(ids));
    }
}
