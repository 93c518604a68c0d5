package io.jixiao.query.evaluation;

import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.access.Caller;
import io.jixiao.query.access.LiveAccess;
import io.jixiao.query.access.ReadPolicy;
import io.jixiao.query.support.AntingForm;
import io.jixiao.query.support.ControllerClients;
import io.jixiao.query.support.DemoOrganization;
import io.jixiao.query.support.FixedDirectory;
import io.jixiao.query.support.FixedRules;
import io.jixiao.query.support.InMemoryMongo;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.jixiao.query.support.DemoOrganization.actor;
import static org.assertj.core.api.Assertions.assertThat;

/** An open form stream asks the read policy again at every change, not only when it opens. */
class LiveFormAccessTest {
    private static final Organization ORGANIZATION = DemoOrganization.organization();
    private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> FORM_EVENT =
            new ParameterizedTypeReference<>() { };

    /** Stands for an organization that has since moved the form's units out of every caller's part of it. */
    private final AtomicBoolean movedAway = new AtomicBoolean();
    private InMemoryMongo mongo;
    private EvaluationFormProjection projection;
    private WebTestClient client;
    private long sequence;

    @BeforeEach
    void serve() {
        mongo = new InMemoryMongo();
        EvaluationFormStore store = new EvaluationFormStore(mongo.freshDatabase());
        SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        SimpleQueryBus bus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        new AnnotationQueryHandlerAdapter<>(new EvaluationFormQueries(store, ORGANIZATION)).subscribe(bus);
        projection = new EvaluationFormProjection(store, ORGANIZATION, new FixedRules(),
                new StaticListableBeanFactory(Map.of("emitter", emitter)).getBeanProvider(QueryUpdateEmitter.class));
        feed(AntingForm.drafted());
        ReadPolicy policy = new ReadPolicy(ORGANIZATION) {
            @Override
            public boolean canSeeForm(Caller caller, String implementingUnitId, String competentDepartmentId) {
                return !movedAway.get() && super.canSeeForm(caller, implementingUnitId, competentDepartmentId);
            }
        };
        client = ControllerClients.bind(new EvaluationQueryController(DefaultQueryGateway.builder().queryBus(bus)
                .build(), policy, new LiveAccess(ORGANIZATION, new FixedDirectory(ORGANIZATION), policy, Duration.ofSeconds(1))))
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void feed(EvaluationEvent event) {
        projection.on(event, sequence, Instant.parse("2025-03-01T02:00:00Z").plusSeconds(sequence));
        sequence++;
    }

    @Test
    void theStreamEndsAtTheFirstChangeTheCallerMayNoLongerSee() {
        Flux<ServerSentEvent<Map<String, Object>>> events = ControllerClients.as(client, ORGANIZATION,
                        "at-gov-approver").get().uri("/api/evaluations/{id}/stream", AntingForm.ID)
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(FORM_EVENT).getResponseBody();

        StepVerifier.create(events.filter(event -> event.data() != null))
                .assertNext(event -> assertThat(event.data().get("version")).isEqualTo(1))
                .then(() -> feed(AntingForm.submitted(ORGANIZATION, actor(AntingForm.FILLER))))
                .assertNext(event -> assertThat(event.data().get("version")).isEqualTo(2))
                .then(() -> {
                    movedAway.set(true);
                    feed(AntingForm.approved(ReviewLevel.UNIT, "AT-CENTER", false, "at-center-reviewer"));
                })
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo(LiveAccess.REVOKED);
                    assertThat(event.data()).containsEntry("code", "ACCESS_CHANGED")
                            .containsEntry("details", Map.of("reason", "OUT_OF_SCOPE"));
                })
                .expectComplete()
                .verify(Duration.ofSeconds(20));
    }
}
