package io.jixiao.deploy.demo;

/**
 * Where a demo form's workflow ends, and how it got there. Every story runs through commands with the people of
 * the demo organization, so each form has a history worth reading.
 */
public enum Story {
    /** Never submitted: in a past year, an overdue form. */
    DRAFT,
    /** Submitted, waiting for the first reviewer. */
    UNDER_REVIEW,
    /** Passed every level but the finance bureau's. */
    AWAITING_FINANCE,
    /** Returned by the competent department and not answered yet: overdue in a past year. */
    RETURNED,
    /** Passed every level. */
    APPROVED,
    /** Returned with a reason, amended with a reason, submitted again and approved. */
    RETURNED_THEN_APPROVED,
    /** Withdrawn by the filler before review, corrected, submitted again and approved. */
    WITHDRAWN_THEN_APPROVED,
    /** Withdrawn by the filler and still being corrected. */
    WITHDRAWN,
    /** Approved, reopened by the finance bureau with a reason, corrected, submitted again and approved again. */
    REOPENED_THEN_APPROVED,
    /** Approved, reopened by the finance bureau, the unit in the middle of its correction. */
    REOPENED
}
