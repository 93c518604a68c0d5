package io.jixiao.query.comparison;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.query.access.ReadPolicy;
import io.jixiao.query.dashboard.TestForms;
import io.jixiao.query.support.ControllerClients;
import io.jixiao.query.support.InMemoryMongo;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.jixiao.query.comparison.ComparisonFixture.ORGANIZATION;

/** The comparisons over HTTP: who may ask, what is refused, and the shape of the answers. */
class ComparisonControllerTest {
    private static InMemoryMongo mongo;
    private static WebTestClient client;

    @BeforeAll
    static void serve() {
        mongo = new InMemoryMongo();
        ComparisonFixture fixture = new ComparisonFixture(mongo).apply(
                TestForms.drafted("a-2023", 2023, "AT-CENTER", "AT-GOV", "信息化项目运维（信息安全三级等保）", null,
                        AmountUnit.YUAN, "300000", "240000"),
                TestForms.drafted("a-2024", 2024, "AT-CENTER", "AT-GOV", AmountUnit.TEN_THOUSAND_YUAN, "26.95", "24.83"));
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(fixture.projects).subscribe(bus);
        new AnnotationQueryHandlerAdapter<>(fixture.units).subscribe(bus);
        client = ControllerClients.bind(new ComparisonController(
                        DefaultQueryGateway.builder().queryBus(bus).build(), new ReadPolicy(ORGANIZATION)))
                .build();
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    private static WebTestClient as(String userId) {
        return ControllerClients.as(client, ORGANIZATION, userId);
    }

    @Test
    void aUnitComparisonListsEveryYearOfTheRange() {
        as("at-gov-approver").get().uri("/api/comparisons/units/AT-GOV?fromYear=2023&toYear=2024").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.unitId").isEqualTo("AT-GOV")
                .jsonPath("$.years.length()").isEqualTo(2)
                .jsonPath("$.years[0].fiscalYear").isEqualTo(2023)
                .jsonPath("$.years[0].figures.forms.evaluationIds[0]").isEqualTo("a-2023")
                .jsonPath("$.years[1].figures.funds.adjustedBudget.yuan").isEqualTo("269500.00")
                .jsonPath("$.years[1].changeFromPreviousYear.adjustedBudget.tenThousandYuan").isEqualTo("-3.05");
    }

    @Test
    void aProjectComparisonSaysHowItMatched() {
        as("at-center-filler").get().uri(b -> b.path("/api/comparisons/projects").queryParam("unitId", "AT-CENTER")
                        .queryParam("projectName", "信息化项目运维(信息安全三级等保)").build()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.matchedBy").isEqualTo("NORMALIZED_NAME")
                .jsonPath("$.years[0].evaluationId").isEqualTo("a-2023")
                .jsonPath("$.years[1].evaluationId").isEqualTo("a-2024")
                .jsonPath("$.years[1].totalScore").isEqualTo("97.21")
                .jsonPath("$.indicators[0].years.length()").isEqualTo(2);
    }

    @Test
    void unitsOutsideTheCallersSubtreeAreForbidden() {
        as("sj-office-filler").get().uri("/api/comparisons/units/AT-GOV?fromYear=2023&toYear=2024").exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN_UNIT");
        as("at-center-filler").get().uri("/api/comparisons/units/AT-GOV?fromYear=2023&toYear=2024").exchange()
                .expectStatus().isForbidden();
        as("sj-office-filler").get().uri("/api/comparisons/projects?unitId=AT-CENTER&projectCode=X").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void badOrMissingParametersAreNamedAndAnUnknownProjectIsNotFound() {
        WebTestClient auditor = as("jd-auditor");
        auditor.get().uri("/api/comparisons/units/JD-FIN?toYear=2024").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.details.field").isEqualTo("fromYear");
        auditor.get().uri("/api/comparisons/units/JD-FIN?fromYear=2024&toYear=2023").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.details.field").isEqualTo("toYear");
        auditor.get().uri("/api/comparisons/units/JD-FIN?fromYear=1990&toYear=2024").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.details.field").isEqualTo("toYear");
        auditor.get().uri("/api/comparisons/projects?projectCode=X").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.details.field").isEqualTo("unitId");
        auditor.get().uri("/api/comparisons/projects?unitId=AT-CENTER").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.details.field").isEqualTo("projectCode");
        auditor.get().uri("/api/comparisons/projects?unitId=AT-CENTER&projectCode=NO-SUCH").exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("PROJECT_NOT_FOUND");
        auditor.get().uri("/api/comparisons/projects?unitId=NOWHERE&projectCode=X").exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("UNIT_NOT_FOUND");
    }
}
