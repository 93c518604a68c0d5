package io.jixiao.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.function.Function;

/**
 * Micrometer gauges per processor: {@code jixiao.processor.position}, {@code jixiao.processor.lag} (tag
 * {@code processor}) and {@code jixiao.eventstore.head}. Registered once the application has started, when Axon
 * has built every processor; a gauge without a value (no segment claimed here) reads NaN.
 */
@Component
public class EventProcessorGauges {
    private final ProcessorStatuses statuses;
    private final ObjectProvider<MeterRegistry> registry;

    public EventProcessorGauges(ProcessorStatuses statuses, ObjectProvider<MeterRegistry> registry) {
        this.statuses = statuses;
        this.registry = registry;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void register() {
        registry.ifAvailable(this::register);
    }

    void register(MeterRegistry meters) {
        Gauge.builder("jixiao.eventstore.head", statuses, s -> value(s.head()))
                .description("Highest global index handed out by the event store").register(meters);
        for (String name : statuses.processors().keySet()) {
            gauge(meters, "jixiao.processor.position", name, ProcessorStatus::position,
                    "Lowest global index the processor's segments on this instance have handled");
            gauge(meters, "jixiao.processor.lag", name, ProcessorStatus::lag,
                    "Event store head minus the processor's position");
        }
    }

    private void gauge(MeterRegistry meters, String metric, String processor,
                       Function<ProcessorStatus, Long> figure, String description) {
        Gauge.builder(metric, statuses, s -> s.one(processor).map(figure).map(EventProcessorGauges::value)
                        .orElse(Double.NaN))
                .tag("processor", processor).description(description).register(meters);
    }

    private static double value(Long figure) {
        return figure == null ? Double.NaN : figure;
    }
}
