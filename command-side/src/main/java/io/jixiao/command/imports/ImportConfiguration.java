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

    /** What reading one workbook may take; README "Security and limits". */
    @Bean
    WorkbookLimits workbookLimits(
            @Value("${jixiao.imports.xlsx.max-sheets:" + WorkbookLimits.DEFAULT_MAX_SHEETS + "}") int maxSheets,
            @Value("${jixiao.imports.xlsx.max-rows-per-sheet:" + WorkbookLimits.DEFAULT_MAX_ROWS_PER_SHEET + "}")
            int maxRowsPerSheet,
            @Value("${jixiao.imports.xlsx.max-cells-per-sheet:" + WorkbookLimits.DEFAULT_MAX_CELLS_PER_SHEET + "}")
            int maxCellsPerSheet,
            @Value("${jixiao.imports.xlsx.max-cell-characters:" + WorkbookLimits.DEFAULT_MAX_CELL_CHARACTERS + "}")
            int maxCellCharacters,
            @Value("${jixiao.imports.xlsx.max-shared-strings:" + WorkbookLimits.DEFAULT_MAX_SHARED_STRINGS + "}")
            int maxSharedStrings,
            @Value("${jixiao.imports.xlsx.max-text-characters:" + WorkbookLimits.DEFAULT_MAX_TEXT_CHARACTERS + "}")
            long maxTextCharacters,
            @Value("${jixiao.imports.xlsx.max-uncompressed-mb:" + WorkbookLimits.DEFAULT_MAX_UNCOMPRESSED_MB + "}")
            long maxUncompressedMegabytes) {
        return new WorkbookLimits(maxSheets, maxRowsPerSheet, maxCellsPerSheet, maxCellCharacters, maxSharedStrings,
                maxTextCharacters, maxUncompressedMegabytes * 1024 * 1024);
    }

    /**
     * A job whose runner has not reported for {@code resume-after} is taken over (after a restart, say); jobs run
     * on {@code jixiao.imports.workers} workers, person by person, and a person has at most
     * {@code jixiao.imports.max-queued-per-person} jobs queued or running.
     */
    @Bean(destroyMethod = "close")
    ImportJobs importJobs(ImportJobStore store, FormImporter importer, OrganizationDirectory directory,
                          WorkbookLimits workbookLimits, FatalErrors fatalErrors,
                          @Value("${jixiao.imports.resume-after:PT30S}") Duration resumeAfter,
                          @Value("${jixiao.imports.workers:2}") int workers,
                          @Value("${jixiao.imports.max-queued-per-person:3}") int maxQueuedPerPerson) {
        return new ImportJobs(store, importer, directory, workbookLimits, resumeAfter, workers,
                maxQueuedPerPerson, fatalErrors, Clock.systemUTC());
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeStoppedJobs(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(ImportJobs.class).watch();
    }
}
