package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.approval.EvaluationApprovedEvent;
import io.jixiao.kernel.approval.EvaluationReopenedEvent;
import io.jixiao.kernel.approval.EvaluationReturnedEvent;
import io.jixiao.kernel.approval.EvaluationSubmittedEvent;
import io.jixiao.kernel.approval.EvaluationWithdrawnEvent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one fold {@code state = evolve(state, event)}: the aggregate applies it to decide, and history and time
 * travel replay the event store through it, so a form at version N is exactly what the aggregate saw.
 */
public final class EvaluationFold {
    private EvaluationFold() {
    }

    public static EvaluationState replay(Iterable<? extends EvaluationEvent> events) {
        EvaluationState state = EvaluationState.EMPTY;
        for (EvaluationEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    /**
     * For a read model that keeps a form's state between deliveries: the state after the event with this
     * (0-based) sequence number, or empty when the state already contains it (a redelivery changes nothing).
     * An event beyond the next one is refused, since folding over a missing event would make a form that never
     * existed; so is an event of a form that was never drafted.
     */
    public static Optional<EvaluationState> evolveAt(EvaluationState state, EvaluationEvent event, long sequenceNumber) {
        if (sequenceNumber < state.version()) {
            return Optional.empty();
        }
        if (sequenceNumber > state.version()) {
            throw new IllegalStateException("Form " + event.evaluationId() + " stands at version " + state.version()
                    + " but received the event with sequence number " + sequenceNumber);
        }
        EvaluationState after = evolve(state, event);
        if (!after.exists()) {
            throw new IllegalStateException("Form " + event.evaluationId() + " was never drafted");
        }
        return Optional.of(after);
    }

    public static EvaluationState evolve(EvaluationState s, EvaluationEvent event) {
        if (event instanceof EvaluationDraftedEvent e) {
            return drafted(e);
        }
        if (event instanceof FundsAmendedEvent e) {
            return amended(s, e, new Builder(s).funds(s.funds().with(e.source(), e.line())));
        }
        if (event instanceof GoalsAmendedEvent e) {
            return amended(s, e, new Builder(s).goals(e.goals()));
        }
        if (event instanceof IndicatorAddedEvent e) {
            List<Indicator> indicators = new ArrayList<>(s.indicators());
            indicators.add(new Indicator(e.indicatorId(), e.level1(), e.level2(), e.name(), e.target(), e.weight(),
                    null, null, null));
            return amended(s, e, new Builder(s).indicators(indicators)
                    .nextIndicatorNumber(Math.max(s.nextIndicatorNumber(), numberOf(e.indicatorId()) + 1)));
        }
        if (event instanceof IndicatorChangedEvent e) {
            return amended(s, e, new Builder(s).indicators(replace(s.indicators(), e.indicatorId(),
                    i -> i.withDefinition(e.level1(), e.level2(), e.name(), e.target(), e.weight()))));
        }
        if (event instanceof IndicatorRemovedEvent e) {
            List<Indicator> indicators = new ArrayList<>(s.indicators());
            indicators.removeIf(i -> i.indicatorId().equals(e.indicatorId()));
            return amended(s, e, new Builder(s).indicators(indicators));
        }
        if (event instanceof ActualValueAmendedEvent e) {
            return amended(s, e, new Builder(s).indicators(replace(s.indicators(), e.indicatorId(),
                    i -> i.withActual(e.actual()))));
        }
        if (event instanceof IndicatorScoredEvent e) {
            return amended(s, e, new Builder(s).indicators(replace(s.indicators(), e.indicatorId(),
                    i -> i.withScore(e.score(), e.deviation()))));
        }
        if (event instanceof EvaluationSubmittedEvent e) {
            return new Builder(s).status(EvaluationStatus.UNDER_REVIEW).chain(e.chain()).reviewStep(0)
                    .everSubmitted(true).changedBy(with(s.changedBy(), e.actor().userId())).build(s.version() + 1);
        }
        if (event instanceof EvaluationApprovedEvent e) {
            Builder next = new Builder(s);
            if (e.finalApproval()) {
                next.status(EvaluationStatus.APPROVED).everApproved(true).reviewStep(s.chain().size());
            } else {
                next.reviewStep(s.reviewStep() + 1);
            }
            return next.build(s.version() + 1);
        }
        if (event instanceof EvaluationReturnedEvent) {
            return new Builder(s).status(EvaluationStatus.RETURNED).reviewStep(0).build(s.version() + 1);
        }
        if (event instanceof EvaluationWithdrawnEvent) {
            return new Builder(s).status(EvaluationStatus.DRAFT).reviewStep(0).build(s.version() + 1);
        }
        if (event instanceof EvaluationReopenedEvent) {
            return new Builder(s).status(EvaluationStatus.REOPENED).reviewStep(0).build(s.version() + 1);
        }
        throw new IllegalArgumentException("Unknown evaluation event " + event.getClass().getName());
    }

    /** The number in an indicator id of the form {@code I<n>}. */
    public static int numberOf(String indicatorId) {
        try {
            return Integer.parseInt(indicatorId.substring(1));
        } catch (RuntimeException notNumbered) {
            return 0;
        }
    }

    public static String indicatorId(int number) {
        return "I" + number;
    }

    private static EvaluationState drafted(EvaluationDraftedEvent e) {
        int next = e.indicators().stream().mapToInt(i -> numberOf(i.indicatorId())).max().orElse(0) + 1;
        return new EvaluationState(e.evaluationId(), 1, e.fiscalYear(), e.projectName(), e.projectCode(),
                e.competentDepartmentId(), e.implementingUnitId(), e.amountUnit(), e.scoringPolicy(),
                e.funds() == null ? Funds.BLANK : e.funds(), e.goals() == null ? Goals.BLANK : e.goals(),
                e.indicators(), next, EvaluationStatus.DRAFT, List.of(), 0, false, false,
                Set.of(e.actor().userId()), 0, 0, e.source(), e.actor());
    }

    private static EvaluationState amended(EvaluationState s, EvaluationEvent e, Builder next) {
        next.changedBy(with(s.changedBy(), e.actor().userId()));
        if (s.everSubmitted()) {
            next.amendmentsAfterSubmission(s.amendmentsAfterSubmission() + 1);
        }
        if (s.everApproved()) {
            next.amendmentsAfterApproval(s.amendmentsAfterApproval() + 1);
        }
        return next.build(s.version() + 1);
    }

    private static List<Indicator> replace(List<Indicator> indicators, String id, UnaryOperator<Indicator> change) {
        List<Indicator> result = new ArrayList<>(indicators.size());
        for (Indicator indicator : indicators) {
            result.add(indicator.indicatorId().equals(id) ? change.apply(indicator) : indicator);
        }
        return result;
    }

    private static Set<String> with(Set<String> ids, String id) {
        Set<String> result = new HashSet<>(ids);
        result.add(id);
        return result;
    }

    /** Copies a state with a few components changed; keeps the fold readable without a wither per component. */
    private static final class Builder {
        private final EvaluationState s;
        private Funds funds;
        private Goals goals;
        private List<Indicator> indicators;
        private int nextIndicatorNumber;
        private EvaluationStatus status;
        private List<io.jixiao.kernel.approval.ReviewStep> chain;
        private int reviewStep;
        private boolean everSubmitted;
        private boolean everApproved;
        private Set<String> changedBy;
        private int amendmentsAfterSubmission;
        private int amendmentsAfterApproval;

        Builder(EvaluationState s) {
            this.s = s;
            funds = s.funds();
            goals = s.goals();
            indicators = s.indicators();
            nextIndicatorNumber = s.nextIndicatorNumber();
            status = s.status();
            chain = s.chain();
            reviewStep = s.reviewStep();
            everSubmitted = s.everSubmitted();
            everApproved = s.everApproved();
            changedBy = s.changedBy();
            amendmentsAfterSubmission = s.amendmentsAfterSubmission();
            amendmentsAfterApproval = s.amendmentsAfterApproval();
        }

        Builder funds(Funds v) { funds = v; return this; }
        Builder goals(Goals v) { goals = v; return this; }
        Builder indicators(List<Indicator> v) { indicators = v; return this; }
        Builder nextIndicatorNumber(int v) { nextIndicatorNumber = v; return this; }
        Builder status(EvaluationStatus v) { status = v; return this; }
        Builder chain(List<io.jixiao.kernel.approval.ReviewStep> v) { chain = v; return this; }
        Builder reviewStep(int v) { reviewStep = v; return this; }
        Builder everSubmitted(boolean v) { everSubmitted = v; return this; }
        Builder everApproved(boolean v) { everApproved = v; return this; }
        Builder changedBy(Set<String> v) { changedBy = v; return this; }
        Builder amendmentsAfterSubmission(int v) { amendmentsAfterSubmission = v; return this; }
        Builder amendmentsAfterApproval(int v) { amendmentsAfterApproval = v; return this; }

        EvaluationState build(long version) {
            return new EvaluationState(s.evaluationId(), version, s.fiscalYear(), s.projectName(), s.projectCode(),
                    s.competentDepartmentId(), s.implementingUnitId(), s.amountUnit(), s.scoringPolicy(), funds, goals,
                    indicators, nextIndicatorNumber, status, chain, reviewStep, everSubmitted, everApproved,
                    changedBy, amendmentsAfterSubmission, amendmentsAfterApproval, s.source(), s.createdBy());
        }
    }
}
