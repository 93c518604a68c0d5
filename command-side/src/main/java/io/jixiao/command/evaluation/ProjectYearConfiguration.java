package io.jixiao.command.evaluation;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoDatabase;
import io.jixiao.platform.eventstore.EventStoreConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.time.Duration;

/** One form per project and year: the keys, filled in for forms stored before them, and the check on every draft. */
@Configuration(proxyBeanMethods = false)
public class ProjectYearConfiguration {

    /**
     * Written like the events: {@code w=majority, j=true} on a real MongoDB; on the embedded server a claim is made
     * durable by the H2 commit that the draft's own append waits for, which covers every write before it.
     * A claim whose form has not appeared after {@code jixiao.eventstore.gap-timeout} (the event store's own wait
     * for an uncommitted append) is taken over.
     */
    @Bean
    ProjectYearKeys projectYearKeys(MongoDatabase database, Environment environment) {
        String uri = environment.getProperty(EventStoreConfiguration.MONGODB_URI);
        boolean embedded = uri == null || uri.isBlank();
        return new ProjectYearKeys(database,
                embedded ? WriteConcern.ACKNOWLEDGED : WriteConcern.MAJORITY.withJournal(true), Clock.systemUTC(),
                environment.getProperty("jixiao.eventstore.gap-timeout", Duration.class, Duration.ofSeconds(60)));
    }

    /** After every bean exists and before the web server, the processors or the demo data start. */
    @Bean
    SmartInitializingSingleton oneFormPerProjectYear(ProjectYearKeys keys, EventStore eventStore,
                                                     EventStorageEngine storageEngine) {
        return () -> {
            ExistingFormKeys.fillOnce(keys, storageEngine);
            eventStore.registerDispatchInterceptor(new OneFormPerProjectYear(keys,
                    evaluationId -> eventStore.lastSequenceNumberFor(evaluationId).isPresent()));
        };
    }
}
