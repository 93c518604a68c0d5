package io.jixiao.query.admin;

import io.jixiao.platform.eventstore.EventStreamReader;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Axon's processors and event store as the status code sees them, with the figures a test sets. */
final class FakeProcessors {
    final Map<String, EventProcessor> processors = new LinkedHashMap<>();
    final EventStreamReader eventStore = mock(EventStreamReader.class);
    final MovableClock clock = new MovableClock();
    final ReplayWatch replays = new ReplayWatch(clock);

    FakeProcessors head(long index) {
        when(eventStore.headToken()).thenReturn(GapAwareTrackingToken.newInstance(index, List.of()));
        return this;
    }

    TrackingEventProcessor tracking(String name, EventTrackerStatus... segments) {
        TrackingEventProcessor processor = mock(TrackingEventProcessor.class);
        when(processor.getName()).thenReturn(name);
        when(processor.isRunning()).thenReturn(true);
        when(processor.supportsReset()).thenReturn(true);
        claims(processor, segments);
        processors.put(name, processor);
        return processor;
    }

    static void claims(TrackingEventProcessor processor, EventTrackerStatus... segments) {
        Map<Integer, EventTrackerStatus> claimed = new LinkedHashMap<>();
        for (EventTrackerStatus segment : segments) {
            claimed.put(segment.getSegment().getSegmentId(), segment);
        }
        when(processor.processingStatus()).thenReturn(claimed);
    }

    SubscribingEventProcessor subscribing(String name) {
        SubscribingEventProcessor processor = mock(SubscribingEventProcessor.class);
        when(processor.getName()).thenReturn(name);
        when(processor.isRunning()).thenReturn(true);
        processors.put(name, processor);
        return processor;
    }

    /** One segment of {@code of} at {@code position} (null: it has handled nothing yet). */
    static EventTrackerStatus segment(int id, int of, Long position, boolean replaying, Long resetPosition) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getSegment()).thenReturn(of == 1 ? Segment.ROOT_SEGMENT : Segment.computeSegments(
                IntStream.range(0, of).toArray())[id]);
        when(status.getCurrentPosition()).thenReturn(position == null ? OptionalLong.empty() : OptionalLong.of(position));
        when(status.isReplaying()).thenReturn(replaying);
        when(status.getResetPosition()).thenReturn(resetPosition == null ? OptionalLong.empty()
                : OptionalLong.of(resetPosition));
        when(status.isCaughtUp()).thenReturn(!replaying);
        return status;
    }

    ProcessorStatuses statuses() {
        EventProcessingConfiguration configuration = mock(EventProcessingConfiguration.class);
        when(configuration.eventProcessors()).thenReturn(processors);
        return new ProcessorStatuses(provider(EventProcessingConfiguration.class, configuration),
                provider(EventStreamReader.class, eventStore), replays);
    }

    static <T> ObjectProvider<T> provider(Class<T> type, T bean) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (bean != null) {
            beans.addBean(type.getSimpleName(), bean);
        }
        return beans.getBeanProvider(type);
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
