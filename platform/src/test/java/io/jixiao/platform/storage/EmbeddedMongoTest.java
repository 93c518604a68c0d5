package io.jixiao.platform.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMongoTest {

    @TempDir
    Path dataDir;

    @Test
    void listens_on_loopback_and_keeps_data_across_a_clean_restart() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(mongo.address().getAddress().isLoopbackAddress()).isTrue();
            assertThat(mongo.address().getPort()).isPositive();
            collection(client).insertOne(new Document("_id", "kept").append("value", 1));
            mongo.durabilityBarrier().awaitDurable();
        }
        assertThat(Files.exists(dataDir.resolve(EmbeddedMongo.FILE_NAME))).isTrue();

        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(collection(client).find(eq("_id", "kept")).first()).containsEntry("value", 1);
        }
    }

    @Test
    void the_file_does_not_balloon_when_every_write_is_committed() throws Exception {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> collection = collection(client);
            String payload = "x".repeat(500);
            for (int i = 0; i < 2_000; i++) {
                collection.insertOne(new Document("_id", i).append("payload", payload));
                mongo.durabilityBarrier().awaitDurable();
            }
        }
        // The same loop on a bare MVStore measured ~37 MB with the default retention and ~5 MB with retention 0.
        assertThat(Files.size(dataDir.resolve(EmbeddedMongo.FILE_NAME))).isLessThan(20L * 1024 * 1024);
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("jixiao").getCollection("things");
    }
}
