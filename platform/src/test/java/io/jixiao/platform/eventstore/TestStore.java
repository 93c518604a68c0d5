package io.jixiao.platform.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** An in-memory mongo-java-server with engines on it, for the event store tests. */
final class TestStore implements AutoCloseable {

    record Noted(String text) {
    }

    static final Serializer SERIALIZER = JacksonSerializer.defaultSerializer();

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final String connectionString = server.bindAndGetConnectionString();
    private final List<MongoClient> clients = new ArrayList<>();
    final MutableClock clock = new MutableClock();

    MongoDatabase newConnection() {
        MongoClient client = MongoClients.create(connectionString);
        clients.add(client);
        return client.getDatabase("jixiao");
    }

    MongoCommitStorageEngine engine() {
        return engine(builder -> { });
    }

    /** Each engine gets its own client, like a separate process would. */
    MongoCommitStorageEngine engine(Consumer<MongoCommitStorageEngine.Builder> customizer) {
        MongoCommitStorageEngine.Builder builder = MongoCommitStorageEngine.builder()
                                                                           .database(newConnection())
                                                                           .eventSerializer(SERIALIZER)
                                                                           .snapshotSerializer(SERIALIZER)
                                                                           .clock(clock);
        customizer.accept(builder);
        return builder.build();
    }

    static DomainEventMessage<Noted> event(String aggregateIdentifier, long sequence) {
        return new GenericDomainEventMessage<>("Note", aggregateIdentifier, sequence,
                                               new Noted(aggregateIdentifier + "#" + sequence));
    }

    static EventMessage<Noted> plainEvent(String text) {
        return GenericEventMessage.asEventMessage(new Noted(text));
    }

    /** Reads everything after the token, as a tracking processor would, and hands back the last token. */
    static List<TrackedEventMessage<?>> readAfter(MongoCommitStorageEngine engine, AtomicReference<TrackingToken> token) {
        List<TrackedEventMessage<?>> read = new ArrayList<>();
        engine.readEvents(token.get(), false).forEach(event -> {
            read.add(event);
            token.set(event.trackingToken());
        });
        return read;
    }

    static List<Long> sequences(MongoCommitStorageEngine engine, String aggregateIdentifier) {
        List<Long> sequences = new ArrayList<>();
        engine.readEvents(aggregateIdentifier).asStream().forEach(e -> sequences.add(e.getSequenceNumber()));
        return sequences;
    }

    @Override
    public void close() {
        clients.forEach(MongoClient::close);
        server.shutdownNow();
    }

    /** A clock the gap tests move by hand instead of sleeping. */
    static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
