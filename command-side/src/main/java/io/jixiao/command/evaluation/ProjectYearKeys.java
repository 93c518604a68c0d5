package io.jixiao.command.evaluation;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.Predicate;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * The command side's own record of which form holds which {@link ProjectYearKey}: collection
 * {@value #COLLECTION}, one document per key, {@code _id} = the key, holding the form's id. A key is claimed by
 * insert, so of two drafts of the same project exactly one gets it, on the embedded server (which has no
 * transactions and indexes only {@code _id} exactly) as on a replica set.
 * <p>
 * A claim is written before its form's events are appended. A claim whose form is not in the event store is either
 * in flight (its draft is being appended this very moment) or abandoned (its process died between the two writes):
 * younger than {@code claimTimeout} it is respected, older it is taken over by compare-and-set. A draft that is
 * refused after claiming releases its claims (see {@link OneFormPerProjectYear}). What this does not fence: a writer
 * that stalls for longer than the timeout between its claim and its append (milliseconds apart, nothing runs in
 * between) and then appends after another draft took the key over; the timeout is the event store's gap timeout,
 * the same wait it gives an append in flight.
 */
public class ProjectYearKeys {
    public static final String COLLECTION = "project_year_keys";
    static final String EVALUATION_ID = "evaluationId";
    static final String CLAIMED_AT = "claimedAt";
    /** Written once every form stored before keys existed holds its keys; never a key (keys contain '|'). */
    static final String FILLED_MARKER = "filled-from-event-store";
    private static final int MOST_ATTEMPTS = 10;
    private static final Logger log = LoggerFactory.getLogger(ProjectYearKeys.class);

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private final Duration claimTimeout;

    /** {@code writeConcern}: the event store's, so a claim is as durable as the events it guards. */
    public ProjectYearKeys(MongoDatabase database, WriteConcern writeConcern, Clock clock, Duration claimTimeout) {
        this.keys = database.getCollection(COLLECTION).withWriteConcern(writeConcern);
        this.clock = clock;
        this.claimTimeout = claimTimeout;
    }

    /**
     * What claiming found: {@code holder} is the form that holds the key now (ours when it equals the form we
     * claimed for); {@code written} says whether this call wrote the claim, so that a refused draft releases it.
     */
    public record Claim(String holder, boolean written) {
    }

    /**
     * Claims {@code key} for form {@code evaluationId}. {@code stored} tells whether a form is in the event store.
     * Never waits: a key held by another form, stored or in flight, is answered with that form.
     */
    public Claim claim(ProjectYearKey key, String evaluationId, Predicate<String> stored) {
        for (int attempt = 0; attempt < MOST_ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            if (insert(key, evaluationId, now)) {
                return new Claim(evaluationId, true);
            }
            Document held = keys.find(eq("_id", key.id())).first();
            if (held == null) {
                continue; // released since our insert failed
            }
            String holder = held.getString(EVALUATION_ID);
            if (holder.equals(evaluationId)) {
                return new Claim(evaluationId, false);
            }
            if (stored.test(holder) || claimedAt(held).plus(claimTimeout).isAfter(now)) {
                return new Claim(holder, false);
            }
            if (takeOver(key, held, evaluationId, now)) {
                log.info("Project key {} taken over from form {}, whose draft never reached the event store",
                        key.id(), holder);
                return new Claim(evaluationId, true);
            }
        }
        throw new IllegalStateException("Key " + key.id() + " changed hands " + MOST_ATTEMPTS + " times while "
                + evaluationId + " claimed it");
    }

    /** Gives the key up if {@code evaluationId} still holds it: its draft was refused after claiming. */
    public void release(ProjectYearKey key, String evaluationId) {
        // compare-and-delete: the embedded server scans for a filter beyond _id, but only refused drafts get here
        keys.deleteOne(and(eq("_id", key.id()), eq(EVALUATION_ID, evaluationId)));
    }

    /** The form holding the key, if any. */
    public Optional<String> holder(ProjectYearKey key) {
        return Optional.ofNullable(keys.find(eq("_id", key.id())).first()).map(d -> d.getString(EVALUATION_ID));
    }

    /**
     * Records a key for a form already in the event store; answers the holder, which is another form when the store
     * holds two forms of the same project from before keys existed (the first keeps the key).
     */
    String fill(ProjectYearKey key, String evaluationId) {
        if (insert(key, evaluationId, clock.instant())) {
            return evaluationId;
        }
        return holder(key).orElseGet(() -> fill(key, evaluationId));
    }

    boolean filled() {
        return keys.find(eq("_id", FILLED_MARKER)).first() != null;
    }

    void markFilled(long forms) {
        keys.insertOne(new Document("_id", FILLED_MARKER).append("forms", forms)
                .append("at", Date.from(clock.instant())));
    }

    private boolean insert(ProjectYearKey key, String evaluationId, Instant now) {
        try {
            keys.insertOne(document(key, evaluationId, now));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    /** Compare-and-set on the holder and its claim time: of two drafts taking over the same claim one wins. */
    private boolean takeOver(ProjectYearKey key, Document held, String evaluationId, Instant now) {
        return keys.replaceOne(and(eq("_id", key.id()), eq(EVALUATION_ID, held.getString(EVALUATION_ID)),
                        eq(CLAIMED_AT, held.get(CLAIMED_AT))), document(key, evaluationId, now))
                .getModifiedCount() == 1;
    }

    private static Instant claimedAt(Document held) {
        Date at = held.getDate(CLAIMED_AT);
        return at == null ? Instant.EPOCH : at.toInstant();
    }

    private static Document document(ProjectYearKey key, String evaluationId, Instant now) {
        return new Document("_id", key.id()).append(EVALUATION_ID, evaluationId)
                .append("implementingUnitId", key.implementingUnitId()).append("fiscalYear", key.fiscalYear())
                .append("matchedBy", key.matchedBy().field()).append("value", key.value())
                .append(CLAIMED_AT, Date.from(now));
    }
}
