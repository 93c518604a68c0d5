package io.jixiao.platform.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides when a gap (a reserved global index with no commit yet) is old enough to close, and closes it.
 * <p>
 * A gap's age is measured from the commit time of the first commit found after it (its witness). Closing inserts a
 * tombstone under the unique global index: if the real commit got there first the insert fails and the commit is
 * delivered; if the tombstone wins, the late writer's insert fails and its command is never acknowledged. Either way
 * no acknowledged event is skipped.
 */
final class GapCloser {

    private static final int MAX_REMEMBERED_GAPS = 100_000;
    private static final int MAX_WITNESS_PROBES = 1_000;

    private final EventCollections collections;
    private final Duration gapTimeout;
    private final Clock clock;
    private final Map<Long, Instant> witnessTimes = new ConcurrentHashMap<>();

    GapCloser(EventCollections collections, Duration gapTimeout, Clock clock) {
        this.collections = collections;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    Duration gapTimeout() {
        return gapTimeout;
    }

    void witnessed(Collection<Long> gaps, Instant commitTimeAfter) {
        if (witnessTimes.size() > MAX_REMEMBERED_GAPS) {
            witnessTimes.clear(); // only a cache: a forgotten witness is probed again
        }
        for (Long gap : gaps) {
            witnessTimes.putIfAbsent(gap, commitTimeAfter);
        }
    }

    void filled(long gap) {
        witnessTimes.remove(gap);
    }

    /** Closes the gap if its witness is older than the timeout; returns what now holds the index, or null. */
    CommitDocument closeIfExpired(long gap, long tokenIndex) {
        Instant now = clock.instant();
        Instant witness = witnessTimes.computeIfAbsent(gap, g -> probeWitness(g, tokenIndex, now));
        if (witness.plus(gapTimeout).isAfter(now)) {
            return null;
        }
        return close(gap);
    }

    CommitDocument close(long gap) {
        CommitDocument holder = collections.closeGlobalIndex(gap, clock.instant());
        witnessTimes.remove(gap);
        return holder;
    }

    /** After a restart the cache is empty: look for the first commit above the gap; without one, start the clock. */
    private Instant probeWitness(long gap, long tokenIndex, Instant now) {
        long last = Math.min(tokenIndex, gap + MAX_WITNESS_PROBES);
        for (long index = gap + 1; index <= last; index++) {
            CommitDocument document = collections.byGlobalIndex(index);
            if (document != null) {
                return document.commitTime();
            }
        }
        return now;
    }
}
