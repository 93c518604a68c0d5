package io.jixiao.command.evaluation;

import io.jixiao.kernel.evaluation.InputLimits;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the evaluation aggregate is loaded: from a cache when this instance has it (the largest single lever
 * measured on the embedded store), otherwise from its latest snapshot plus the events after it.
 */
@Configuration
public class EvaluationAxonConfiguration {

    /**
     * With several command-side instances behind a load balancer that does not route by form, a cached
     * aggregate can be stale: the append then conflicts and the caller gets 409. Turn the cache off there.
     */
    @Bean
    Cache evaluationCache(@Value("${jixiao.aggregate-cache:true}") boolean enabled) {
        return enabled ? new WeakReferenceCache() : NoCache.INSTANCE;
    }

    @Bean
    InputLimits inputLimits(@Value("${jixiao.limits.short-text:" + InputLimits.DEFAULT_SHORT_TEXT + "}") int shortText,
                            @Value("${jixiao.limits.value-text:" + InputLimits.DEFAULT_VALUE_TEXT + "}") int valueText,
                            @Value("${jixiao.limits.long-text:" + InputLimits.DEFAULT_LONG_TEXT + "}") int longText) {
        return new InputLimits(shortText, valueText, longText);
    }

    @Bean
    SnapshotTriggerDefinition evaluationSnapshotTrigger(Snapshotter snapshotter,
                                                        @Value("${jixiao.snapshot-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
