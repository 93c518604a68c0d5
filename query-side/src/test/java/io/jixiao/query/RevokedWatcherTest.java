package io.jixiao.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.GoalsAmendedEvent;
import io.jixiao.kernel.organization.OrganizationEvent;
import io.jixiao.kernel.organization.PersonAddedEvent;
import io.jixiao.kernel.organization.PersonDeactivatedEvent;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.RoleRevokedEvent;
import io.jixiao.kernel.organization.UnitKind;
import io.jixiao.kernel.organization.UnitMovedEvent;
import io.jixiao.kernel.organization.UnitRegisteredEvent;
import io.jixiao.query.access.LiveAccess;
import io.jixiao.query.support.AntingForm;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import static io.jixiao.query.support.DemoOrganization.actor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open live stream (a form's, a dashboard's) follows its person as the organization knows them now, in the
 * query side's own Spring context on the embedded store: the organization's events (stored as the command side
 * would store them) deactivate a person, take their last role, move a unit away; their stream then sends one
 * {@code revoked} event and ends, with or without a change to what it shows, while others' streams go on.
 */
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = QuerySideAloneTest.QuerySideAlone.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RevokedWatcherTest {
    private static final ParameterizedTypeReference<ServerSentEvent<JsonNode>> EVENT =
            new ParameterizedTypeReference<>() { };
    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-revoked-watcher");
        registry.add("jixiao.data-dir", dir::toString);
        registry.add("jixiao.security.token-secret",
                () -> Base64.getEncoder().encodeToString(QuerySideAloneTest.KEY));
    }

    @Autowired
    WebTestClient client;

    @Autowired
    EventStore eventStore;

    private final AtomicLong organizationSequence = new AtomicLong();
    private final List<Watch> watches = new ArrayList<>();

    @BeforeAll
    void organization() {
        organizationSequence.set(QuerySideAloneTest.storeTheDemoOrganization(eventStore));
    }

    @AfterEach
    void closeStreams() {
        watches.forEach(watch -> watch.subscription.dispose());
        watches.clear();
    }

    @Test
    void aDeactivatedPersonsFormStreamEndsAtTheNextChangeWhileAnotherPersonsGoesOn() throws Exception {
        String form = "ev-watch-deactivated";
        store(form, 0, AntingForm.drafted(form, "AT-CENTER", "AT-GOV"), "jd-admin");
        Watch approver = watch("at-gov-approver", "/api/evaluations/" + form + "/stream");
        Watch finance = watch("jd-finance", "/api/evaluations/" + form + "/stream");
        assertThat(approver.next().data().path("version").asLong()).isEqualTo(1);
        assertThat(finance.next().data().path("version").asLong()).isEqualTo(1);

        organization(new PersonDeactivatedEvent("at-gov-approver", actor("jd-admin"), "离开本单位"));
        store(form, 1, goalsAmended(form, "按计划完成等保复测。"), "jd-admin");

        assertThat(finance.next().data().path("goals").path("actual").asText()).isEqualTo("按计划完成等保复测。");
        approver.assertRevokedAndEnded("DEACTIVATED");
    }

    @Test
    void aPersonWhoseLastRoleIsRevokedStopsWatchingTheFormAndTheDashboard() throws Exception {
        String form = "ev-watch-role";
        store(form, 0, AntingForm.drafted(form, "SJ-BIGDATA", "SJ-OFFICE"), "sj-admin");
        Watch reviewersForm = watch("sj-bigdata-reviewer", "/api/evaluations/" + form + "/stream");
        String dashboard = "/api/dashboards/units/SJ-BIGDATA/stream?fiscalYear=2024";
        Watch reviewersDashboard = watch("sj-bigdata-reviewer", dashboard);
        Watch fillersDashboard = watch("sj-bigdata-filler", dashboard);
        assertThat(reviewersForm.next().data().path("version").asLong()).isEqualTo(1);
        reviewersDashboard.awaitData(board -> version(board, form) == 1);
        fillersDashboard.awaitData(board -> version(board, form) == 1);

        organization(new RoleRevokedEvent("sj-bigdata-reviewer", Role.UNIT_REVIEWER, actor("sj-admin"), "调岗"));
        store(form, 1, goalsAmended(form, "已完成。"), "sj-admin");

        fillersDashboard.awaitData(board -> version(board, form) == 2);
        reviewersForm.assertRevokedAndEnded("NO_ROLE");
        reviewersDashboard.assertRevokedAndEnded("NO_ROLE");
        assertThat(fillersDashboard.ended()).isFalse();
    }

    @Test
    void idleStreamsEndWhenThePersonIsDeactivatedOrTheUnitMovesAwayWithoutAnyChangeToWhatTheyShow()
            throws Exception {
        organization(new UnitRegisteredEvent("WATCH-DEPT-A", "观察甲部门", UnitKind.COMPETENT_DEPARTMENT, "JD-FIN",
                actor("jd-admin"), "test"));
        organization(new UnitRegisteredEvent("WATCH-DEPT-B", "观察乙部门", UnitKind.COMPETENT_DEPARTMENT, "JD-FIN",
                actor("jd-admin"), "test"));
        organization(new UnitRegisteredEvent("WATCH-CENTER", "观察中心", UnitKind.IMPLEMENTING_UNIT, "WATCH-DEPT-A",
                actor("jd-admin"), "test"));
        organization(new PersonAddedEvent("watch-approver", "观察审批人", "WATCH-DEPT-A",
                Set.of(Role.DEPARTMENT_APPROVER), null, actor("jd-admin"), "test"));
        String form = "ev-watch-idle";
        store(form, 0, AntingForm.drafted(form, "WATCH-CENTER", "WATCH-DEPT-A"), "jd-admin");
        String dashboard = "/api/dashboards/units/WATCH-CENTER/stream?fiscalYear=2024";
        Watch approver = watch("watch-approver", dashboard);
        Watch auditor = watch("jd-auditor", dashboard);
        Watch sjAuditor = watch("sj-auditor", "/api/dashboards/units/SJ-FIN/stream?fiscalYear=2023");
        approver.awaitData(board -> version(board, form) == 1);
        auditor.awaitData(board -> version(board, form) == 1);
        sjAuditor.next();

        organization(new UnitMovedEvent("WATCH-CENTER", "WATCH-DEPT-B", actor("jd-admin"), "划转"));
        organization(new PersonDeactivatedEvent("sj-auditor", actor("sj-admin"), "离职"));

        approver.assertRevokedAndEnded("OUT_OF_SCOPE");
        sjAuditor.assertRevokedAndEnded("DEACTIVATED");
        assertThat(auditor.ended()).as("the district's auditor still sees the moved unit").isFalse();
        store(form, 1, goalsAmended(form, "划转后完成。"), "jd-admin");
        auditor.awaitData(board -> version(board, form) == 2);
        assertThat(auditor.ended()).isFalse();
    }

    private static EvaluationEvent goalsAmended(String form, String actual) {
        return new GoalsAmendedEvent(form, new Goals("符合《信息系统安全等级保护基本要求》所规定第三级要求", actual), null,
                actor(AntingForm.FILLER));
    }

    /** The version of the form as the dashboard lists it, -1 while it does not. */
    private static long version(JsonNode dashboard, String form) {
        for (JsonNode line : dashboard.path("forms")) {
            if (form.equals(line.path("evaluationId").asText())) {
                return line.path("version").asLong();
            }
        }
        return -1;
    }

    /**
     * The event stored, and the form's read model caught up with it (its projection runs on a tracking processor),
     * as {@code reader} reads it.
     */
    private void store(String form, long sequence, EvaluationEvent event, String reader) throws InterruptedException {
        eventStore.publish(new GenericDomainEventMessage<>("ProjectEvaluation", form, sequence, event));
        String token = QuerySideAloneTest.token(reader);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            var answer = client.get().uri("/api/evaluations/" + form).headers(h -> h.setBearerAuth(token))
                    .exchange().expectBody(JsonNode.class).returnResult();
            if (answer.getStatus().is2xxSuccessful() && answer.getResponseBody().path("version").asLong() > sequence) {
                return;
            }
            assertThat(System.nanoTime()).as("the form's read model at version " + (sequence + 1) + " within " + WAIT)
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private void organization(OrganizationEvent event) {
        eventStore.publish(new GenericDomainEventMessage<>("OrganizationChart", OrganizationEvent.STREAM_ID,
                organizationSequence.getAndIncrement(), event));
    }

    private Watch watch(String personId, String path) {
        Watch watch = new Watch();
        watch.subscription = client.mutate().responseTimeout(WAIT).build().get().uri(path)
                .accept(MediaType.TEXT_EVENT_STREAM).headers(h -> h.setBearerAuth(QuerySideAloneTest.token(personId)))
                .exchange().expectStatus().isOk()
                .returnResult(EVENT).getResponseBody()
                .filter(event -> event.data() != null)
                .subscribe(watch.events::add, error -> watch.end.countDown(), watch.end::countDown);
        watches.add(watch);
        return watch;
    }

    /** The events of one open stream (keep-alive comments aside), as they come. */
    private static final class Watch {
        final BlockingQueue<ServerSentEvent<JsonNode>> events = new LinkedBlockingQueue<>();
        final CountDownLatch end = new CountDownLatch(1);
        Disposable subscription;

        ServerSentEvent<JsonNode> next() throws InterruptedException {
            ServerSentEvent<JsonNode> event = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(event).as("an event within " + WAIT).isNotNull();
            return event;
        }

        JsonNode awaitData(Predicate<JsonNode> wanted) throws InterruptedException {
            while (true) {
                ServerSentEvent<JsonNode> event = next();
                assertThat(event.event()).isNotEqualTo(LiveAccess.REVOKED);
                if (wanted.test(event.data())) {
                    return event.data();
                }
            }
        }

        /** What follows is one {@code revoked} event saying why, then the end: nothing more of what it showed. */
        void assertRevokedAndEnded(String reason) throws InterruptedException {
            assertThat(end.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the stream ended within " + WAIT).isTrue();
            List<ServerSentEvent<JsonNode>> rest = new ArrayList<>();
            events.drainTo(rest);
            assertThat(rest).hasSize(1);
            ServerSentEvent<JsonNode> last = rest.get(0);
            assertThat(last.event()).isEqualTo(LiveAccess.REVOKED);
            assertThat(last.data().path("code").asText()).isEqualTo("ACCESS_CHANGED");
            assertThat(last.data().path("message").asText()).startsWith("Your access has changed");
            assertThat(last.data().path("messageZh").asText()).startsWith("你的访问权限已变更");
            assertThat(last.data().path("details")).isEqualTo(
                    new ObjectMapper().valueToTree(Map.of("reason", reason)));
        }

        boolean ended() {
            return end.getCount() == 0;
        }
    }
}
