package io.jixiao.command.evaluation;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.jixiao.kernel.evaluation.InputLimits;
import io.jixiao.platform.eventstore.MongoCommitStorageEngine;
import io.jixiao.command.organization.DemoOrganization;
import io.jixiao.platform.organization.OrganizationDirectory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The command side as the application wires it, without Spring and without any query side: the evaluation
 * aggregate on Axon's command bus, the event store on an in-memory mongo-java-server (no transactions, exact-key
 * indexes only, like the embedded default), and the project keys in the same database.
 */
final class CommandSideOnMongo implements AutoCloseable {
    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(60);

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    final MongoDatabase database = client.getDatabase("jixiao");
    final MutableClock clock = new MutableClock();
    final ProjectYearKeys keys = new ProjectYearKeys(database, WriteConcern.ACKNOWLEDGED, clock, CLAIM_TIMEOUT);
    final OrganizationDirectory directory = DemoOrganization.directory();
    final MongoCommitStorageEngine storageEngine;
    private final Configuration axon;

    CommandSideOnMongo() {
        Serializer serializer = JacksonSerializer.defaultSerializer();
        storageEngine = MongoCommitStorageEngine.builder().database(database).eventSerializer(serializer)
                .snapshotSerializer(serializer).build();
        axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> storageEngine)
                .configureAggregate(ProjectEvaluation.class)
                .registerComponent(OrganizationDirectory.class, c -> directory)
                .registerComponent(InputLimits.class, c -> InputLimits.DEFAULTS)
                .buildConfiguration();
        axon.start();
    }

    /** As {@link ProjectYearConfiguration} does at start; answers the registration so a test can run without it. */
    Registration checkDrafts() {
        EventStore eventStore = eventStore();
        return eventStore.registerDispatchInterceptor(new OneFormPerProjectYear(keys,
                evaluationId -> eventStore.lastSequenceNumberFor(evaluationId).isPresent()));
    }

    CommandGateway commands() {
        return axon.commandGateway();
    }

    EventStore eventStore() {
        return axon.eventStore();
    }

    boolean stored(String evaluationId) {
        return eventStore().lastSequenceNumberFor(evaluationId).isPresent();
    }

    @Override
    public void close() {
        axon.shutdown();
        client.close();
        server.shutdownNow();
    }

    /** Moved by hand instead of waiting for the claim timeout. */
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
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
