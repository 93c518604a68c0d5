package io.jixiao.command.imports;

import com.mongodb.client.MongoDatabase;
import io.jixiao.platform.organization.OrganizationDirectory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

@Configuration
public class ImportConfiguration {

    @Bean
    ImportJobStore importJobStore(MongoDatabase database) {
        return new ImportJobStore(database);
    }

    @Bean
    FormImporter formImporter(CommandGateway commands, EventStore eventStore, OrganizationDirectory directory) {
        return new FormImporter(commands, eventStore, directory);
    }

    /** A job whose runner has not reported for {@code resume-after} is taken over (after a restart, say). */
    @Bean(destroyMethod = "close")
    ImportJobs importJobs(ImportJobStore store, FormImporter importer, OrganizationDirectory directory,
                          @Value("${jixiao.imports.resume-after:PT30S}") Duration resumeAfter) {
        return new ImportJobs(store, importer, directory, resumeAfter, Clock.systemUTC());
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeStoppedJobs(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(ImportJobs.class).watch();
    }
}
