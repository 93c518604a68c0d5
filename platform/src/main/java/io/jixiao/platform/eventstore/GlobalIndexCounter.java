package io.jixiao.platform.eventstore;

import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * The global sequence: one counter document, {@code next} = the first index not yet handed out. A unit of work
 * reserves its indexes before it writes, so indexes are unique but may be committed out of order (or never):
 * readers treat the holes as gaps.
 * <p>
 * Reservation is a compare-and-set ({@code next == expected} -> {@code expected + count}), not
 * {@code findOneAndUpdate} with {@code $inc}: mongo-java-server applies the increment under its lock but builds the
 * reply from the live document afterwards, so two concurrent callers can be told the same value (measured: 34 of
 * 2,000 reservations duplicated with four threads). The last value seen is remembered, so an uncontended
 * reservation is a single update.
 */
final class GlobalIndexCounter {

    private static final String COUNTER_ID = "global";
    private static final String NEXT = "next";
    private static final String RESERVED_AT = "reservedAt";

    /** The highest index handed out ({@code -1} before the first) and when the last reservation happened. */
    record Head(long index, Instant reservedAt) {
    }

    private final EventCollections collections;
    private final Clock clock;
    private final AtomicLong expectedNext = new AtomicLong(-1);

    GlobalIndexCounter(EventCollections collections, Clock clock) {
        this.collections = collections;
        this.clock = clock;
    }

    /** Reserves {@code count} consecutive indexes and returns the first. */
    long reserve(int count) {
        long expected = expectedNext.get();
        while (true) {
            if (expected < 0) {
                expected = readNext();
            }
            long modified = collections.counters.updateOne(
                    and(eq("_id", COUNTER_ID), eq(NEXT, expected)),
                    Updates.combine(Updates.set(NEXT, expected + count),
                                    Updates.set(RESERVED_AT, Date.from(clock.instant())))).getModifiedCount();
            if (modified == 1) {
                expectedNext.set(expected + count);
                return expected;
            }
            expected = -1;
        }
    }

    private long readNext() {
        Document counter = collections.counters.find(eq("_id", COUNTER_ID)).first();
        if (counter != null) {
            return ((Number) counter.get(NEXT)).longValue();
        }
        try {
            collections.counters.insertOne(new Document("_id", COUNTER_ID).append(NEXT, 0L)
                                                                           .append(RESERVED_AT, Date.from(clock.instant())));
        } catch (RuntimeException e) {
            if (!EventCollections.isDuplicateKey(e)) {
                throw e;
            }
        }
        return readNext();
    }

    Head head() {
        Document counter = collections.counters.find(eq("_id", COUNTER_ID)).first();
        if (counter == null) {
            return new Head(-1, Instant.EPOCH);
        }
        return new Head(((Number) counter.get(NEXT)).longValue() - 1, counter.getDate(RESERVED_AT).toInstant());
    }
}
