package io.jixiao.query.admin;

import io.jixiao.query.projection.ProjectionBatches;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.ResultMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One rebuild of a read model into a new generation: fresh projections on stores bound to that generation read the
 * event store from its first event, in batches, while the live processor keeps the active generation up to date.
 * At the head of the store the live processor is stopped, the rebuild reads what came meanwhile, the processor's
 * tokens are set where the rebuild stopped (every segment), the new generation becomes the active one and the
 * processor starts again from there. Until that switch, an abort or a failure leaves the active generation as it is.
 */
final class Rebuild {
    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    /** How long an empty read waits for the store before the rebuild checks whether it is at the head. */
    private static final int POLL_MILLIS = 100;

    /** What a rebuild works with; {@code processor} is null where no live processor runs (nothing to stop). */
    record Parts(ReadModel model, StreamingEventProcessor processor,
                 StreamableMessageSource<TrackedEventMessage<?>> events, TokenStore tokens,
                 Switch onDone, int batchSize, int segments, Clock clock) {
    }

    /** Makes the built generation the active one (the processor stopped meanwhile). */
    interface Switch {
        void activate(String processor, int generation, int version);
    }

    /** Told after every batch, and at the end. */
    interface Progress {
        void report(RebuildStatus status);
    }

    private final Parts parts;
    private final int generation;
    private final Progress progress;
    private final Instant startedAt;
    private TrackingToken position;
    private long total;
    private volatile boolean abortRequested;
    private boolean switching;

    Rebuild(Parts parts, int generation, Progress progress) {
        this.parts = parts;
        this.generation = generation;
        this.progress = progress;
        this.startedAt = parts.clock().instant();
    }

    /** False once the switch has begun: then the rebuild completes. */
    synchronized boolean abort() {
        if (switching) {
            return false;
        }
        abortRequested = true;
        return true;
    }

    /** @return how it ended: DONE (the generation answers), ABORTED or FAILED (the generation is to be dropped) */
    RebuildStatus run() {
        String name = parts.model().processor();
        boolean stopped = false;
        try {
            List<AnnotationEventHandlerAdapter> handlers = parts.model().projections().apply(generation).stream()
                    .map(AnnotationEventHandlerAdapter::new).toList();
            try (BlockingStream<TrackedEventMessage<?>> stream = parts.events().openStream(null)) {
                catchUp(stream, handlers);
                synchronized (this) {
                    if (abortRequested) {
                        return ended(RebuildStatus.State.ABORTED, null);
                    }
                    switching = true;
                }
                report(RebuildStatus.State.SWITCHING);
                if (parts.processor() != null) {
                    parts.processor().shutDown();
                    stopped = true;
                }
                catchUp(stream, handlers);
                storeTokens(name);
                parts.onDone().activate(name, generation, parts.model().version());
            }
            return ended(RebuildStatus.State.DONE, null);
        } catch (Exception e) {
            log.warn("Rebuild of {} into generation {} failed, the active generation keeps answering: {}", name,
                    generation, e.toString());
            return ended(RebuildStatus.State.FAILED, String.valueOf(e.getMessage()));
        } finally {
            if (stopped) {
                parts.processor().start();
            }
        }
    }

    /** Reads and handles batches until the rebuild stands at the head of the store (or is aborted). */
    private void catchUp(BlockingStream<TrackedEventMessage<?>> stream, List<AnnotationEventHandlerAdapter> handlers)
            throws InterruptedException {
        while (!abortRequested || switching) {
            List<EventMessage<?>> batch = new ArrayList<>();
            int read = 0;
            while (read < parts.batchSize() && stream.hasNextAvailable(read == 0 ? POLL_MILLIS : 0,
                    TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                position = event.trackingToken();
                read++;
                if (handlers.stream().anyMatch(handler -> handler.canHandle(event))) {
                    batch.add(event);
                }
            }
            handle(batch, handlers);
            long head = positionOf(parts.events().createHeadToken());
            total = head + 1;
            report(switching ? RebuildStatus.State.SWITCHING : RebuildStatus.State.RUNNING);
            if (read == 0 && positionOf(position) >= head) {
                return;
            }
        }
    }

    /** One unit of work for the batch, as the live processor hands it: each projection writes at its last event. */
    private static void handle(List<EventMessage<?>> batch, List<AnnotationEventHandlerAdapter> handlers) {
        if (batch.isEmpty()) {
            return;
        }
        ResultMessage<?> result = ProjectionBatches.handle(batch, handlers);
        if (result.isExceptional()) {
            throw new IllegalStateException(result.exceptionResult().getMessage(), result.exceptionResult());
        }
    }

    /** Every segment of the processor continues from where the rebuild stopped. */
    private void storeTokens(String name) {
        if (parts.processor() == null || position == null) {
            return;
        }
        TokenStore tokens = parts.tokens();
        int[] segments = tokens.fetchSegments(name);
        if (segments.length == 0) {
            tokens.initializeTokenSegments(name, parts.segments(), position);
            return;
        }
        for (int segment : segments) {
            tokens.fetchToken(name, segment);
            tokens.storeToken(position, name, segment);
            tokens.releaseClaim(name, segment);
        }
    }

    private void report(RebuildStatus.State state) {
        progress.report(status(state, null, null));
    }

    private RebuildStatus ended(RebuildStatus.State state, String error) {
        RebuildStatus status = status(state, parts.clock().instant(), error);
        progress.report(status);
        return status;
    }

    private RebuildStatus status(RebuildStatus.State state, Instant endedAt, String error) {
        long done = positionOf(position) + 1;
        Instant now = parts.clock().instant();
        long millis = Duration.between(startedAt, now).toMillis();
        Double rate = millis < 200 ? null : Math.round(done * 10_000.0 / millis) / 10.0;
        Instant expectedEnd = endedAt != null || rate == null || rate == 0 ? null
                : now.plusMillis((long) (Math.max(0, total - done) * 1000 / rate));
        return new RebuildStatus(state, generation, done, Math.max(total, done), rate, expectedEnd, startedAt, endedAt,
                error);
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
