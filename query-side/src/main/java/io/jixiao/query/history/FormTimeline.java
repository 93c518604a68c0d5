package io.jixiao.query.history;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A form's events replayed through the kernel's fold, keeping the state before and after each one. Version N is
 * the state after N events, exactly what the aggregate held when it decided the N+1st command.
 */
public final class FormTimeline {
    /** One event with the form as it stood just before and just after it. */
    public record Step(RecordedEvent recorded, EvaluationState before, EvaluationState after) {
        public long version() {
            return after.version();
        }

        public Instant time() {
            return recorded.time();
        }

        public EvaluationEvent event() {
            return recorded.event();
        }
    }

    private final List<Step> steps;

    private FormTimeline(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** Replays the events in their sequence order; a gap in the sequence is a broken store, not a form. */
    public static FormTimeline replay(List<RecordedEvent> events) {
        List<Step> steps = new ArrayList<>(events.size());
        EvaluationState state = EvaluationState.EMPTY;
        for (RecordedEvent recorded : events) {
            if (recorded.sequence() != state.version()) {
                throw new IllegalStateException("Events of " + recorded.event().evaluationId() + " skip from version "
                        + state.version() + " to sequence number " + recorded.sequence());
            }
            EvaluationState next = EvaluationFold.evolve(state, recorded.event());
            steps.add(new Step(recorded, state, next));
            state = next;
        }
        return new FormTimeline(steps);
    }

    public boolean exists() {
        return !steps.isEmpty();
    }

    public long currentVersion() {
        return steps.size();
    }

    public EvaluationState current() {
        return steps.isEmpty() ? EvaluationState.EMPTY : steps.get(steps.size() - 1).after();
    }

    public List<Step> steps() {
        return steps;
    }

    /** The step that made version {@code version}, for 1 <= version <= currentVersion(). */
    public Optional<Step> at(long version) {
        if (version < 1 || version > steps.size()) {
            return Optional.empty();
        }
        return Optional.of(steps.get((int) version - 1));
    }

    /**
     * The last step recorded at or before {@code instant}. A form's state is always a prefix of its events, so the
     * first event after the instant ends the search even if a later one carries an earlier clock reading.
     */
    public Optional<Step> asOf(Instant instant) {
        Step found = null;
        for (Step step : steps) {
            if (step.time().isAfter(instant)) {
                break;
            }
            found = step;
        }
        return Optional.ofNullable(found);
    }
}
