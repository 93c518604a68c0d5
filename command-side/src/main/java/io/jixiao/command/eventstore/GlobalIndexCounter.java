package io.jixiao.command.eventstore;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import static com.mongodb.client.model.Filters.eq;

/**
 * The global sequence: one counter document, {@code next} = the first index not yet handed out. A unit of work
 * reserves its indexes in one atomic increment before it writes, so indexes are unique but may be committed out of
 * order (or never): readers treat the holes as gaps.
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

    GlobalIndexCounter(EventCollections collections, Clock clock) {
        this.collections = collections;
        this.clock = clock;
    }

    /** Reserves {@code count} consecutive indexes and returns the first. */
    long reserve(int count) {
        FindOneAndUpdateOptions upsertReturningAfter =
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        Document counter;
        try {
            counter = increment(count, upsertReturningAfter);
        } catch (RuntimeException firstUpsertRace) {
            // Two first-ever upserts on a real MongoDB: one loses on _id; the document exists now.
            if (!EventCollections.isDuplicateKey(firstUpsertRace)) {
                throw firstUpsertRace;
            }
            counter = increment(count, upsertReturningAfter);
        }
        return ((Number) counter.get(NEXT)).longValue() - count;
    }

    private Document increment(int count, FindOneAndUpdateOptions options) {
        return collections.counters.findOneAndUpdate(
                eq("_id", COUNTER_ID),
                Updates.combine(Updates.inc(NEXT, (long) count), Updates.set(RESERVED_AT, Date.from(clock.instant()))),
                options);
    }

    Head head() {
        Document counter = collections.counters.find(eq("_id", COUNTER_ID)).first();
        if (counter == null) {
            return new Head(-1, Instant.EPOCH);
        }
        return new Head(((Number) counter.get(NEXT)).longValue() - 1, counter.getDate(RESERVED_AT).toInstant());
    }
}
