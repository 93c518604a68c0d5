package io.jixiao.query.dashboard;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.access.Caller;
import io.jixiao.query.access.LiveAccess;
import io.jixiao.query.access.ReadPolicy;
import io.jixiao.query.support.ControllerClients;
import io.jixiao.query.support.DemoOrganization;
import io.jixiao.query.support.FixedDirectory;
import io.jixiao.query.support.InMemoryMongo;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboards over HTTP with the query bus, the update emitter and the projection wired as Axon wires them, so
 * that a change the projection handles reaches an open stream.
 */
class UnitDashboardControllerTest {
    private static final Organization ORGANIZATION = DemoOrganization.organization();

    /** Stands for an organization that has since moved the unit out of every caller's part of it. */
    private final AtomicBoolean movedAway = new AtomicBoolean();
    private InMemoryMongo mongo;
    private Feed feed;
    private WebTestClient client;

    @BeforeEach
    void serve() {
        mongo = new InMemoryMongo();
        var database = mongo.freshDatabase();
        SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        SimpleQueryBus bus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        UnitYearStore unitYears = new UnitYearStore(database);
        Deadlines deadlines = new Deadlines(Map.of(), Deadlines.DEFAULT_ZONE,
                Clock.fixed(Instant.parse("2025-04-01T00:00:00Z"), ZoneOffset.UTC));
        new AnnotationQueryHandlerAdapter<>(new UnitDashboards(unitYears, ORGANIZATION, deadlines)).subscribe(bus);
        feed = new Feed(new UnitDashboardProjection(new DashboardFormStore(database), unitYears, ORGANIZATION, emitter),
                Instant.parse("2025-03-01T00:00:00Z"));
        feed.apply(TestForms.drafted("f1", 2024, "AT-CENTER", "AT-GOV", AmountUnit.TEN_THOUSAND_YUAN, "26.95", "24.83"));

        ReadPolicy policy = new ReadPolicy(ORGANIZATION) {
            @Override
            public boolean canSeeUnit(Caller caller, String unitId) {
                return !movedAway.get() && super.canSeeUnit(caller, unitId);
            }
        };
        UnitDashboardController controller = new UnitDashboardController(
                DefaultQueryGateway.builder().queryBus(bus).build(), policy,
                new LiveAccess(ORGANIZATION, new FixedDirectory(ORGANIZATION), policy, Duration.ofSeconds(1)));
        client = ControllerClients.bind(controller)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private WebTestClient as(String userId) {
        return ControllerClients.as(client, ORGANIZATION, userId);
    }

    @Test
    void theDashboardIsAnsweredWithAmountsInYuanAndTenThousandYuanAndTheFormsBehindEachFigure() {
        as("at-gov-approver").get().uri("/api/dashboards/units/AT-GOV?fiscalYear=2024").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.unitId").isEqualTo("AT-GOV")
                .jsonPath("$.fiscalYear").isEqualTo(2024)
                .jsonPath("$.deadline.date").isEqualTo("2025-03-31")
                .jsonPath("$.deadline.passed").isEqualTo(true)
                .jsonPath("$.asOf").isEqualTo("2025-04-01T00:00:00Z")
                .jsonPath("$.totals.forms.count").isEqualTo(1)
                .jsonPath("$.totals.byStatus.DRAFT.evaluationIds[0]").isEqualTo("f1")
                .jsonPath("$.totals.overdue.count").isEqualTo(1)
                .jsonPath("$.totals.funds.adjustedBudget.yuan").isEqualTo("269500.00")
                .jsonPath("$.totals.funds.adjustedBudget.tenThousandYuan").isEqualTo("26.95")
                .jsonPath("$.totals.funds.executionRate").isEqualTo("92.13")
                .jsonPath("$.byUnit[0].unitId").isEqualTo("AT-GOV")
                .jsonPath("$.byUnit[1].unitId").isEqualTo("AT-CENTER")
                .jsonPath("$.byUnit[1].figures.forms.evaluationIds[0]").isEqualTo("f1")
                .jsonPath("$.forms[0].implementingUnitName").isEqualTo("上海市嘉定区安亭镇城市运行管理中心")
                .jsonPath("$.forms[0].totalScore").isEqualTo("97.21")
                .jsonPath("$.forms[0].grade").isEqualTo("优");
    }

    @Test
    void aUnitOutsideTheCallersSubtreeIsForbiddenInBothLanguages() {
        as("sj-office-filler").get().uri("/api/dashboards/units/AT-GOV?fiscalYear=2024").exchange()
                .expectStatus().isForbidden()
                .expectBody()
                .jsonPath("$.code").isEqualTo("FORBIDDEN_UNIT")
                .jsonPath("$.message").isNotEmpty()
                .jsonPath("$.messageZh").isNotEmpty()
                .jsonPath("$.details.callerUnitId").isEqualTo("SJ-OFFICE");
        as("at-center-filler").get().uri("/api/dashboards/units/AT-GOV?fiscalYear=2024").exchange()
                .expectStatus().isForbidden();
        as("at-center-filler").get().uri("/api/dashboards/units/AT-GOV/stream?fiscalYear=2024").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void anUnknownUnitIsNotFoundAndAMissingYearIsNamed() {
        as("jd-auditor").get().uri("/api/dashboards/units/NOWHERE?fiscalYear=2024").exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("UNIT_NOT_FOUND");
        as("jd-auditor").get().uri("/api/dashboards/units/JD-FIN").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.details.field").isEqualTo("fiscalYear");
        as("jd-auditor").get().uri("/api/dashboards/units/JD-FIN?fiscalYear=twenty").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.details.field").isEqualTo("fiscalYear");
    }

    @Test
    void anOpenStreamGetsTheCurrentDashboardThenTheDashboardAfterEachChange() {
        Flux<ServerSentEvent<UnitDashboard>> events = as("jd-finance").get()
                .uri("/api/dashboards/units/JD-FIN/stream?fiscalYear=2024")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<UnitDashboard>>() {
                }).getResponseBody();

        StepVerifier.create(events.map(ServerSentEvent::data))
                .assertNext(first -> assertThat(first.totals().forms().evaluationIds()).containsExactly("f1"))
                .then(() -> feed.apply(TestForms.drafted("f2", 2024, "AT-GOV", "AT-GOV", AmountUnit.YUAN, "10", "9")))
                .assertNext(next -> assertThat(next.totals().forms().evaluationIds()).containsExactlyInAnyOrder("f1", "f2"))
                .then(() -> feed.apply(TestForms.drafted("other-year", 2023, "AT-GOV", "AT-GOV", AmountUnit.YUAN, "1", "1"),
                        TestForms.drafted("other-region", 2024, "SJ-OFFICE", "SJ-OFFICE", AmountUnit.YUAN, "1", "1"),
                        TestForms.submitted("f1", "AT-CENTER", "AT-GOV", ORGANIZATION)))
                .assertNext(next -> assertThat(next.totals().byStatus().get("UNDER_REVIEW").evaluationIds())
                        .containsExactly("f1"))
                .thenCancel()
                .verify(Duration.ofSeconds(20));
    }

    @Test
    void anOpenStreamEndsOnceTheCallerMayNoLongerSeeTheUnit() {
        Flux<ServerSentEvent<Map<String, Object>>> events = as("jd-finance").get()
                .uri("/api/dashboards/units/AT-GOV/stream?fiscalYear=2024")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
                }).getResponseBody();

        StepVerifier.create(events)
                .assertNext(first -> assertThat(first.event()).isEqualTo(UnitDashboardController.EVENT))
                .then(() -> {
                    movedAway.set(true);
                    feed.apply(TestForms.drafted("f2", 2024, "AT-GOV", "AT-GOV", AmountUnit.YUAN, "10", "9"));
                })
                .assertNext(last -> {
                    assertThat(last.event()).isEqualTo(LiveAccess.REVOKED);
                    assertThat(last.data()).containsEntry("code", "ACCESS_CHANGED")
                            .containsEntry("details", Map.of("reason", "OUT_OF_SCOPE"));
                })
                .expectComplete()
                .verify(Duration.ofSeconds(20));
    }
}
