package io.jixiao.platform.eventstore;

import com.mongodb.ConnectionString;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.jixiao.platform.eventstore.upcasting.KernelEventUpcasters;
import io.jixiao.platform.storage.DurabilityBarrier;
import io.jixiao.platform.storage.EmbeddedMongo;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The event store and token store on MongoDB. With {@code MONGODB_URI} (environment variable or property) it uses
 * that server, database from the URI or {@value #DEFAULT_DATABASE}; without it it starts the embedded server on
 * {@code jixiao.data-dir} (default {@code ./data}).
 * <p>
 * Properties: {@code jixiao.eventstore.read-strategy} ({@code EXACT_KEYS} by default on the embedded server,
 * {@code RANGE} with {@code MONGODB_URI}), {@code jixiao.eventstore.gap-timeout} (default 60s),
 * {@code jixiao.eventstore.batch-size} (default 100), {@code jixiao.embedded.cache-mb} (H2 page cache of the
 * embedded server, default {@link EmbeddedMongo#defaultCacheMegabytes()}). Serializers come from Axon's Boot
 * autoconfiguration, set to JSON by {@code axon-defaults.properties}: both sides read what one of them wrote;
 * every read goes through {@link KernelEventUpcasters} first.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:io/jixiao/platform/axon-defaults.properties")
public class EventStoreConfiguration {

    public static final String MONGODB_URI = "MONGODB_URI";
    public static final String DEFAULT_DATABASE = "jixiao";

    /** Only when no {@code MONGODB_URI} is given. Closed after the client, which depends on it. */
    @Bean(destroyMethod = "close")
    @Conditional(NoMongoUri.class)
    public EmbeddedMongo embeddedMongo(Environment environment) {
        return EmbeddedMongo.start(Path.of(environment.getProperty("jixiao.data-dir", "./data")),
                                   environment.getProperty("jixiao.embedded.cache-mb", Integer.class,
                                                           EmbeddedMongo.defaultCacheMegabytes()));
    }

    @Bean(destroyMethod = "close")
    public MongoClient mongoClient(Environment environment, ObjectProvider<EmbeddedMongo> embeddedMongo) {
        String uri = environment.getProperty(MONGODB_URI);
        return MongoClients.create(hasText(uri) ? uri : embeddedMongo.getObject().connectionString());
    }

    @Bean
    public MongoDatabase mongoDatabase(MongoClient mongoClient, Environment environment) {
        String uri = environment.getProperty(MONGODB_URI);
        String database = hasText(uri) ? new ConnectionString(uri).getDatabase() : null;
        return mongoClient.getDatabase(database == null ? DEFAULT_DATABASE : database);
    }

    @Bean
    public DurabilityBarrier durabilityBarrier(ObjectProvider<EmbeddedMongo> embeddedMongo) {
        EmbeddedMongo embedded = embeddedMongo.getIfAvailable();
        return embedded == null ? DurabilityBarrier.NONE : embedded.durabilityBarrier();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration axonConfiguration,
                                                 MongoDatabase mongoDatabase,
                                                 DurabilityBarrier durabilityBarrier,
                                                 Environment environment) {
        boolean embedded = !hasText(environment.getProperty(MONGODB_URI));
        ReadStrategy defaultStrategy = embedded ? ReadStrategy.EXACT_KEYS : ReadStrategy.RANGE;
        return MongoCommitStorageEngine.builder()
                                       .database(mongoDatabase)
                                       .readStrategy(environment.getProperty("jixiao.eventstore.read-strategy",
                                                                             ReadStrategy.class, defaultStrategy))
                                       .gapTimeout(environment.getProperty("jixiao.eventstore.gap-timeout",
                                                                           Duration.class, Duration.ofSeconds(60)))
                                       .batchSize(environment.getProperty("jixiao.eventstore.batch-size",
                                                                          Integer.class, 100))
                                       .durabilityBarrier(durabilityBarrier)
                                       .writeConcern(embedded ? WriteConcern.ACKNOWLEDGED
                                                             : WriteConcern.MAJORITY.withJournal(true))
                                       .eventSerializer(eventSerializer)
                                       .snapshotSerializer(defaultSerializer)
                                       .upcasterChain(new EventUpcasterChain(KernelEventUpcasters.chain(),
                                                                             axonConfiguration.upcasterChain()))
                                       .snapshotFilter(axonConfiguration.snapshotFilter())
                                       .build();
    }

    /** Axon builds the event store around {@link #eventStorageEngine}; readers get this view of it. */
    @Bean
    public EventStreamReader eventStreamReader(EventStore eventStore) {
        return EventStreamReader.over(eventStore);
    }

    @Bean
    public TokenStore tokenStore(MongoDatabase mongoDatabase, Serializer defaultSerializer) {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(mongoDatabase).build())
                              .serializer(defaultSerializer)
                              .transactionManager(NoTransactionManager.instance())
                              .build();
    }

    /** mongo-java-server has no transactions; every write here is atomic on its own document. */
    @Bean
    public TransactionManager axonTransactionManager() {
        return NoTransactionManager.instance();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** True when neither the environment nor the properties name a MongoDB. */
    static final class NoMongoUri implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !hasText(context.getEnvironment().getProperty(MONGODB_URI));
        }
    }
}
