package io.jixiao.query.history;

import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.query.access.Callers;
import io.jixiao.query.access.ReadPolicy;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Figure changes across forms for supervisors, newest first and paged, limited to the implementing units
 * {@link ReadPolicy#auditedUnits} allows the caller.
 */
@RestController
@RequestMapping("/api/audit")
public class AuditController {
    private final FigureChangeStore store;
    private final Organization organization;
    private final ReadPolicy policy;

    public AuditController(FigureChangeStore store, Organization organization, ReadPolicy policy) {
        this.store = store;
        this.organization = organization;
        this.policy = policy;
    }

    @GetMapping("/changes")
    public Mono<Document> changes(@RequestParam(name = "unitId", required = false) String unitId,
                                  @RequestParam(name = "actorId", required = false) String actorId,
                                  @RequestParam(name = "fiscalYear", required = false) String fiscalYear,
                                  @RequestParam(name = "from", required = false) String from,
                                  @RequestParam(name = "to", required = false) String to,
                                  @RequestParam(name = "afterSubmission", required = false) String afterSubmission,
                                  @RequestParam(name = "afterApproval", required = false) String afterApproval,
                                  @RequestParam(name = "page", required = false) String page,
                                  @RequestParam(name = "size", required = false) String size) {
        return Callers.current().flatMap(caller -> Mono.fromCallable(() -> {
            AuditQuery query = AuditParameters.parse(policy.auditedUnits(caller, unitId), actorId, fiscalYear, from,
                    to, afterSubmission, afterApproval, page, size);
            FigureChangeStore.Page found = store.search(query);
            return new Document("page", query.page())
                    .append("size", query.size())
                    .append("total", found.total())
                    .append("changes", found.changes().stream().map(this::withNames).toList());
        }).subscribeOn(Schedulers.boundedElastic()));
    }

    private Document withNames(Document change) {
        change.put("implementingUnitName",
                organization.unit(change.getString("implementingUnitId")).map(Unit::name).orElse(null));
        return HistoryEntries.withNames(change, organization);
    }
}
