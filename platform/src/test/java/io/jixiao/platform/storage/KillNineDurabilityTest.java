package io.jixiao.platform.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.jixiao.platform.eventstore.MongoCommitStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing acknowledged is lost when the process is killed with SIGKILL in the middle of appending. */
class KillNineDurabilityTest {

    private static final int ACKS_BEFORE_KILL = 400;

    @TempDir
    Path dataDir;

    @Test
    void every_acknowledged_append_survives_kill_minus_nine() throws Exception {
        Map<String, Integer> acknowledged = runChildAndKillIt();

        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCommitStorageEngine engine = MongoCommitStorageEngine.builder()
                                                                      .database(client.getDatabase("jixiao"))
                                                                      .eventSerializer(serializer)
                                                                      .snapshotSerializer(serializer)
                                                                      .build();
            for (Map.Entry<String, Integer> ack : acknowledged.entrySet()) {
                assertThat(engine.readEvents(ack.getKey()).asStream().count())
                        .as("events of acknowledged %s", ack.getKey()).isEqualTo(ack.getValue().longValue());
            }
            long tracked = engine.readEvents(engine.createTailToken(), false).count();
            long acknowledgedEvents = acknowledged.values().stream().mapToLong(Integer::longValue).sum();
            assertThat(tracked).isGreaterThanOrEqualTo(acknowledgedEvents);
        }
    }

    private Map<String, Integer> runChildAndKillIt() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                           "-cp", System.getProperty("java.class.path"),
                                           AppendingChild.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Map<String, Integer> acknowledged = new LinkedHashMap<>();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            String line;
            while (acknowledged.size() < ACKS_BEFORE_KILL && (line = output.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    String[] parts = line.split(" ");
                    acknowledged.put(parts[1], Integer.parseInt(parts[2]));
                }
                assertThat(System.nanoTime()).as("child too slow").isLessThan(deadline);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(acknowledged).hasSize(ACKS_BEFORE_KILL);
        return acknowledged;
    }
}
