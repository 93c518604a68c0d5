package io.jixiao.platform.storage;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.jixiao.platform.eventstore.MongoCommitStorageEngine;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * The process {@link KillNineDurabilityTest} kills: four threads append to an embedded store on the H2 file given
 * as argument, forever, printing {@code ACK <aggregate> <events>} after each append returned.
 */
public final class AppendingChild {

    private AppendingChild() {
    }

    public static void main(String[] args) {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        EmbeddedMongo mongo = EmbeddedMongo.start(Path.of(args[0]));
        MongoClient client = MongoClients.create(mongo.connectionString());
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        MongoCommitStorageEngine engine = MongoCommitStorageEngine.builder()
                                                                  .database(client.getDatabase("jixiao"))
                                                                  .eventSerializer(serializer)
                                                                  .snapshotSerializer(serializer)
                                                                  .durabilityBarrier(mongo.durabilityBarrier())
                                                                  .build();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            new Thread(() -> {
                for (int i = 0; ; i++) {
                    String aggregate = "t" + thread + "-" + i;
                    int events = 1 + i % 2;
                    if (events == 1) {
                        engine.appendEvents(new GenericDomainEventMessage<>("Note", aggregate, 0, "only"));
                    } else {
                        engine.appendEvents(new GenericDomainEventMessage<>("Note", aggregate, 0, "first"),
                                            new GenericDomainEventMessage<>("Note", aggregate, 1, "second"));
                    }
                    synchronized (System.out) {
                        System.out.println("ACK " + aggregate + " " + events);
                        System.out.flush();
                    }
                }
            }, "appender-" + t).start();
        }
    }
}
