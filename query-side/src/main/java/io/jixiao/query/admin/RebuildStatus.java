package io.jixiao.query.admin;

import java.time.Instant;

/**
 * A rebuild as an operator sees it: running (the active generation answers meanwhile), then done (the new
 * generation answers), aborted or failed (the active generation still answers, the new one is dropped).
 *
 * @param generation      the generation being built
 * @param done            events read from the store so far (the rebuild's position + 1)
 * @param total           events in the store (its head + 1) when last looked
 * @param eventsPerSecond since the rebuild began; null until a measurable interval has passed
 * @param expectedEnd     at that rate; null while unknown or once ended
 * @param error           why it failed; null otherwise
 */
public record RebuildStatus(State state, int generation, long done, long total, Double eventsPerSecond,
                            Instant expectedEnd, Instant startedAt, Instant endedAt, String error) {

    public enum State {
        RUNNING, SWITCHING, DONE, ABORTED, FAILED;

        public boolean ongoing() {
            return this == RUNNING || this == SWITCHING;
        }
    }
}
