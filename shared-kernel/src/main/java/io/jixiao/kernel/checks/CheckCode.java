package io.jixiao.kernel.checks;

/** The stable codes of {@link CheckResult}: warnings from {@link Checks#run}, blockers from {@link Checks#submissionProblems}. */
public enum CheckCode {
    // Warnings a supervisor wants to see (docs/DOMAIN.md "What supervisors look for").
    /** The actual is not the kind of value the target asks for (合理 answered by 及时性; a figure answered by a verdict). */
    ACTUAL_KIND_MISMATCH,
    /** The actual is compared by number although its unit differs (1669人次 against >=5000人). */
    ACTUAL_UNIT_DIFFERS,
    /** The indicator weights do not add up to the policy's indicator weight (90). */
    INDICATOR_WEIGHTS_NOT_POLICY_TOTAL,
    /** 实际完成情况 repeats 预期目标 word for word. */
    GOAL_ACTUAL_SAME_AS_EXPECTED,
    /** Every quantitative actual sits exactly on its threshold (>=95% -> 95%), two or more of them. */
    ACTUALS_ALL_AT_THRESHOLD,
    /** 全年预算数 is more than the policy's ratio (3x) above 年初预算数. */
    ADJUSTED_BUDGET_JUMP,
    /** The source rows of a funds column cannot add up to the total row. */
    FUND_SOURCES_DO_NOT_ADD_UP,
    /** A score below the weight (or outside the suggested band) without a 偏差原因分析. */
    DEVIATION_REASON_MISSING,
    /** Full marks although the actual falls short of the target. */
    FULL_MARKS_BELOW_TARGET,
    /** A score outside the band the actual implies (allowed with a deviation reason, but shown). */
    SCORE_OUTSIDE_SUGGESTED_BAND,
    /** A score above the indicator's weight. */
    SCORE_ABOVE_WEIGHT,
    /** An indicator without a 三级指标 name. */
    INDICATOR_NAME_MISSING,
    /** An indicator without a 年度指标值. */
    INDICATOR_TARGET_MISSING,
    /** The actual beats a positive target by the policy's ratio (130%) or more: the target was set too low. */
    TARGET_SET_TOO_LOW,
    /** Figures were changed after the form was first submitted. */
    CHANGED_AFTER_SUBMISSION,
    /** Figures were changed after the final approval (through a reopening). */
    CHANGED_AFTER_APPROVAL,

    // What blocks a submission (answered with HTTP 422).
    PROJECT_NAME_MISSING,
    NO_INDICATORS,
    /** The total row lacks 全年预算数 or 全年执行数. */
    FUNDS_TOTAL_MISSING,
    GOAL_EXPECTED_MISSING,
    GOAL_ACTUAL_MISSING,
    /** Budget weight plus indicator weights is not the policy's total (100). */
    WEIGHT_TOTAL_MISMATCH,
    ACTUAL_MISSING,
    WEIGHT_MISSING,
    SCORE_MISSING,
    /** A score below 0 or above the weight. */
    SCORE_OUT_OF_RANGE
}
