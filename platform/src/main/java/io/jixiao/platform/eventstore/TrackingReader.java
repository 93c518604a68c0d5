package io.jixiao.platform.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

/**
 * Reads the global stream after a {@link GapAwareTrackingToken} with exact-key lookups only: the counter for the
 * head, then {@code firstGlobalIndex} for the token's gaps and for a window of indexes after it, each set in one
 * {@code $in} query on the unique index.
 * <p>
 * Commits are delivered whole, so a batch may exceed the batch size by the events of one commit. A reserved index
 * with no commit yet below a delivered one becomes a gap; trailing ones are simply looked at again next time.
 */
final class TrackingReader {

    private static final int MIN_WINDOW = 32;

    private final EventCollections collections;
    private final GlobalIndexCounter counter;
    private final GapCloser gapCloser;
    private final Clock clock;

    TrackingReader(EventCollections collections, GlobalIndexCounter counter, GapCloser gapCloser, Clock clock) {
        this.collections = collections;
        this.counter = counter;
        this.gapCloser = gapCloser;
        this.clock = clock;
    }

    static GapAwareTrackingToken tail() {
        return GapAwareTrackingToken.newInstance(-1, List.of());
    }

    List<TrackedEventData<?>> fetch(TrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken start = asGapAware(lastToken);
        GlobalIndexCounter.Head head = counter.head();
        if (start.getIndex() >= head.index() && start.getGaps().isEmpty()) {
            return List.of();
        }
        Position position = new Position(start);
        List<TrackedEventData<?>> batch = new ArrayList<>();
        Map<Long, CommitDocument> gapHolders = start.getGaps().isEmpty() ? Map.of()
                : collections.byGlobalIndexes(start.getGaps());
        for (long gap : start.getGaps()) {
            if (!position.isGap(gap)) {
                continue; // filled by a commit delivered earlier in this loop
            }
            CommitDocument holder = gapHolders.get(gap);
            if (holder == null) {
                holder = gapCloser.closeIfExpired(gap, start.getIndex());
            }
            if (holder != null) {
                gapCloser.filled(gap);
                deliver(holder, position, batch);
            }
        }
        List<Long> misses = new ArrayList<>();
        long index = start.getIndex() + 1;
        long windowEnd = index;
        Map<Long, CommitDocument> window = Map.of();
        while (index <= head.index() && batch.size() < batchSize) {
            if (index >= windowEnd) {
                windowEnd = Math.min(head.index() + 1, index + Math.max(batchSize, MIN_WINDOW));
                window = collections.byGlobalIndexes(LongStream.range(index, windowEnd).boxed().toList());
            }
            CommitDocument holder = window.get(index);
            if (holder == null) {
                misses.add(index++);
                continue;
            }
            gapCloser.witnessed(misses, holder.commitTime());
            misses.clear();
            deliver(holder, position, batch);
            index = holder.firstGlobalIndex() + holder.count();
        }
        if (index > head.index() && !misses.isEmpty() && reservationsOlderThanTimeout(head)) {
            // Nothing was reserved for a whole timeout, so these trailing indexes belong to writers that gave up.
            for (long miss : misses) {
                if (position.isUnseen(miss)) {
                    deliver(gapCloser.close(miss), position, batch);
                }
            }
        }
        return batch;
    }

    private boolean reservationsOlderThanTimeout(GlobalIndexCounter.Head head) {
        return head.reservedAt().plus(gapCloser.gapTimeout()).isBefore(clock.instant());
    }

    private static void deliver(CommitDocument holder, Position position, List<TrackedEventData<?>> batch) {
        if (holder.isTombstone()) {
            position.skip(holder.firstGlobalIndex());
            return;
        }
        for (Document event : holder.events()) {
            long globalIndex = EventDocuments.globalIndex(event);
            if (position.isUnseen(globalIndex)) {
                batch.add(EventDocuments.trackedData(event, position.advanceTo(globalIndex)));
            }
        }
    }

    private static GapAwareTrackingToken asGapAware(TrackingToken token) {
        if (token == null) {
            return tail();
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware;
        }
        throw new IllegalArgumentException("Expected a GapAwareTrackingToken, got " + token);
    }

    /** The reader's knowledge while it builds a batch: the token index, its gaps and the tombstones above it. */
    private static final class Position {
        private long index;
        private final TreeSet<Long> gaps;
        private final Set<Long> skippedAhead = new HashSet<>();

        Position(GapAwareTrackingToken start) {
            this.index = start.getIndex();
            this.gaps = new TreeSet<>(start.getGaps());
        }

        boolean isGap(long globalIndex) {
            return gaps.contains(globalIndex);
        }

        boolean isUnseen(long globalIndex) {
            return globalIndex > index ? !skippedAhead.contains(globalIndex) : gaps.contains(globalIndex);
        }

        void skip(long globalIndex) {
            if (globalIndex > index) {
                skippedAhead.add(globalIndex);
            } else {
                gaps.remove(globalIndex);
            }
        }

        GapAwareTrackingToken advanceTo(long globalIndex) {
            if (globalIndex > index) {
                for (long missing = index + 1; missing < globalIndex; missing++) {
                    if (!skippedAhead.remove(missing)) {
                        gaps.add(missing);
                    }
                }
                index = globalIndex;
            } else {
                gaps.remove(globalIndex);
            }
            return GapAwareTrackingToken.newInstance(index, new TreeSet<>(gaps));
        }
    }
}
