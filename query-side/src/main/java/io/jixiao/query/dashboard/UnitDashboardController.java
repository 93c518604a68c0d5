package io.jixiao.query.dashboard;

import io.jixiao.kernel.dashboard.FindUnitDashboardQuery;
import io.jixiao.kernel.dashboard.UnitDashboardChanged;
import io.jixiao.query.access.Caller;
import io.jixiao.query.access.Callers;
import io.jixiao.query.access.LiveAccess;
import io.jixiao.query.access.ReadPolicy;
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
    private final ReadPolicy policy;
    private final LiveAccess liveAccess;

    public UnitDashboardController(QueryGateway queryGateway, ReadPolicy policy, LiveAccess liveAccess) {
        this.queryGateway = queryGateway;
        this.policy = policy;
        this.liveAccess = liveAccess;
    }

    @GetMapping("/{unitId}")
    public Mono<UnitDashboard> find(@PathVariable("unitId") String unitId,
                                    @RequestParam(name = "fiscalYear", required = false) String fiscalYear) {
        return Callers.current().map(caller -> query(caller, unitId, fiscalYear)).flatMap(this::ask);
    }

    /**
     * The current dashboard as the first event, then the dashboard again after every change to a form of the
     * unit or a unit below it in that year, and after every change of the organization (a unit moved in or out of
     * the subtree, renamed). Bursts are coalesced: a slow reader gets the latest dashboard, not every one in
     * between. Once the caller may no longer see the unit (deactivated, left without a role, the unit
     * moved out of their part of the hierarchy) the stream sends {@link LiveAccess#REVOKED} and ends, whether or
     * not a form changes.
     */
    @GetMapping(value = "/{unitId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<?>> stream(@PathVariable("unitId") String unitId,
                                           @RequestParam(name = "fiscalYear", required = false) String fiscalYear) {
        return Callers.current().flatMapMany(caller -> {
            FindUnitDashboardQuery query = query(caller, unitId, fiscalYear);
            Flux<ServerSentEvent<UnitDashboard>> dashboards = Flux.using(
                            () -> queryGateway.subscriptionQuery(query, ResponseTypes.instanceOf(UnitDashboard.class),
                                    ResponseTypes.instanceOf(UnitDashboardChanged.class)),
                            result -> {
                                Flux<Object> changes = Flux.merge(result.updates(), liveAccess.organizationChanges());
                                // An organization change that leaves this dashboard as it was sends nothing.
                                return result.initialResult().subscribeOn(Schedulers.boundedElastic())
                                        .concatWith(changes.onBackpressureLatest()
                                                .concatMap(change -> ask(query), 1))
                                        .distinctUntilChanged(board -> board, (a, b) -> b.showsTheSameAs(a));
                            },
                            SubscriptionQueryResult::cancel)
                    .map(dashboard -> ServerSentEvent.builder(dashboard).event(EVENT).build());
            return liveAccess.whileAllowed(caller, "dashboard " + unitId + " " + query.fiscalYear(),
                    (now, dashboard) -> policy.canSeeUnit(now, unitId), dashboards);
        });
    }

    private FindUnitDashboardQuery query(Caller caller, String unitId, String fiscalYear) {
        int year = Parameters.year("fiscalYear", fiscalYear);
        policy.requireUnit(caller, unitId);
        return new FindUnitDashboardQuery(unitId, year);
    }

    /** The handler reads MongoDB with the blocking driver: never on the event loop. */
    private Mono<UnitDashboard> ask(FindUnitDashboardQuery query) {
        return Mono.defer(() -> Mono.fromFuture(queryGateway.query(query, ResponseTypes.instanceOf(UnitDashboard.class))))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
