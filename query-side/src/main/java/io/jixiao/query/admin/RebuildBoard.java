package io.jixiao.query.admin;

import io.jixiao.query.projection.ReadModelGenerations;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The last rebuild of each read model on this instance, and the generation that answers. */
@Component
public class RebuildBoard {
    private final ReadModels models;
    private final ReadModelGenerations generations;
    private final Map<String, RebuildStatus> latest = new ConcurrentHashMap<>();

    public RebuildBoard(ReadModels models, ReadModelGenerations generations) {
        this.models = models;
        this.generations = generations;
    }

    void report(String processor, RebuildStatus status) {
        latest.put(processor, status);
    }

    public Optional<RebuildStatus> latest(String processor) {
        return Optional.ofNullable(latest.get(processor));
    }

    /** Null for a processor whose read model has no generations. */
    Integer generation(String processor) {
        return models.named(processor).map(model -> generations.of(processor).active()).orElse(null);
    }
}
