package io.jixiao.platform.eventstore;

/**
 * How an aggregate's commits are found.
 * <p>
 * The embedded server (mongo-java-server) uses an index only for an exact match on every key of a unique index, so
 * {@link #EXACT_KEYS} walks {@code _id = aggregateId:sequence} from commit to commit and costs the same at any store
 * size. {@link #RANGE} asks a real MongoDB for one indexed range query instead, which saves round trips there.
 */
public enum ReadStrategy {
    EXACT_KEYS,
    RANGE
}
