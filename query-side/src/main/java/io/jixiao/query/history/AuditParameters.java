package io.jixiao.query.history;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.access.Caller;

import java.time.Instant;
import java.util.Map;

import static io.jixiao.query.history.QueryParameters.blank;
import static io.jixiao.query.history.QueryParameters.invalid;

/**
 * Reads the audit search's parameters into a query limited to what the caller may see: the caller's unit and the
 * units below it, or the part of that subtree below {@code unitId}. Blank parameters do not filter.
 */
final class AuditParameters {
    private AuditParameters() {
    }

    static AuditQuery parse(Caller caller, Organization organization, String unitId, String actorId,
                            String fiscalYear, String from, String to, String afterSubmission, String afterApproval,
                            String page, String size) {
        String unit = unit(caller, organization, unitId);
        Instant fromTime = blank(from) ? null : QueryParameters.timeOrDate("from", from, false);
        Instant toTime = blank(to) ? null : QueryParameters.timeOrDate("to", to, true);
        return new AuditQuery(organization.subtree(unit), year(fiscalYear), blank(actorId) ? null : actorId.trim(),
                fromTime, toTime, QueryParameters.flag("afterSubmission", afterSubmission),
                QueryParameters.flag("afterApproval", afterApproval), page(page), size(size));
    }

    private static String unit(Caller caller, Organization organization, String unitId) {
        if (caller.unitId() == null || organization.unit(caller.unitId()).isEmpty()) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "NO_UNIT", "You belong to no known unit, so you see no forms",
                    "您不属于任何已知单位，无权查看自评表", Map.of());
        }
        if (blank(unitId)) {
            return caller.unitId();
        }
        String unit = unitId.trim();
        if (organization.unit(unit).isEmpty()) {
            throw invalid("unitId", unitId, "names no known unit", "不是已知的单位");
        }
        if (!organization.isWithin(unit, caller.unitId())) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN_UNIT",
                    "Unit " + unit + " is neither your unit " + caller.unitId() + " nor a unit below it",
                    "单位 " + unit + " 既不是您的单位(" + caller.unitId() + ")也不是其下级单位，无权查看",
                    Map.of("unitId", unit, "callerUnitId", caller.unitId()));
        }
        return unit;
    }

    private static Integer year(String value) {
        if (blank(value)) {
            return null;
        }
        long year = QueryParameters.wholeNumber("fiscalYear", value);
        if (year < 1900 || year > 2200) {
            throw invalid("fiscalYear", value, "must be a year such as 2024", "须为年份，如 2024");
        }
        return (int) year;
    }

    private static int page(String value) {
        if (blank(value)) {
            return 0;
        }
        long page = QueryParameters.wholeNumber("page", value);
        if (page < 0 || page > 1_000_000) {
            throw invalid("page", value, "must be 0 (the first page) or more", "须为 0（第一页）或更大的整数");
        }
        return (int) page;
    }

    private static int size(String value) {
        if (blank(value)) {
            return AuditQuery.DEFAULT_SIZE;
        }
        long size = QueryParameters.wholeNumber("size", value);
        if (size < 1 || size > AuditQuery.MAX_SIZE) {
            throw invalid("size", value, "must be between 1 and " + AuditQuery.MAX_SIZE,
                    "须在 1 至 " + AuditQuery.MAX_SIZE + " 之间");
        }
        return (int) size;
    }
}
