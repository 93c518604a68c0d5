package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.approval.ReviewStep;
import io.jixiao.kernel.organization.Actor;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A form as its events have made it, after {@code version} events. Built only by {@link EvaluationFold}, so the
 * aggregate, the read models and time travel all see the same thing.
 *
 * @param reviewStep                index into {@code chain} of the level the form waits at while under review
 * @param everSubmitted             from the first submission on, every amendment needs a reason
 * @param everApproved              set by the final approval; amendments after it are counted separately
 * @param changedBy                 user ids of everyone who submitted or amended the form: none of them may approve it
 * @param amendmentsAfterSubmission figures changed after the first submission
 * @param amendmentsAfterApproval   figures changed after a final approval (through a reopening)
 */
public record EvaluationState(
        String evaluationId,
        long version,
        int fiscalYear,
        String projectName,
        String projectCode,
        String competentDepartmentId,
        String implementingUnitId,
        AmountUnit amountUnit,
        String scoringPolicy,
        Funds funds,
        Goals goals,
        List<Indicator> indicators,
        int nextIndicatorNumber,
        EvaluationStatus status,
        List<ReviewStep> chain,
        int reviewStep,
        boolean everSubmitted,
        boolean everApproved,
        Set<String> changedBy,
        int amendmentsAfterSubmission,
        int amendmentsAfterApproval,
        String source,
        Actor createdBy) {

    public EvaluationState {
        indicators = List.copyOf(indicators);
        chain = List.copyOf(chain);
        changedBy = Set.copyOf(changedBy);
    }

    /** The state before any event: nothing exists yet. */
    public static final EvaluationState EMPTY = new EvaluationState(null, 0, 0, null, null, null, null,
            AmountUnit.YUAN, null, Funds.BLANK, Goals.BLANK, List.of(), 1, null, List.of(), 0, false, false,
            Set.of(), 0, 0, null, null);

    public boolean exists() {
        return evaluationId != null;
    }

    public Optional<Indicator> indicator(String indicatorId) {
        return indicators.stream().filter(i -> i.indicatorId().equals(indicatorId)).findFirst();
    }

    /** The review step the form waits at, while under review. */
    public Optional<ReviewStep> currentStep() {
        if (status != EvaluationStatus.UNDER_REVIEW || reviewStep >= chain.size()) {
            return Optional.empty();
        }
        return Optional.of(chain.get(reviewStep));
    }
}
