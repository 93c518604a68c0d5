package io.jixiao.query.comparison;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.comparison.CompareProjectYearsQuery;
import io.jixiao.kernel.comparison.CompareUnitYearsQuery;
import io.jixiao.query.access.Callers;
import io.jixiao.query.access.ReadPolicy;
import io.jixiao.query.dashboard.Parameters;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.LinkedHashMap;
import java.util.Map;

/** Year-over-year comparisons over HTTP, for units the caller may see (their own and those below it). */
@RestController
@RequestMapping("/api/comparisons")
public class ComparisonController {
    /** A comparison reads every unit of the subtree for each year: keep the span reasonable. */
    static final int MAX_YEARS = 30;

    private final QueryGateway queryGateway;
    private final ReadPolicy policy;

    public ComparisonController(QueryGateway queryGateway, ReadPolicy policy) {
        this.queryGateway = queryGateway;
        this.policy = policy;
    }

    @GetMapping("/units/{unitId}")
    public Mono<UnitYearsComparison> units(@PathVariable("unitId") String unitId,
                                           @RequestParam(name = "fromYear", required = false) String fromYear,
                                           @RequestParam(name = "toYear", required = false) String toYear) {
        return Callers.current().map(caller -> {
            int from = Parameters.year("fromYear", fromYear);
            int to = Parameters.year("toYear", toYear);
            if (to < from || to - from >= MAX_YEARS) {
                throw Parameters.invalid("toYear", toYear, "must be from fromYear to " + (MAX_YEARS - 1)
                        + " years after it", "须不早于 fromYear,且至多晚 " + (MAX_YEARS - 1) + " 年");
            }
            policy.requireUnit(caller, unitId);
            return new CompareUnitYearsQuery(unitId, from, to);
        }).flatMap(query -> ask(query, ResponseTypes.instanceOf(UnitYearsComparison.class)));
    }

    @GetMapping("/projects")
    public Mono<ProjectComparison> projects(@RequestParam(name = "unitId", required = false) String unitId,
                                            @RequestParam(name = "projectCode", required = false) String projectCode,
                                            @RequestParam(name = "projectName", required = false) String projectName) {
        return Callers.current().map(caller -> {
            if (unitId == null || unitId.isBlank()) {
                throw Parameters.invalid("unitId", unitId, "is required: the implementing unit of the project",
                        "必填:项目的实施单位");
            }
            if (blank(projectCode) && blank(projectName)) {
                throw Parameters.invalid("projectCode", projectCode, "or projectName is required",
                        "与 projectName 至少填写一项");
            }
            policy.requireUnit(caller, unitId.trim());
            return new CompareProjectYearsQuery(unitId.trim(), blank(projectCode) ? null : projectCode.trim(),
                    blank(projectName) ? null : projectName.trim());
        }).flatMap(query -> ask(query, ResponseTypes.optionalInstanceOf(ProjectComparison.class))
                .map(found -> found.orElseThrow(() -> notFound(query))));
    }

    /** The handlers read MongoDB with the blocking driver: never on the event loop. */
    private <R> Mono<R> ask(Object query, ResponseType<R> responseType) {
        return Mono.defer(() -> Mono.fromFuture(queryGateway.query(query, responseType)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static Refusal notFound(CompareProjectYearsQuery query) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("unitId", query.unitId());
        details.put("projectCode", String.valueOf(query.projectCode()));
        details.put("projectName", String.valueOf(query.projectName()));
        String project = query.projectCode() != null ? query.projectCode() : query.projectName();
        return new Refusal(Refusal.Kind.NOT_FOUND, "PROJECT_NOT_FOUND",
                "Unit " + query.unitId() + " has no form of project " + project,
                "单位 " + query.unitId() + " 没有项目「" + project + "」的自评表", details);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
