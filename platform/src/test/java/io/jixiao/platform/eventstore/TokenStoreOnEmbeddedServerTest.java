package io.jixiao.platform.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Axon's MongoTokenStore, as wired by the configuration, against mongo-java-server. */
class TokenStoreOnEmbeddedServerTest {

    private final TestStore store = new TestStore();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void segments_are_initialized_claimed_stored_released_and_taken_over() {
        MongoTokenStore node1 = tokenStore(store.newConnection(), "node-1");
        MongoTokenStore node2 = tokenStore(store.newConnection(), "node-2");

        node1.initializeTokenSegments("projection", 2, GapAwareTrackingToken.newInstance(-1, List.of()));
        assertThat(node1.fetchSegments("projection")).containsExactly(0, 1);
        assertThat(node1.fetchToken("projection", 0)).isEqualTo(GapAwareTrackingToken.newInstance(-1, List.of()));

        GapAwareTrackingToken progressed = GapAwareTrackingToken.newInstance(41, List.of(7L, 9L));
        node1.storeToken(progressed, "projection", 0);
        assertThatThrownBy(() -> node2.fetchToken("projection", 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThat(node2.fetchAvailableSegments("projection")).extracting(Segment::getSegmentId).containsExactly(1);

        node1.extendClaim("projection", 0);
        node1.releaseClaim("projection", 0);
        assertThat(node2.fetchToken("projection", 0)).isEqualTo(progressed);
        assertThat(node1.retrieveStorageIdentifier()).isPresent()
                                                     .isEqualTo(node2.retrieveStorageIdentifier());
    }

    private static MongoTokenStore tokenStore(MongoDatabase database, String nodeId) {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                              .serializer(TestStore.SERIALIZER)
                              .transactionManager(NoTransactionManager.instance())
                              .claimTimeout(Duration.ofSeconds(10))
                              .nodeId(nodeId)
                              .build();
    }
}
