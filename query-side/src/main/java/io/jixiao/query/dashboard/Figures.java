package io.jixiao.query.dashboard;

import java.util.Map;

/**
 * What a dashboard says about a set of forms. Every count comes with the forms behind it.
 *
 * @param byStatus               DRAFT, UNDER_REVIEW, RETURNED, APPROVED, REOPENED: always all five, in that order
 * @param underReviewByLevel     the UNDER_REVIEW forms by the level they wait at: UNIT, DEPARTMENT, FINANCE
 * @param overdue                past the deadline and with the unit (see {@link Deadline#overdue})
 * @param submittedLate          first submitted after the deadline
 * @param failingChecks          per check code (sorted), the forms on which that check fails
 * @param changesAfterSubmission figures changed after the first submission
 * @param changesAfterApproval   figures changed after a final approval
 */
public record Figures(FormSet forms, Map<String, FormSet> byStatus, Map<String, FormSet> underReviewByLevel,
                      FormSet overdue, FormSet submittedLate, FundFigures funds, ScoreFigures scores,
                      Map<String, FormSet> failingChecks, Changes changesAfterSubmission,
                      Changes changesAfterApproval) {
}
