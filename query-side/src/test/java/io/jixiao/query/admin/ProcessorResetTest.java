package io.jixiao.query.admin;

import io.jixiao.kernel.Refusal;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import static io.jixiao.query.admin.FakeProcessors.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class ProcessorResetTest {
    private final FakeProcessors axon = new FakeProcessors().head(57);

    @Test
    void aResetStopsTheProcessorResetsItsTokensAndStartsItAgainThenReportsTheReplay() {
        TrackingEventProcessor processor = axon.tracking("evaluation-forms", segment(0, 1, -1L, true, 57L));
        ProcessorStatuses statuses = axon.statuses();

        ProcessorStatus status = new ProcessorReset(statuses, axon.replays).reset("evaluation-forms");

        InOrder order = inOrder(processor);
        order.verify(processor).shutDown();
        order.verify(processor).resetTokens();
        order.verify(processor).start();
        assertThat(status.replaying()).isTrue();
        assertThat(status.replay().done()).isZero();
        assertThat(status.replay().total()).isEqualTo(58);
        assertThat(status.lag()).isEqualTo(58);
    }

    @Test
    void anUnknownProcessorIsNotFoundAndASubscribingOneCannotReplay() {
        axon.subscribing("inline");
        ProcessorReset reset = new ProcessorReset(axon.statuses(), axon.replays);

        assertThatThrownBy(() -> reset.reset("nothing-here")).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
            assertThat(refusal.code()).isEqualTo("PROCESSOR_NOT_FOUND");
            assertThat(refusal.messageZh()).contains("nothing-here");
        });
        assertThatThrownBy(() -> reset.reset("inline")).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(refusal.code()).isEqualTo("RESET_NOT_SUPPORTED");
        });
    }

    @Test
    void aProcessorThatDoesNotSupportResetIsLeftRunning() {
        TrackingEventProcessor processor = axon.tracking("no-reset", segment(0, 1, 57L, false, null));
        org.mockito.Mockito.when(processor.supportsReset()).thenReturn(false);

        assertThatThrownBy(() -> new ProcessorReset(axon.statuses(), axon.replays).reset("no-reset"))
                .isInstanceOf(Refusal.class);
        verify(processor, never()).shutDown();
    }
}
