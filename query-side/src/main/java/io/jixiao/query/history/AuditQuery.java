package io.jixiao.query.history;

import java.time.Instant;
import java.util.Set;

/**
 * A search of figure changes. {@code implementingUnitIds} is never empty: it is the subtree the caller may see
 * (or the part of it they asked for); every other criterion is optional (null does not filter). {@code from} is
 * inclusive, {@code to} exclusive.
 */
public record AuditQuery(Set<String> implementingUnitIds, Integer fiscalYear, String actorId, Instant from,
                         Instant to, Boolean afterSubmission, Boolean afterApproval, int page, int size) {
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public AuditQuery {
        implementingUnitIds = Set.copyOf(implementingUnitIds);
    }
}
