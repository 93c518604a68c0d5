package io.jixiao.query.admin;

import java.util.List;

/**
 * One event processor as an operator sees it. Positions are indexes of the global event stream (the index of a
 * {@code GapAwareTrackingToken}); {@code head} is the highest index the event store has handed out.
 *
 * @param kind     {@code tracking}, {@code pooled-streaming} or {@code subscribing} (the last has no position:
 *                 it handles each event in the thread that published it)
 * @param position the lowest position among the segments this instance holds; null while it holds none
 * @param lag      {@code head - position}: how many indexes the processor still has to go
 * @param replay   progress of a reset, while the processor replays; null otherwise
 * @param segments the segments this instance has claimed (other instances may hold the rest)
 * @param generation the generation of the read model's collections that answers (null: it has none)
 * @param rebuild  the last rebuild of the read model on this instance (null: none since it started); while it
 *                 runs, {@code replaying} is true and {@code replay} tells its progress too
 */
public record ProcessorStatus(String name, String kind, boolean running, boolean error, Long position, Long head,
                              Long lag, boolean caughtUp, boolean replaying, ReplayProgress replay,
                              List<SegmentStatus> segments, Integer generation, RebuildStatus rebuild) {

    public ProcessorStatus {
        segments = List.copyOf(segments);
    }

    public ProcessorStatus(String name, String kind, boolean running, boolean error, Long position, Long head,
                           Long lag, boolean caughtUp, boolean replaying, ReplayProgress replay,
                           List<SegmentStatus> segments) {
        this(name, kind, running, error, position, head, lag, caughtUp, replaying, replay, segments, null, null);
    }

    /** With the read model's generation and its rebuild, which counts as a replay while it runs. */
    ProcessorStatus with(Integer generation, RebuildStatus rebuild) {
        boolean rebuilding = rebuild != null && rebuild.state().ongoing();
        return new ProcessorStatus(name, kind, running, error, position, head, lag, caughtUp, replaying || rebuilding,
                rebuilding ? new ReplayProgress(rebuild.done(), rebuild.total(), rebuild.eventsPerSecond()) : replay,
                segments, generation, rebuild);
    }

    /**
     * @param done            events replayed so far (position + 1, as the stream starts at index 0)
     * @param total           events to replay: everything up to the position the processor had when it was reset
     * @param eventsPerSecond replay speed since the replay was first seen, null until there is a measurable interval
     */
    public record ReplayProgress(long done, long total, Double eventsPerSecond) {
    }

    /** One segment this instance processes; {@code error} is the message of the failure it is retrying, if any. */
    public record SegmentStatus(int segment, Long position, boolean caughtUp, boolean replaying, String error) {
    }
}
