package io.jixiao.query.projection;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The forms one batch of a read model touched: for each, the version its document stood at before the batch and
 * the state after the batch's events so far. Events the stored state already counts (a redelivery) are skipped,
 * exactly as one-by-one handling skips them.
 */
public final class TouchedForms {
    /** One event folded: the state before and after it. */
    public record Step(EvaluationState before, EvaluationState after, Instant time) {
    }

    /** A form as the batch leaves it. */
    public static final class Form {
        private final long storedVersion;
        private EvaluationState state;
        private Instant lastChangedAt;

        private Form(EvaluationState stored) {
            this.storedVersion = stored.version();
            this.state = stored;
        }

        /** The version the document stood at when the batch read it: the one its replacement must still find. */
        public long storedVersion() {
            return storedVersion;
        }

        public EvaluationState state() {
            return state;
        }

        /** When the last event the batch folded into it happened; null when the batch folded none. */
        public Instant lastChangedAt() {
            return lastChangedAt;
        }

        public boolean changed() {
            return state.version() != storedVersion;
        }
    }

    private final FormStateCache<EvaluationState> cache;
    private final Function<String, Optional<EvaluationState>> stored;
    private final Map<String, Form> forms = new LinkedHashMap<>();

    public TouchedForms(FormStateCache<EvaluationState> cache, Function<String, Optional<EvaluationState>> stored) {
        this.cache = cache;
        this.stored = stored;
        // A batch that fails may have written some of its forms: the next attempt reads them from the database.
        ProjectionBatches.onRollback(this::forgetAll);
    }

    private void forgetAll() {
        forms.keySet().forEach(cache::forget);
    }

    /** Folds the event into its form; empty when the form already counts it. */
    public Optional<Step> fold(EvaluationEvent event, long sequenceNumber, Instant time) {
        Form form = forms.computeIfAbsent(event.evaluationId(), id -> new Form(startingState(id, sequenceNumber)));
        EvaluationState before = form.state;
        Optional<EvaluationState> after = EvaluationFold.evolveAt(before, event, sequenceNumber);
        after.ifPresent(state -> {
            form.state = state;
            form.lastChangedAt = time;
        });
        return after.map(state -> new Step(before, state, time));
    }

    /** The cached state unless it stands before the event (it may be stale then): the stored one. */
    private EvaluationState startingState(String evaluationId, long sequenceNumber) {
        Optional<EvaluationState> cached = cache.get(evaluationId);
        if (cached.isPresent() && cached.get().version() >= sequenceNumber) {
            return cached.get();
        }
        return stored.apply(evaluationId).orElse(EvaluationState.EMPTY);
    }

    public Collection<Form> all() {
        return forms.values();
    }

    /**
     * After the batch was written: what was stored is what the next batch starts from. A form whose document had
     * moved on since it was read (another writer, or a cached state that was behind) fails the batch, which the
     * processor hands over again; that attempt reads the form from the database and skips what it already counts.
     */
    public void written(Collection<String> collided) {
        if (!collided.isEmpty()) {
            forgetAll();
            throw new IllegalStateException("Forms " + collided + " had moved on since this batch read them; "
                    + "the batch is handled again from the stored forms");
        }
        for (Form form : forms.values()) {
            if (form.state.exists()) {
                cache.put(form.state.evaluationId(), form.state);
            }
        }
    }
}
