package io.jixiao.query.history;

import java.time.Instant;
import java.util.Set;

import static io.jixiao.query.history.QueryParameters.blank;
import static io.jixiao.query.history.QueryParameters.invalid;

/**
 * Reads the audit search's parameters into a query over the implementing units
 * {@link io.jixiao.query.access.ReadPolicy#auditedUnits} allowed. Blank parameters do not filter.
 */
final class AuditParameters {
    private AuditParameters() {
    }

    static AuditQuery parse(Set<String> implementingUnitIds, String actorId, String fiscalYear, String from,
                            String to, String afterSubmission, String afterApproval, String page, String size) {
        Instant fromTime = blank(from) ? null : QueryParameters.timeOrDate("from", from, false);
        Instant toTime = blank(to) ? null : QueryParameters.timeOrDate("to", to, true);
        return new AuditQuery(implementingUnitIds, year(fiscalYear), blank(actorId) ? null : actorId.trim(),
                fromTime, toTime, QueryParameters.flag("afterSubmission", afterSubmission),
                QueryParameters.flag("afterApproval", afterApproval), page(page), size(size));
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
