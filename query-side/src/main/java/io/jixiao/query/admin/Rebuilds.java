package io.jixiao.query.admin;

import com.mongodb.client.MongoDatabase;
import io.jixiao.kernel.Refusal;
import io.jixiao.query.projection.Generation;
import io.jixiao.query.projection.ReadModelGenerations;
import jakarta.annotation.PreDestroy;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds read models without a gap ({@link Rebuild}), each on a thread of its own, one at a time per read model
 * (across instances too: the generations document is the lock). After a switch the previous generation is dropped
 * once {@code jixiao.rebuild.drop-after} has passed, so that requests still reading it, here and on instances that
 * have not yet re-read the document, finish first.
 */
@Component
public class Rebuilds {
    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    /** A rebuild reports at least this often; one silent for longer was abandoned by a process that stopped. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final Duration PROGRESS_WRITES = Duration.ofSeconds(1);

    private final ReadModels models;
    private final ReadModelGenerations generations;
    private final RebuildBoard board;
    private final ProcessorStatuses statuses;
    /** The event store, read only. */
    private final ObjectProvider<StreamableMessageSource<TrackedEventMessage<?>>> events;
    private final ObjectProvider<TokenStore> tokens;
    private final MongoDatabase database;
    private final int batchSize;
    private final int segments;
    private final Duration dropAfter;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Rebuild> running = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    public Rebuilds(ReadModels models, ReadModelGenerations generations, RebuildBoard board,
                    ProcessorStatuses statuses,
                    ObjectProvider<StreamableMessageSource<TrackedEventMessage<?>>> events, ObjectProvider<TokenStore> tokens,
                    MongoDatabase database,
                    @Value("${jixiao.rebuild.batch-size:${jixiao.projections.batch-size:500}}") int batchSize,
                    @Value("${jixiao.projections.segments:1}") int segments,
                    @Value("${jixiao.rebuild.drop-after:PT10S}") String dropAfterText) {
        Duration dropAfter = DurationStyle.detectAndParse(dropAfterText);
        this.models = models;
        this.generations = generations;
        this.board = board;
        this.statuses = statuses;
        this.events = events;
        this.tokens = tokens;
        this.database = database;
        this.batchSize = batchSize;
        this.segments = segments;
        this.dropAfter = dropAfter;
    }

    public boolean rebuilds(String processor) {
        return models.named(processor).isPresent();
    }

    /** Starts a rebuild of the read model into its next generation; 409 while one runs. */
    public synchronized RebuildStatus start(String processor) {
        ReadModel model = models.named(processor).orElseThrow(() -> ProcessorReset.unknown(processor));
        StreamableMessageSource<TrackedEventMessage<?>> store = events.getIfAvailable();
        if (store == null || running.containsKey(processor)) {
            throw running(processor);
        }
        ReadModelGenerations.Record record = generations.record(processor);
        int next = Math.max(record.active(), record.building() == null ? 0 : record.building()) + 1;
        ReadModelGenerations.Claim claim = generations.claim(processor, next, clock.instant().minus(ABANDONED_AFTER));
        if (!claim.granted()) {
            throw running(processor);
        }
        claim.abandoned().filter(generation -> generation != record.active()).ifPresent(g -> drop(model, g));
        drop(model, next);
        StreamingEventProcessor live = statuses.processor(processor).filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast).orElse(null);
        board.report(processor, new RebuildStatus(RebuildStatus.State.RUNNING, next, 0, 0, null, null,
                clock.instant(), null, null));
        Rebuild rebuild = new Rebuild(new Rebuild.Parts(model, live, store, tokens.getIfAvailable(),
                generations::activate, batchSize, segments, clock), next, progress(processor));
        running.put(processor, rebuild);
        log.info("Rebuilding {} into generation {} while generation {} answers", processor, next, record.active());
        threads.execute(() -> finish(model, record.active(), next, rebuild));
        return board.latest(processor).orElseThrow();
    }

    private void finish(ReadModel model, int previous, int built, Rebuild rebuild) {
        String processor = model.processor();
        try {
            RebuildStatus ended = rebuild.run();
            if (ended.state() == RebuildStatus.State.DONE) {
                log.info("Rebuilt {}: generation {} answers ({} events, {} events/s)", processor, built, ended.done(),
                        ended.eventsPerSecond());
                CompletableFuture.runAsync(() -> drop(model, previous),
                        CompletableFuture.delayedExecutor(dropAfter.toMillis(), TimeUnit.MILLISECONDS, threads));
            } else {
                drop(model, built);
                generations.release(processor);
                log.info("Rebuild of {} {}: generation {} keeps answering", processor,
                        ended.state().name().toLowerCase(), previous);
            }
        } finally {
            running.remove(processor);
        }
    }

    /** Asks the running rebuild to stop: its generation is dropped and the active one keeps answering. */
    public RebuildStatus abort(String processor) {
        models.named(processor).orElseThrow(() -> ProcessorReset.unknown(processor));
        Rebuild rebuild = running.get(processor);
        if (rebuild == null) {
            throw new Refusal(Refusal.Kind.CONFLICT, "NO_REBUILD_RUNNING", "No rebuild of " + processor
                    + " is running on this instance", "本实例上没有正在进行的 " + processor + " 重建",
                    Map.of("processor", processor));
        }
        if (!rebuild.abort()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "REBUILD_SWITCHING", "The rebuild of " + processor
                    + " has caught up and is switching over; it can no longer be aborted",
                    processor + " 的重建已追上事件库，正在切换，无法再中止", Map.of("processor", processor));
        }
        log.info("Abort of the rebuild of {} requested", processor);
        return board.latest(processor).orElseThrow();
    }

    /** At start: a read model whose active generation was built by another version of its projection is rebuilt. */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuildOutdated() {
        for (ReadModel model : models.all()) {
            ReadModelGenerations.Record record = generations.record(model.processor());
            if (record.version() != model.version() && events.getIfAvailable() != null) {
                log.info("{} was built by projection version {}, this is version {}: rebuilding it",
                        model.processor(), record.version(), model.version());
                try {
                    start(model.processor());
                } catch (Refusal refusal) {
                    log.info("{} is already being rebuilt", model.processor());
                }
            }
        }
    }

    private Rebuild.Progress progress(String processor) {
        Instant[] lastWrite = {Instant.EPOCH};
        return status -> {
            board.report(processor, status);
            Instant now = clock.instant();
            if (status.state().ongoing() && now.isAfter(lastWrite[0].plus(PROGRESS_WRITES))) {
                lastWrite[0] = now;
                generations.progress(processor, status.done(), status.total());
            }
        };
    }

    private void drop(ReadModel model, int generation) {
        for (String collection : model.collections()) {
            database.getCollection(Generation.collection(collection, generation)).drop();
        }
    }

    private static Refusal running(String processor) {
        return new Refusal(Refusal.Kind.CONFLICT, "REBUILD_RUNNING", "A rebuild of " + processor
                + " is already running (or the event store is not available here)",
                processor + " 正在重建中（或本实例无法读取事件库），请等待其完成", Map.of("processor", processor));
    }

    @PreDestroy
    void stop() {
        running.values().forEach(Rebuild::abort);
        threads.shutdown();
    }
}
