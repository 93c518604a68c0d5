package io.jixiao.query.evaluation;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.evaluation.FormVisibility;
import io.jixiao.kernel.evaluation.FindEvaluationQuery;
import io.jixiao.query.access.Caller;
import io.jixiao.query.access.Callers;
import io.jixiao.query.access.LiveAccess;
import io.jixiao.query.access.ReadPolicy;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.bson.Document;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The current forms over HTTP, each caller seeing only the forms of their part of the hierarchy. */
@RestController
@RequestMapping("/api/evaluations")
public class EvaluationQueryController {
    /** Proxies close a connection that stays silent for a minute; a comment now and then keeps a stream open. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    private final QueryGateway queryGateway;
    private final ReadPolicy policy;
    private final LiveAccess liveAccess;

    public EvaluationQueryController(QueryGateway queryGateway, ReadPolicy policy, LiveAccess liveAccess) {
        this.queryGateway = queryGateway;
        this.policy = policy;
        this.liveAccess = liveAccess;
    }

    /** The current form. A past version ({@code version}, {@code asOf}) is a replay of the event store, not this. */
    @GetMapping(value = "/{evaluationId}", params = {"!version", "!asOf"})
    public Mono<Document> find(@PathVariable("evaluationId") String evaluationId) {
        return Callers.current().flatMap(caller -> ask(new FindEvaluationQuery(evaluationId),
                ResponseTypes.optionalInstanceOf(Document.class))
                .map(found -> visibleForm(caller, evaluationId, found.orElseThrow(() -> notFound(evaluationId)))));
    }

    /**
     * The live form: first the current form, then the form again after each change, as server-sent events named
     * {@code form} with the version as id. Visible to whoever may see the form; once the caller may no longer see
     * it (deactivated, left without a role, the unit moved out of their part of the hierarchy) the stream sends
     * {@link LiveAccess#REVOKED} and ends, whether or not the form changes.
     */
    @GetMapping(value = "/{evaluationId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<?>> stream(@PathVariable("evaluationId") String evaluationId) {
        return Callers.current().flatMapMany(caller -> Flux.using(
                () -> queryGateway.subscriptionQuery(new FindEvaluationQuery(evaluationId),
                        ResponseTypes.optionalInstanceOf(Document.class), ResponseTypes.instanceOf(Document.class)),
                subscription -> liveForm(caller, evaluationId, subscription),
                SubscriptionQueryResult::cancel))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * The update handler is registered before the initial query runs, so no change falls between the two. An update
     * only says that the form changed: the form is asked for again, so that it is answered as the query answers it
     * (unit names and who must act next from the organization as it is, never as it was when the update was made);
     * a form no newer than the last one sent (the initial form already counted the change) is dropped by its version.
     */
    private Flux<ServerSentEvent<?>> liveForm(Caller caller, String evaluationId,
                                              SubscriptionQueryResult<Optional<Document>, Document> live) {
        AtomicLong sent = new AtomicLong(-1);
        Flux<ServerSentEvent<Document>> events = live.initialResult()
                .map(found -> visibleForm(caller, evaluationId, found.orElseThrow(() -> notFound(evaluationId))))
                .flatMapMany(initial -> Flux.concat(Flux.just(initial), live.updates().onBackpressureLatest()
                        .concatMap(update -> current(evaluationId), 1)))
                .filter(form -> version(form) > sent.getAndAccumulate(version(form), Math::max))
                .map(form -> ServerSentEvent.builder(form).event("form").id(String.valueOf(version(form))).build())
                .mergeWith(Flux.interval(KEEP_ALIVE)
                        .map(tick -> ServerSentEvent.<Document>builder().comment("keep-alive").build()));
        return liveAccess.whileAllowed(caller, "form " + evaluationId,
                (now, form) -> form == null || visible(now, form), events);
    }

    /** The form as answered now; nothing while it is not there (its read model being rebuilt). */
    private Mono<Document> current(String evaluationId) {
        return ask(new FindEvaluationQuery(evaluationId), ResponseTypes.optionalInstanceOf(Document.class))
                .flatMap(Mono::justOrEmpty);
    }

    private Document visibleForm(Caller caller, String evaluationId, Document form) {
        policy.requireForm(caller, evaluationId, form.getString("implementingUnitId"),
                form.getString("competentDepartmentId"));
        return form;
    }

    private static long version(Document form) {
        return ((Number) form.get("version")).longValue();
    }

    /** {@code unitId} outside the caller's part of the hierarchy is refused, not answered with an empty list. */
    @GetMapping
    public Mono<List<Document>> list(@RequestParam(name = "fiscalYear", required = false) String fiscalYear,
                                     @RequestParam(name = "unitId", required = false) String unitId,
                                     @RequestParam(name = "status", required = false) String status) {
        return Callers.current().flatMap(caller -> Mono
                .fromCallable(() -> EvaluationListParameters.parse(fiscalYear,
                        policy.listedUnit(caller, unitId).orElse(null), status))
                .flatMap(query -> ask(query, ResponseTypes.multipleInstancesOf(Document.class)))
                .map(summaries -> summaries.stream().filter(s -> visible(caller, s)).toList()));
    }

    private boolean visible(Caller caller, Document form) {
        return policy.canSeeForm(caller, form.getString("implementingUnitId"),
                form.getString("competentDepartmentId"));
    }

    /** The query bus runs the handler in the subscribing thread, and its driver calls block: not on the event loop. */
    private <R> Mono<R> ask(Object query, ResponseType<R> responseType) {
        return Mono.defer(() -> Mono.fromFuture(queryGateway.query(query, responseType)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static Refusal notFound(String evaluationId) {
        return FormVisibility.notFound(evaluationId);
    }
}
