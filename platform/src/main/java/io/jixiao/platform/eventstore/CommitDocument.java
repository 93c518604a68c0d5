package io.jixiao.platform.eventstore;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A document of {@code event_commits}: one of three kinds.
 * <ul>
 *   <li>{@code commit}: the events of one unit of work, {@code _id = aggregateId:firstSequence} of its first
 *       aggregate (or {@code ~commit:firstGlobalIndex} when no event belongs to an aggregate), holding the global
 *       indexes {@code firstGlobalIndex .. firstGlobalIndex + count - 1}.</li>
 *   <li>{@code claim}: {@code _id = aggregateId:sequence} for every other event of an aggregate in the commit,
 *       pointing at the commit. So every stored (aggregate, sequence) owns exactly one {@code _id}, as a unique key
 *       on both columns would give, and any two appends that share a sequence collide. A claim whose run starts at
 *       its own sequence is a run head; the others are marked {@code continuation}.</li>
 *   <li>{@code tombstone}: closes a global index nobody committed in time; readers skip it and a late commit of that
 *       index is refused by the unique index.</li>
 * </ul>
 */
final class CommitDocument {

    static final String ID = "_id";
    static final String KIND = "kind";
    static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    static final String TYPE = "type";
    static final String FIRST_SEQUENCE = "firstSequence";
    static final String LAST_SEQUENCE = "lastSequence";
    static final String FIRST_GLOBAL_INDEX = "firstGlobalIndex";
    static final String COUNT = "count";
    static final String COMMIT_TIME = "commitTime";
    static final String EVENTS = "events";
    static final String COMMIT_ID = "commitId";
    static final String COMMIT_GLOBAL_INDEX = "commitGlobalIndex";
    static final String CONTINUATION = "continuation";

    static final String KIND_COMMIT = "commit";
    static final String KIND_CLAIM = "claim";
    static final String KIND_TOMBSTONE = "tombstone";

    private final Document document;

    CommitDocument(Document document) {
        this.document = document;
    }

    static String aggregateKey(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + ":" + sequenceNumber;
    }

    static String anonymousCommitId(long firstGlobalIndex) {
        return "~commit:" + firstGlobalIndex;
    }

    static Document tombstone(long globalIndex, Instant now) {
        return new Document(ID, "~tombstone:" + globalIndex)
                .append(KIND, KIND_TOMBSTONE)
                .append(FIRST_GLOBAL_INDEX, globalIndex)
                .append(COUNT, 1)
                .append(COMMIT_TIME, Date.from(now));
    }

    String id() {
        return document.getString(ID);
    }

    boolean isCommit() {
        return KIND_COMMIT.equals(document.getString(KIND));
    }

    boolean isClaim() {
        return KIND_CLAIM.equals(document.getString(KIND));
    }

    boolean isTombstone() {
        return KIND_TOMBSTONE.equals(document.getString(KIND));
    }

    long firstSequence() {
        return number(FIRST_SEQUENCE);
    }

    long lastSequence() {
        return number(LAST_SEQUENCE);
    }

    long firstGlobalIndex() {
        return number(FIRST_GLOBAL_INDEX);
    }

    int count() {
        return (int) number(COUNT);
    }

    Instant commitTime() {
        return document.getDate(COMMIT_TIME).toInstant();
    }

    String commitId() {
        return document.getString(COMMIT_ID);
    }

    long commitGlobalIndex() {
        return number(COMMIT_GLOBAL_INDEX);
    }

    List<Document> events() {
        return document.getList(EVENTS, Document.class);
    }

    private long number(String field) {
        return ((Number) document.get(field)).longValue();
    }
}
