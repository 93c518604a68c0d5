package io.jixiao.query.admin;

import io.jixiao.platform.eventstore.EventStreamReader;
import io.jixiao.query.admin.ProcessorStatus.ReplayProgress;
import io.jixiao.query.admin.ProcessorStatus.SegmentStatus;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Every event processor of the Axon configuration with its position against the head of the event store. The
 * processors are discovered, not listed: a projection added in any module shows up here with its processing group.
 * <p>
 * Axon's configuration and the event store are looked up when asked, so the query side also comes up where they
 * are absent (its beans on their own, in tests); it then has no processors to show.
 */
@Component
public class ProcessorStatuses {
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final ObjectProvider<EventStreamReader> eventStore;
    private final ReplayWatch replays;
    /** Null where the processors have no generations (their statuses on their own, in tests). */
    private final RebuildBoard rebuilds;

    public ProcessorStatuses(ObjectProvider<EventProcessingConfiguration> processing,
                             ObjectProvider<EventStreamReader> eventStore, ReplayWatch replays) {
        this(processing, eventStore, replays, null);
    }

    @Autowired
    public ProcessorStatuses(ObjectProvider<EventProcessingConfiguration> processing,
                             ObjectProvider<EventStreamReader> eventStore, ReplayWatch replays, RebuildBoard rebuilds) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.replays = replays;
        this.rebuilds = rebuilds;
    }

    /** By name. */
    public List<ProcessorStatus> all() {
        Long head = head();
        List<ProcessorStatus> statuses = new ArrayList<>();
        processors().values().forEach(processor -> statuses.add(status(processor, head)));
        statuses.sort(Comparator.comparing(ProcessorStatus::name));
        return statuses;
    }

    public Optional<ProcessorStatus> one(String name) {
        return processor(name).map(processor -> status(processor, head()));
    }

    Optional<EventProcessor> processor(String name) {
        return Optional.ofNullable(processors().get(name));
    }

    Map<String, EventProcessor> processors() {
        EventProcessingConfiguration configuration = processing.getIfAvailable();
        return configuration == null ? Map.of() : new TreeMap<>(configuration.eventProcessors());
    }

    /** The highest index handed out by the event store, or null before the first event (or without a store). */
    public Long head() {
        EventStreamReader store = eventStore.getIfAvailable();
        if (store == null) {
            return null;
        }
        TrackingToken head = store.headToken();
        return position(head == null ? OptionalLong.empty() : head.position());
    }

    ProcessorStatus status(EventProcessor processor, Long head) {
        ProcessorStatus status = processorStatus(processor, head);
        return rebuilds == null ? status : status.with(rebuilds.generation(status.name()),
                rebuilds.latest(status.name()).orElse(null));
    }

    private ProcessorStatus processorStatus(EventProcessor processor, Long head) {
        String name = processor.getName();
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorStatus(name, kind(processor), processor.isRunning(), processor.isError(), null, head,
                    null, processor.isRunning(), false, null, List.of());
        }
        Map<Integer, EventTrackerStatus> claimed = new TreeMap<>(streaming.processingStatus());
        List<SegmentStatus> segments = claimed.values().stream().map(ProcessorStatuses::segment).toList();
        // A segment that has handled nothing yet holds the processor at the start of the stream.
        Long position = segments.isEmpty() || segments.stream().anyMatch(s -> s.position() == null) ? null
                : segments.stream().mapToLong(SegmentStatus::position).min().getAsLong();
        boolean replaying = segments.stream().anyMatch(SegmentStatus::replaying);
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(SegmentStatus::caughtUp);
        Long lag = segments.isEmpty() ? null : lag(head, position);
        ReplayProgress replay = null;
        if (replaying) {
            replay = progress(name, position, claimed);
        } else if (!segments.isEmpty()) {
            replays.observeNotReplaying(name);
        }
        return new ProcessorStatus(name, kind(processor), processor.isRunning(), processor.isError(), position, head,
                lag, caughtUp, replaying, replay, segments);
    }

    /** A processor that has handled nothing yet has no position and all of the stream before it. */
    private static long lag(Long head, Long position) {
        long handled = position == null ? -1 : position;
        return head == null ? 0 : Math.max(0, head - handled);
    }

    private ReplayProgress progress(String name, Long position, Map<Integer, EventTrackerStatus> claimed) {
        long current = position == null ? -1 : position;
        long resetAt = claimed.values().stream().map(EventTrackerStatus::getResetPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).max().orElse(current);
        return new ReplayProgress(current + 1, resetAt + 1, replays.observeReplaying(name, current));
    }

    private static SegmentStatus segment(EventTrackerStatus status) {
        Throwable error = status.getError();
        Long position = position(status.getCurrentPosition());
        return new SegmentStatus(status.getSegment().getSegmentId(), position, status.isCaughtUp(),
                replaying(status, position),
                status.isErrorState() ? (error == null ? "error" : String.valueOf(error.getMessage())) : null);
    }

    /**
     * Whether events of the replay remain. Axon keeps its replay token (and calls the segment replaying) until an
     * event after the reset position arrives, which in a quiet system can take long after the rebuild is done.
     */
    private static boolean replaying(EventTrackerStatus status, Long position) {
        OptionalLong resetAt = status.getResetPosition();
        return status.isReplaying() && (resetAt.isEmpty() || position == null || position < resetAt.getAsLong());
    }

    private static Long position(OptionalLong position) {
        return position.isPresent() ? position.getAsLong() : null;
    }

    static String kind(EventProcessor processor) {
        if (processor instanceof TrackingEventProcessor) {
            return "tracking";
        }
        if (processor instanceof PooledStreamingEventProcessor) {
            return "pooled-streaming";
        }
        if (processor instanceof SubscribingEventProcessor) {
            return "subscribing";
        }
        return processor.getClass().getSimpleName();
    }
}
