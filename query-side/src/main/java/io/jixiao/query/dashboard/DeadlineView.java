package io.jixiao.query.dashboard;

import java.time.Instant;

/**
 * The deadline as answered: {@code date} (ISO) in {@code zone}; {@code passed} at the time of the answer;
 * {@code configured} false where the default (31 March of the next year) applies.
 */
public record DeadlineView(String date, String zone, boolean configured, boolean passed) {
    public static DeadlineView of(Deadline deadline, Instant now) {
        return new DeadlineView(deadline.date().toString(), deadline.zone().getId(), deadline.configured(),
                deadline.passedAt(now));
    }
}
