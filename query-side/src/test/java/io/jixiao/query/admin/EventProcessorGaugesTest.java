package io.jixiao.query.admin;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static io.jixiao.query.admin.FakeProcessors.segment;
import static org.assertj.core.api.Assertions.assertThat;

class EventProcessorGaugesTest {
    @Test
    void eachProcessorHasPositionAndLagGaugesAndTheStoreItsHead() {
        FakeProcessors axon = new FakeProcessors().head(120);
        axon.tracking("evaluation-forms", segment(0, 1, 100L, false, null));
        axon.tracking("elsewhere");
        MeterRegistry meters = new SimpleMeterRegistry();

        new EventProcessorGauges(axon.statuses(), FakeProcessors.provider(MeterRegistry.class, meters)).register();

        assertThat(meters.get("jixiao.eventstore.head").gauge().value()).isEqualTo(120.0);
        assertThat(meters.get("jixiao.processor.lag").tag("processor", "evaluation-forms").gauge().value())
                .isEqualTo(20.0);
        assertThat(meters.get("jixiao.processor.position").tag("processor", "evaluation-forms").gauge().value())
                .isEqualTo(100.0);
        assertThat(meters.get("jixiao.processor.lag").tag("processor", "elsewhere").gauge().value()).isNaN();

        axon.tracking("evaluation-forms", segment(0, 1, 120L, false, null));
        assertThat(meters.get("jixiao.processor.lag").tag("processor", "evaluation-forms").gauge().value()).isZero();
    }
}
