package io.jixiao.query.organization;

import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.access.Caller;
import io.jixiao.query.access.Callers;
import io.jixiao.query.access.ReadPolicy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/** The organization as it is now, and who changed it (README "Organization"). */
@RestController
public class OrganizationQueryController {
    private final Organization organization;
    private final OrganizationHistory history;
    private final ReadPolicy policy;

    public OrganizationQueryController(Organization organization, OrganizationHistory history, ReadPolicy policy) {
        this.organization = organization;
        this.history = history;
        this.policy = policy;
    }

    /** The caller's unit (or {@code unitId} at or below it) with every unit and person below. */
    @GetMapping("/api/organization")
    public Mono<OrganizationView> organization(@RequestParam(name = "unitId", required = false) String unitId) {
        return Callers.current().map(caller -> {
            String unit = unitOrOwn(caller, unitId);
            policy.requireUnit(caller, unit);
            return OrganizationView.of(organization, unit);
        });
    }

    @GetMapping("/api/organization/history")
    public Mono<List<OrganizationHistory.Entry>> history(
            @RequestParam(name = "unitId", required = false) String unitId,
            @RequestParam(name = "personId", required = false) String personId) {
        return Callers.current().flatMap(caller -> {
            String unit = unitOrOwn(caller, unitId);
            policy.requireOrganizationHistory(caller, unit);
            String person = personId == null || personId.isBlank() ? null : personId.strip();
            return Mono.fromCallable(() -> history.concerning(unit, person, organization))
                    .subscribeOn(Schedulers.boundedElastic());
        });
    }

    private static String unitOrOwn(Caller caller, String unitId) {
        return unitId == null || unitId.isBlank() ? caller.unitId() : unitId.strip();
    }
}
