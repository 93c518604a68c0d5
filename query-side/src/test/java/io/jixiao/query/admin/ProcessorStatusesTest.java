package io.jixiao.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import io.jixiao.platform.eventstore.EventStreamReader;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.jixiao.query.admin.FakeProcessors.segment;
import static org.assertj.core.api.Assertions.assertThat;

class ProcessorStatusesTest {
    private final FakeProcessors axon = new FakeProcessors().head(120);

    @Test
    void aProcessorThatKeepsUpStandsAtTheHeadWithNoLag() {
        axon.tracking("evaluation-forms", segment(0, 1, 120L, false, null));

        ProcessorStatus status = axon.statuses().one("evaluation-forms").orElseThrow();

        assertThat(status.kind()).isEqualTo("tracking");
        assertThat(status.position()).isEqualTo(120);
        assertThat(status.head()).isEqualTo(120);
        assertThat(status.lag()).isZero();
        assertThat(status.caughtUp()).isTrue();
        assertThat(status.replaying()).isFalse();
        assertThat(status.replay()).isNull();
    }

    @Test
    void aReplayTellsHowManyEventsAreDoneOfHowManyAndHowFast() {
        axon.tracking("evaluation-forms", segment(0, 1, -1L, true, 99L));
        ProcessorStatuses statuses = axon.statuses();
        axon.replays.resetStarted("evaluation-forms");

        ProcessorStatus started = statuses.one("evaluation-forms").orElseThrow();
        assertThat(started.replaying()).isTrue();
        assertThat(started.replay().done()).isZero();
        assertThat(started.replay().total()).isEqualTo(100);
        assertThat(started.replay().eventsPerSecond()).as("too early to tell").isNull();

        axon.clock.advance(Duration.ofSeconds(2));
        axon.tracking("evaluation-forms", segment(0, 1, 39L, true, 99L));
        ProcessorStatus halfway = statuses.one("evaluation-forms").orElseThrow();
        assertThat(halfway.position()).isEqualTo(39);
        assertThat(halfway.lag()).isEqualTo(81);
        assertThat(halfway.replay().done()).isEqualTo(40);
        assertThat(halfway.replay().total()).isEqualTo(100);
        assertThat(halfway.replay().eventsPerSecond()).isEqualTo(20.0);
    }

    @Test
    void aReplayNotStartedHereIsTimedFromWhenItWasFirstSeen() {
        axon.tracking("dashboards", segment(0, 1, 500L, true, 900L));
        ProcessorStatuses statuses = axon.statuses();
        assertThat(statuses.one("dashboards").orElseThrow().replay().eventsPerSecond()).isNull();

        axon.clock.advance(Duration.ofMillis(500));
        axon.tracking("dashboards", segment(0, 1, 550L, true, 900L));
        assertThat(statuses.one("dashboards").orElseThrow().replay().eventsPerSecond()).isEqualTo(100.0);
    }

    @Test
    void aProcessorPastItsResetPositionHasFinishedReplayingThoughAxonStillHoldsAReplayToken() {
        axon.tracking("evaluation-forms", segment(0, 1, 99L, true, 99L));

        ProcessorStatus status = axon.statuses().one("evaluation-forms").orElseThrow();

        assertThat(status.replaying()).isFalse();
        assertThat(status.replay()).isNull();
        assertThat(status.segments().get(0).replaying()).isFalse();
    }

    @Test
    void theSlowestSegmentGivesThePositionAndANewProcessorLagsByTheWholeStream() {
        axon.tracking("history", segment(0, 2, 100L, false, null), segment(1, 2, 80L, false, null));
        axon.tracking("fresh", segment(0, 1, null, false, null));

        ProcessorStatuses statuses = axon.statuses();

        ProcessorStatus history = statuses.one("history").orElseThrow();
        assertThat(history.position()).isEqualTo(80);
        assertThat(history.lag()).isEqualTo(40);
        assertThat(history.segments()).extracting(ProcessorStatus.SegmentStatus::segment).containsExactly(0, 1);
        ProcessorStatus fresh = statuses.one("fresh").orElseThrow();
        assertThat(fresh.position()).isNull();
        assertThat(fresh.lag()).isEqualTo(121);
    }

    @Test
    void withoutClaimedSegmentsOrForASubscribingProcessorThereIsNoPosition() {
        axon.tracking("elsewhere");
        axon.subscribing("inline");

        ProcessorStatuses statuses = axon.statuses();

        ProcessorStatus elsewhere = statuses.one("elsewhere").orElseThrow();
        assertThat(elsewhere.position()).isNull();
        assertThat(elsewhere.lag()).isNull();
        assertThat(elsewhere.caughtUp()).isFalse();
        ProcessorStatus inline = statuses.one("inline").orElseThrow();
        assertThat(inline.kind()).isEqualTo("subscribing");
        assertThat(inline.position()).isNull();
        assertThat(statuses.all()).extracting(ProcessorStatus::name).containsExactly("elsewhere", "inline");
    }

    @Test
    void withoutAxonThereAreNoProcessorsAndNoHead() {
        ProcessorStatuses statuses = new ProcessorStatuses(FakeProcessors.provider(EventProcessingConfiguration.class,
                null), FakeProcessors.provider(EventStreamReader.class, null), new ReplayWatch());

        assertThat(statuses.all()).isEmpty();
        assertThat(statuses.head()).isNull();
    }
}
