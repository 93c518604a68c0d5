package io.jixiao.platform.health;

import io.jixiao.platform.storage.EmbeddedMongo;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Threads that catch every {@link Throwable} themselves and go on half-dead: Axon's event processors (a worker
 * ends "in error mode" and its read model stops following the events) and the embedded store (whose writer
 * closes the store, or whose committer stops, on an error). Looked at every second and reported to
 * {@link FatalErrors}. A processor retrying after an ordinary exception (the store briefly unreachable) is not a
 * failure: only an {@link Error}, or a tracking processor that gave up, is.
 */
public class BackgroundFailureWatch implements AutoCloseable {
    private final FatalErrors fatalErrors;
    private final Optional<EmbeddedMongo> embedded;
    private final Optional<EventProcessingConfiguration> processors;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "background-failure-watch");
        thread.setDaemon(true);
        return thread;
    });

    public BackgroundFailureWatch(FatalErrors fatalErrors, Optional<EmbeddedMongo> embedded,
                                  Optional<EventProcessingConfiguration> processors) {
        this.fatalErrors = fatalErrors;
        this.embedded = embedded;
        this.processors = processors;
    }

    public void start() {
        schedule.scheduleWithFixedDelay(this::look, 1, 1, TimeUnit.SECONDS);
    }

    void look() {
        try {
            embedded.flatMap(EmbeddedMongo::failure).ifPresent(error -> fatalErrors.report("the embedded store", error));
            processors.ifPresent(configuration -> configuration.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor streaming) {
                    look(name, streaming);
                }
            }));
        } catch (Throwable e) {
            fatalErrors.report("the background failure watch", e);
        }
    }

    private void look(String name, StreamingEventProcessor processor) {
        for (Map.Entry<Integer, EventTrackerStatus> segment : processor.processingStatus().entrySet()) {
            Throwable error = segment.getValue().getError();
            if (error instanceof Error) {
                fatalErrors.report("event processor " + name + " (segment " + segment.getKey() + ")", error);
            }
        }
        if (processor.isError() && !processor.isRunning()) {
            fatalErrors.reportStopped("event processor " + name, "paused in error mode after an uncaught error");
        }
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
