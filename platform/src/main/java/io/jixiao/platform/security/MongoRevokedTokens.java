package io.jixiao.platform.security;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

/**
 * Collection {@value #COLLECTION}: one document per signed-out token, {@code _id} = its id, with {@code expiresAt}
 * = the token's expiry. A real MongoDB drops expired entries itself (a TTL index); the embedded server has no TTL
 * indexes, so each sign-out deletes the expired ones (sign-outs are few, and the collection holds at most a
 * token lifetime's worth of them).
 */
public final class MongoRevokedTokens implements RevokedTokens {
    public static final String COLLECTION = "revoked_tokens";
    static final String EXPIRES_AT = "expiresAt";

    private final MongoCollection<Document> revoked;
    private final boolean expiresByItself;
    private final Clock clock;

    public MongoRevokedTokens(MongoDatabase database, boolean ttlIndexes, Clock clock) {
        this.revoked = database.getCollection(COLLECTION);
        this.expiresByItself = ttlIndexes;
        this.clock = clock;
        if (ttlIndexes) {
            revoked.createIndex(Indexes.ascending(EXPIRES_AT), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
        }
    }

    @Override
    public void revoke(String tokenId, String personId, Instant expiresAt) {
        Instant now = clock.instant();
        if (!expiresByItself) {
            revoked.deleteMany(lt(EXPIRES_AT, Date.from(now)));
        }
        try {
            revoked.insertOne(new Document("_id", tokenId).append("personId", personId)
                    .append(EXPIRES_AT, Date.from(expiresAt)).append("revokedAt", Date.from(now)));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // signed out twice (two tabs at once): revoked either way
        }
    }

    @Override
    public boolean isRevoked(String tokenId) {
        return revoked.find(eq("_id", tokenId)).first() != null;
    }
}
