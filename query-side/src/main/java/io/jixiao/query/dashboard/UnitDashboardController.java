package io.jixiao.query.dashboard;

import io.jixiao.kernel.dashboard.FindUnitDashboardQuery;
import io.jixiao.kernel.dashboard.UnitDashboardChanged;
import io.jixiao.query.access.Callers;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
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

/** Dashboards over HTTP, once or followed live as server-sent events. */
@RestController
@RequestMapping("/api/dashboards/units")
public class UnitDashboardController {
    static final String EVENT = "dashboard";

    private final QueryGateway queryGateway;
    private final UnitAccess access;

    public UnitDashboardController(QueryGateway queryGateway, UnitAccess access) {
        this.queryGateway = queryGateway;
        this.access = access;
    }

    @GetMapping("/{unitId}")
    public Mono<UnitDashboard> find(@PathVariable("unitId") String unitId,
                                    @RequestParam(name = "fiscalYear", required = false) String fiscalYear) {
        return query(unitId, fiscalYear).flatMap(this::ask);
    }

    /**
     * The current dashboard as the first event, then the dashboard again after every change to a form of the
     * unit or a unit below it in that year. Bursts are coalesced: a slow reader gets the latest dashboard, not
     * every one in between.
     */
    @GetMapping(value = "/{unitId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<UnitDashboard>> stream(@PathVariable("unitId") String unitId,
                                                       @RequestParam(name = "fiscalYear", required = false)
                                                       String fiscalYear) {
        return query(unitId, fiscalYear).flatMapMany(query -> Flux.using(
                        () -> queryGateway.subscriptionQuery(query, ResponseTypes.instanceOf(UnitDashboard.class),
                                ResponseTypes.instanceOf(UnitDashboardChanged.class)),
                        result -> result.initialResult().subscribeOn(Schedulers.boundedElastic())
                                .concatWith(result.updates().onBackpressureLatest()
                                        .concatMap(change -> ask(query), 1)),
                        SubscriptionQueryResult::cancel))
                .map(dashboard -> ServerSentEvent.builder(dashboard).event(EVENT).build());
    }

    private Mono<FindUnitDashboardQuery> query(String unitId, String fiscalYear) {
        return Callers.current().map(caller -> {
            int year = Parameters.year("fiscalYear", fiscalYear);
            access.requireVisible(caller, unitId);
            return new FindUnitDashboardQuery(unitId, year);
        });
    }

    /** The handler reads MongoDB with the blocking driver: never on the event loop. */
    private Mono<UnitDashboard> ask(FindUnitDashboardQuery query) {
        return Mono.defer(() -> Mono.fromFuture(queryGateway.query(query, ResponseTypes.instanceOf(UnitDashboard.class))))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
