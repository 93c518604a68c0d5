package io.jixiao.kernel.evaluation;

public enum EvaluationStatus {
    DRAFT, UNDER_REVIEW, RETURNED, APPROVED, REOPENED;

    /** The owning unit may change figures only while the form is with it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED || this == REOPENED;
    }
}
