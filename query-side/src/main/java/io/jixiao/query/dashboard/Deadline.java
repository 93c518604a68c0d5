package io.jixiao.query.dashboard;

import io.jixiao.kernel.evaluation.EvaluationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day by which a fiscal year's forms are due, in the zone of the installation. The deadline passes at the
 * end of that day: a form is due on {@code date} and late from the next midnight on.
 *
 * @param configured whether {@code jixiao.deadlines.<year>} set it (otherwise the default, 31 March of the next year)
 */
public record Deadline(int fiscalYear, LocalDate date, ZoneId zone, boolean configured) {

    /** The first instant after the deadline day. */
    public Instant end() {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean passedAt(Instant now) {
        return !now.isBefore(end());
    }

    /**
     * Overdue: the deadline has passed and the form is with its unit: never submitted (DRAFT), sent back and not
     * submitted again (RETURNED), or reopened after approval and not submitted again (REOPENED). A form under
     * review or approved is with the reviewers and not overdue, however late it came.
     */
    public boolean overdue(EvaluationStatus status, Instant now) {
        return passedAt(now) && status.editable();
    }

    /** Submitted late: the first submission came after the deadline. */
    public boolean late(Instant firstSubmittedAt) {
        return firstSubmittedAt != null && !firstSubmittedAt.isBefore(end());
    }
}
