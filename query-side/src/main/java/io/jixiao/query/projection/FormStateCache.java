package io.jixiao.query.projection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a read model stored last (the folded states, or what it keeps beside them) for the forms it handled lately, so that a batch reads from the
 * database only the forms it has not seen for a while (an exact read costs about a millisecond on the embedded
 * server, folding an event microseconds). Holds only states that were written; an entry another writer has since
 * moved past shows itself as a gap or as a collision on the version index, and is then read again.
 */
public final class FormStateCache<T> {
    private final Map<String, T> states;

    public FormStateCache(int capacity) {
        this.states = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized Optional<T> get(String evaluationId) {
        return Optional.ofNullable(states.get(evaluationId));
    }

    public synchronized void put(String evaluationId, T value) {
        states.put(evaluationId, value);
    }

    public synchronized void forget(String evaluationId) {
        states.remove(evaluationId);
    }

    public synchronized void clear() {
        states.clear();
    }
}
