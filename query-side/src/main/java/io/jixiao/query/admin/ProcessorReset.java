package io.jixiao.query.admin;

import io.jixiao.kernel.Refusal;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds a projection from the event store. A read model with generations ({@link ReadModels}) is rebuilt
 * without a gap ({@link Rebuilds}): a new generation is built while the active one answers. Any other streaming
 * processor is reset in place: stop it, reset its tokens to the start of the stream
 * (Axon calls every {@code @ResetHandler} of the processor's handlers, which drop their read models), start it.
 * Its handlers then see every event again as a replay, and the processor reports its progress until it passes
 * the position it had when it was reset.
 * <p>
 * Blocks while the processor's threads finish their current batch: never call it on an event-loop thread.
 */
@Component
public class ProcessorReset {
    private static final Logger log = LoggerFactory.getLogger(ProcessorReset.class);
    /** After a start the processor needs a moment to claim its segments; until then it reports no position. */
    private static final Duration CLAIM_WAIT = Duration.ofSeconds(2);

    private final ProcessorStatuses statuses;
    private final ReplayWatch replays;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    /** Null where no read model has generations (the processors on their own, in tests). */
    private final Rebuilds rebuilds;

    public ProcessorReset(ProcessorStatuses statuses, ReplayWatch replays) {
        this(statuses, replays, null);
    }

    @Autowired
    public ProcessorReset(ProcessorStatuses statuses, ReplayWatch replays, Rebuilds rebuilds) {
        this.statuses = statuses;
        this.replays = replays;
        this.rebuilds = rebuilds;
    }

    public ProcessorStatus reset(String name) {
        EventProcessor processor = statuses.processor(name).orElseThrow(() -> unknown(name));
        if (rebuilds != null && rebuilds.rebuilds(name)) {
            rebuilds.start(name);
            return statuses.one(name).orElseThrow(() -> unknown(name));
        }
        if (!(processor instanceof StreamingEventProcessor streaming) || !streaming.supportsReset()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "RESET_NOT_SUPPORTED",
                    "Processor " + name + " (" + ProcessorStatuses.kind(processor) + ") cannot replay the event store",
                    "事件处理器 " + name + " 不支持从事件库重放", Map.of("processor", name,
                    "kind", ProcessorStatuses.kind(processor)));
        }
        // Two resets of one processor at once would each stop it while the other starts it.
        synchronized (locks.computeIfAbsent(name, n -> new Object())) {
            log.info("Resetting processor {}: its read models are rebuilt from the event store", name);
            streaming.shutDown();
            streaming.resetTokens();
            replays.resetStarted(name);
            streaming.start();
            awaitClaim(streaming);
        }
        return statuses.one(name).orElseThrow(() -> unknown(name));
    }

    private static void awaitClaim(StreamingEventProcessor processor) {
        long deadline = System.nanoTime() + CLAIM_WAIT.toNanos();
        while (processor.processingStatus().isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static Refusal unknown(String name) {
        return new Refusal(Refusal.Kind.NOT_FOUND, "PROCESSOR_NOT_FOUND", "No event processor named " + name,
                "不存在名为 " + name + " 的事件处理器", Map.of("processor", name));
    }
}
