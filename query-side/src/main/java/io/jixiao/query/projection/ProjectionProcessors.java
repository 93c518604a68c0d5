package io.jixiao.query.projection;

import io.jixiao.query.dashboard.UnitDashboardProjection;
import io.jixiao.query.evaluation.EvaluationFormProjection;
import io.jixiao.query.history.FigureChangeProjection;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The read models' processors: Axon's pooled streaming processor, which reads the event store once per processor
 * and hands each segment its events in batches of {@code jixiao.projections.batch-size}; each projection writes a
 * batch in one bulk write per collection ({@link ProjectionBatches}) and the processor stores its token once,
 * after the writes. Events are spread over {@code jixiao.projections.segments} segments by form (Axon's default
 * sequencing policy: per aggregate), so one form's events stay in order; a unit-year dashboard document that forms
 * of several segments share is written under a revision guard. {@code jixiao.projections.threads} threads per
 * processor work on the segments.
 * <p>
 * A form's read model must never skip an event (its fold would go wrong from there): a failing handler stops the
 * processor at that batch, which is handed over again after a back-off, instead of being logged and passed by.
 */
@org.springframework.context.annotation.Configuration
public class ProjectionProcessors {
    public static final List<String> PROCESSORS = List.of(EvaluationFormProjection.PROCESSING_GROUP,
            UnitDashboardProjection.PROCESSING_GROUP, FigureChangeProjection.PROCESSING_GROUP);

    @Bean
    ConfigurerModule batchedProjections(@Value("${jixiao.projections.batch-size:500}") int batchSize,
                                        @Value("${jixiao.projections.segments:1}") int segments,
                                        @Value("${jixiao.projections.threads:1}") int threads) {
        return configurer -> configurer.eventProcessing(processing -> {
            for (String name : PROCESSORS) {
                processing.registerPooledStreamingEventProcessor(name, Configuration::eventStore,
                        (axon, builder) -> builder.batchSize(batchSize)
                                .initialSegmentCount(segments)
                                .workerExecutor(processor -> executor(axon, "WorkPackage[" + processor + "]", threads)));
                processing.registerListenerInvocationErrorHandler(name, axon -> PropagatingErrorHandler.instance());
            }
        });
    }

    private static ScheduledExecutorService executor(Configuration axon, String name, int threads) {
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(threads, new AxonThreadFactory(name));
        axon.onShutdown(executor::shutdown);
        return executor;
    }
}
