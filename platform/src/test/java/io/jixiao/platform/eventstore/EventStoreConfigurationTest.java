package io.jixiao.platform.eventstore;

import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.jixiao.platform.storage.EmbeddedMongo;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The configuration inside a real Spring Boot context with Axon's autoconfiguration. */
class EventStoreConfigurationTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(EventStoreConfiguration.class)
    static class Application {
    }

    @TempDir
    Path dataDir;

    @Test
    void without_a_uri_the_embedded_server_backs_axons_event_store() {
        try (ConfigurableApplicationContext context = start("jixiao.data-dir=" + dataDir)) {
            MongoCommitStorageEngine engine = (MongoCommitStorageEngine) context.getBean(EventStorageEngine.class);
            assertThat(engine.readStrategy()).isEqualTo(ReadStrategy.EXACT_KEYS);
            assertThat(context.getBean(TokenStore.class)).isInstanceOf(MongoTokenStore.class);
            assertThat(context.getBean(MongoDatabase.class).getName()).isEqualTo("jixiao");
            assertThat(context.getBeansOfType(EmbeddedMongo.class)).hasSize(1);

            context.getBean(EventBus.class).publish(GenericEventMessage.asEventMessage("hello"));

            assertThat(context.getBean(EventStore.class).openStream(null).hasNextAvailable()).isTrue();
            assertThat(engine.readEvents(engine.createTailToken(), false).map(e -> (Object) e.getPayload()))
                    .containsExactly("hello");
        }
        assertThat(Files.exists(dataDir.resolve(EmbeddedMongo.FILE_NAME))).isTrue();
    }

    @Test
    void a_mongodb_uri_selects_that_server_its_database_and_range_reads() {
        MongoServer server = new MongoServer(new MemoryBackend());
        String address = server.bindAndGetConnectionString();
        try (ConfigurableApplicationContext context = start(EventStoreConfiguration.MONGODB_URI + "=" + address
                                                                    + "/reporting")) {
            assertThat(context.getBeansOfType(EmbeddedMongo.class)).isEmpty();
            assertThat(context.getBean(MongoDatabase.class).getName()).isEqualTo("reporting");
            assertThat(((MongoCommitStorageEngine) context.getBean(EventStorageEngine.class)).readStrategy())
                    .isEqualTo(ReadStrategy.RANGE);
        } finally {
            server.shutdownNow();
        }
    }

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties("axoniq.update-checker.disabled=true", "spring.main.banner-mode=off")
                .properties(properties)
                .run();
    }
}
