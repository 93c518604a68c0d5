package io.jixiao.query.dashboard;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.kernel.organization.UnitKind;
import io.jixiao.query.access.LiveAccess;
import io.jixiao.query.access.ReadPolicy;
import io.jixiao.query.support.ChangingDirectory;
import io.jixiao.query.support.ControllerClients;
import io.jixiao.query.support.DemoOrganization;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which units a dashboard rolls up, and their names, are those of the organization as it is when it is answered:
 * a unit moved under another parent counts under the new one at once and no longer under the old one, on the page
 * and on an open stream, although no form changed.
 */
class DashboardsFollowTheOrganizationTest {
    private static final String NEW_DEPARTMENT = "AT-NEW";

    private final ChangingDirectory directory = new ChangingDirectory(DemoOrganization.organization());
    private InMemoryMongo mongo;
    private Feed feed;
    private WebTestClient client;

    @BeforeEach
    void serve() {
        directory.add(new Unit(NEW_DEPARTMENT, "上海市嘉定区安亭镇新设部门", UnitKind.COMPETENT_DEPARTMENT, "JD-FIN"));
        Organization organization = directory.live();
        mongo = new InMemoryMongo();
        var database = mongo.freshDatabase();
        SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        SimpleQueryBus bus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        UnitYearStore unitYears = new UnitYearStore(database);
        Deadlines deadlines = new Deadlines(Map.of(), Deadlines.DEFAULT_ZONE,
                Clock.fixed(Instant.parse("2025-04-01T00:00:00Z"), ZoneOffset.UTC));
        new AnnotationQueryHandlerAdapter<>(new UnitDashboards(unitYears, organization, deadlines)).subscribe(bus);
        feed = new Feed(new UnitDashboardProjection(new DashboardFormStore(database), unitYears, organization,
                emitter), Instant.parse("2025-03-01T00:00:00Z"));
        feed.apply(TestForms.drafted("f1", 2024, "AT-CENTER", "AT-GOV", AmountUnit.TEN_THOUSAND_YUAN, "26.95", "24.83"));

        ReadPolicy policy = new ReadPolicy(organization);
        client = ControllerClients.bind(new UnitDashboardController(DefaultQueryGateway.builder().queryBus(bus).build(),
                        policy, new LiveAccess(organization, directory, policy, Duration.ofMillis(100))))
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aMovedUnitsFormsCountUnderItsNewParentAtOnceAndNoLongerUnderTheOldOne() {
        assertThat(dashboard("AT-GOV").totals().forms().evaluationIds()).containsExactly("f1");
        assertThat(dashboard(NEW_DEPARTMENT).totals().forms().evaluationIds()).isEmpty();

        directory.move("AT-CENTER", NEW_DEPARTMENT);
        directory.rename("AT-CENTER", "上海市嘉定区安亭镇城市运行服务中心");

        assertThat(dashboard("AT-GOV").totals().forms().evaluationIds()).isEmpty();
        UnitDashboard moved = dashboard(NEW_DEPARTMENT);
        assertThat(moved.totals().forms().evaluationIds()).containsExactly("f1");
        assertThat(moved.byUnit()).extracting(UnitFigures::unitName)
                .containsExactly("上海市嘉定区安亭镇新设部门", "上海市嘉定区安亭镇城市运行服务中心");
        assertThat(moved.forms()).extracting(FormLine::implementingUnitName)
                .containsExactly("上海市嘉定区安亭镇城市运行服务中心");
    }

    @Test
    void anOpenStreamOfTheNewParentGainsTheMovedUnitsFormsWithoutAnyFormChanging() {
        StepVerifier.create(stream(NEW_DEPARTMENT))
                .assertNext(first -> assertThat(first.totals().forms().evaluationIds()).isEmpty())
                .then(() -> directory.move("AT-CENTER", NEW_DEPARTMENT))
                .assertNext(moved -> assertThat(moved.totals().forms().evaluationIds()).containsExactly("f1"))
                .then(() -> feed.apply(TestForms.submitted("f1", "AT-CENTER", "AT-GOV", directory.live())))
                .assertNext(changed -> assertThat(changed.totals().byStatus().get("UNDER_REVIEW").evaluationIds())
                        .as("a change of the moved unit's form reaches its new parent").containsExactly("f1"))
                .thenCancel()
                .verify(Duration.ofSeconds(20));
    }

    @Test
    void anOpenStreamOfTheOldParentLosesTheMovedUnitsFormsWithoutAnyFormChanging() {
        StepVerifier.create(stream("AT-GOV"))
                .assertNext(first -> assertThat(first.totals().forms().evaluationIds()).containsExactly("f1"))
                .then(() -> directory.move("AT-CENTER", NEW_DEPARTMENT))
                .assertNext(moved -> {
                    assertThat(moved.totals().forms().evaluationIds()).isEmpty();
                    assertThat(moved.byUnit()).extracting(UnitFigures::unitId).containsExactly("AT-GOV");
                })
                .thenCancel()
                .verify(Duration.ofSeconds(20));
    }

    private UnitDashboard dashboard(String unitId) {
        return ControllerClients.as(client, directory.live(), "jd-finance").get()
                .uri("/api/dashboards/units/{unit}?fiscalYear=2024", unitId).exchange()
                .expectStatus().isOk().expectBody(UnitDashboard.class).returnResult().getResponseBody();
    }

    private Flux<UnitDashboard> stream(String unitId) {
        return ControllerClients.as(client, directory.live(), "jd-finance").get()
                .uri("/api/dashboards/units/{unit}/stream?fiscalYear=2024", unitId)
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<UnitDashboard>>() {
                }).getResponseBody()
                .filter(event -> UnitDashboardController.EVENT.equals(event.event()))
                .map(ServerSentEvent::data);
    }
}
