package io.jixiao.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PreDestroy;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The {@value #COLLECTION} collection, one document per processor: the generation of collections that answers
 * ({@code active}), the projection version it was built with, and the generation a rebuild is building, with its
 * progress. Each processor's active generation is held here once per process ({@link Generation}), and re-read every
 * {@code jixiao.read-models.refresh-interval} so that an instance follows a switch another instance made.
 */
@Component
public class ReadModelGenerations {
    public static final String COLLECTION = "read_model_generations";
    /** What a read model stored before projections declared versions was built with. */
    public static final int FIRST_VERSION = 1;
    private static final Logger log = LoggerFactory.getLogger(ReadModelGenerations.class);

    /** One processor's document. {@code building} is null while no rebuild runs. */
    public record Record(int active, int version, Integer building, Instant updatedAt) {
    }

    /** A rebuild's claim on its processor. */
    public record Claim(boolean granted, Optional<Integer> abandoned) {
    }

    private final MongoDatabase database;
    private final Map<String, Generation> generations = new ConcurrentHashMap<>();
    private final ScheduledExecutorService refresher;

    @Autowired
    public ReadModelGenerations(MongoDatabase database,
                                @Value("${jixiao.read-models.refresh-interval:PT1S}") String refreshIntervalText) {
        Duration refreshInterval = DurationStyle.detectAndParse(refreshIntervalText);
        this.database = database;
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "read-model-generations");
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refresh, refreshInterval.toMillis(), refreshInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    /** The processor's generation, as its stores resolve their collections through it. */
    public Generation of(String processor) {
        return generations.computeIfAbsent(processor, name -> Generation.switchable(record(name).active()));
    }

    public Record record(String processor) {
        Document stored = documents().find(Filters.eq("_id", processor)).first();
        if (stored == null) {
            return new Record(0, FIRST_VERSION, null, null);
        }
        Date updatedAt = stored.getDate("updatedAt");
        return new Record(stored.getInteger("active", 0), stored.getInteger("version", FIRST_VERSION),
                stored.getInteger("building"), updatedAt == null ? null : updatedAt.toInstant());
    }

    /**
     * Marks {@code generation} as being built, unless another rebuild of the processor is under way (its document
     * updated after {@code staleBefore}; an older one was abandoned by a process that stopped).
     *
     * @return whether it was granted, and the generation an abandoned rebuild left (to be dropped), if any
     */
    public Claim claim(String processor, int generation, Instant staleBefore) {
        documents().updateOne(Filters.eq("_id", processor), Updates.combine(Updates.setOnInsert("active", 0),
                Updates.setOnInsert("version", FIRST_VERSION)), new UpdateOptions().upsert(true));
        Record before = record(processor);
        long claimed = documents().updateOne(Filters.and(Filters.eq("_id", processor),
                        Filters.or(Filters.eq("building", null), Filters.lt("updatedAt", Date.from(staleBefore)))),
                Updates.combine(Updates.set("building", generation), Updates.set("startedAt", new Date()),
                        Updates.set("updatedAt", new Date()), Updates.set("done", 0L), Updates.set("total", 0L)))
                .getModifiedCount();
        return new Claim(claimed > 0, claimed > 0 ? Optional.ofNullable(before.building()) : Optional.empty());
    }

    /** Where the rebuild has got: also its sign of life, by which other instances know it is not abandoned. */
    public void progress(String processor, long done, long total) {
        documents().updateOne(Filters.eq("_id", processor), Updates.combine(Updates.set("updatedAt", new Date()),
                Updates.set("done", done), Updates.set("total", total)));
    }

    /** The built generation answers from now on, for every reader of this process at once. */
    public void activate(String processor, int generation, int version) {
        documents().updateOne(Filters.eq("_id", processor), Updates.combine(Updates.set("active", generation),
                Updates.set("version", version), Updates.unset("building"), Updates.set("updatedAt", new Date())));
        of(processor).switchTo(generation);
    }

    /** The rebuild ended without a switch: the active generation stays. */
    public void release(String processor) {
        documents().updateOne(Filters.eq("_id", processor),
                Updates.combine(Updates.unset("building"), Updates.set("updatedAt", new Date())));
    }

    /** Follows switches made by other instances. */
    void refresh() {
        try {
            generations.forEach((processor, generation) -> generation.switchTo(record(processor).active()));
        } catch (RuntimeException e) {
            log.warn("Could not re-read the read models' generations: {}", e.toString());
        }
    }

    private MongoCollection<Document> documents() {
        return database.getCollection(COLLECTION);
    }
}
