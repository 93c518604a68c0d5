package io.jixiao.query.evaluation;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.evaluation.FindEvaluationQuery;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.access.Caller;
import io.jixiao.query.access.Callers;
import io.jixiao.query.access.FormVisibility;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Map;

/** The current forms over HTTP, each caller seeing only the forms of their part of the hierarchy. */
@RestController
@RequestMapping("/api/evaluations")
public class EvaluationQueryController {
    private final QueryGateway queryGateway;
    private final FormVisibility visibility;
    private final Organization organization;

    public EvaluationQueryController(QueryGateway queryGateway, FormVisibility visibility, Organization organization) {
        this.queryGateway = queryGateway;
        this.visibility = visibility;
        this.organization = organization;
    }

    /** The current form. A past version ({@code version}, {@code asOf}) is a replay of the event store, not this. */
    @GetMapping(value = "/{evaluationId}", params = {"!version", "!asOf"})
    public Mono<Document> find(@PathVariable("evaluationId") String evaluationId) {
        return Callers.current().flatMap(caller -> ask(new FindEvaluationQuery(evaluationId),
                ResponseTypes.optionalInstanceOf(Document.class))
                .map(found -> {
                    Document form = found.orElseThrow(() -> notFound(evaluationId));
                    visibility.requireVisible(caller, evaluationId, form.getString("implementingUnitId"),
                            form.getString("competentDepartmentId"));
                    return form;
                }));
    }

    @GetMapping
    public Mono<List<Document>> list(@RequestParam(name = "fiscalYear", required = false) String fiscalYear,
                                     @RequestParam(name = "unitId", required = false) String unitId,
                                     @RequestParam(name = "status", required = false) String status) {
        return Callers.current().flatMap(caller -> Mono
                .fromCallable(() -> EvaluationListParameters.parse(fiscalYear, unitId, status, organization))
                .flatMap(query -> ask(query, ResponseTypes.multipleInstancesOf(Document.class)))
                .map(summaries -> summaries.stream().filter(s -> visible(caller, s)).toList()));
    }

    private boolean visible(Caller caller, Document summary) {
        return visibility.canSee(caller, summary.getString("implementingUnitId"),
                summary.getString("competentDepartmentId"));
    }

    /** The query bus runs the handler in the subscribing thread, and its driver calls block: not on the event loop. */
    private <R> Mono<R> ask(Object query, ResponseType<R> responseType) {
        return Mono.defer(() -> Mono.fromFuture(queryGateway.query(query, responseType)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static Refusal notFound(String evaluationId) {
        return new Refusal(Refusal.Kind.NOT_FOUND, "EVALUATION_NOT_FOUND", "No form " + evaluationId,
                "自评表 " + evaluationId + " 不存在", Map.of("evaluationId", evaluationId));
    }
}
