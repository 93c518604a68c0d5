package io.jixiao.query.admin;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers when each replay began and from which position, so that its speed can be told. A replay begun
 * elsewhere (another instance, or one that was interrupted by a restart) counts from when it was first seen here.
 */
@Component
public class ReplayWatch {
    /** Shorter intervals give rates that say more about the clock than about the replay. */
    private static final Duration SHORTEST_INTERVAL = Duration.ofMillis(200);

    private final Clock clock;
    private final Map<String, Start> starts = new ConcurrentHashMap<>();

    public ReplayWatch() {
        this(Clock.systemUTC());
    }

    ReplayWatch(Clock clock) {
        this.clock = clock;
    }

    /** A reset puts the processor back before the first event. */
    void resetStarted(String processor) {
        starts.put(processor, new Start(clock.instant(), -1));
    }

    /** Events per second since the replay began, or null while too little time has passed to tell. */
    Double observeReplaying(String processor, long position) {
        Start start = starts.computeIfAbsent(processor, name -> new Start(clock.instant(), position));
        Duration elapsed = Duration.between(start.at(), clock.instant());
        if (elapsed.compareTo(SHORTEST_INTERVAL) < 0) {
            return null;
        }
        double perSecond = (position - start.position()) * 1000.0 / elapsed.toMillis();
        return Math.round(perSecond * 10) / 10.0;
    }

    void observeNotReplaying(String processor) {
        starts.remove(processor);
    }

    private record Start(Instant at, long position) {
    }
}
