package io.jixiao.command.imports;

import com.mongodb.client.MongoDatabase;
import io.jixiao.platform.health.FatalErrors;
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

    /**
     * A job whose runner has not reported for {@code resume-after} is taken over (after a restart, say); jobs run
     * on {@code jixiao.import.workers} workers, person by person, and a person has at most
     * {@code jixiao.import.max-queued-per-person} jobs queued or running.
     */
    @Bean(destroyMethod = "close")
    ImportJobs importJobs(ImportJobStore store, FormImporter importer, OrganizationDirectory directory,
                          FatalErrors fatalErrors,
                          @Value("${jixiao.imports.resume-after:PT30S}") Duration resumeAfter,
                          @Value("${jixiao.import.workers:2}") int workers,
                          @Value("${jixiao.import.max-queued-per-person:3}") int maxQueuedPerPerson) {
        return new ImportJobs(store, importer, directory, resumeAfter, workers, maxQueuedPerPerson, fatalErrors,
                Clock.systemUTC());
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeStoppedJobs(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(ImportJobs.class).watch();
    }
}
