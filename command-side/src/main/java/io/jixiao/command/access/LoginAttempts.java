package io.jixiao.command.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins in a sliding window, per user name and per client address: past the limit, further attempts are
 * refused until the oldest failure leaves the window, so guessing costs time even with the right password. The
 * address limit is higher than the user limit since many people may share one address. A success clears both.
 * Kept in memory: a restart forgets, which only gives a guesser one more window.
 */
public final class LoginAttempts {
    /** Beyond this many remembered keys, expired ones are dropped, so made-up user names cannot fill memory. */
    private static final int PRUNE_ABOVE = 10_000;

    private final int perUser;
    private final int perAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginAttempts(int perUser, int perAddress, Duration window, Clock clock) {
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, if either the user name or the address is locked. */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration user = waitFor(userKey(username), perUser, now);
        Duration addr = waitFor(addressKey(address), perAddress, now);
        Duration longer = user.compareTo(addr) >= 0 ? user : addr;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(userKey(username), now);
        record(addressKey(address), now);
        if (failures.size() > PRUNE_ABOVE) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    expire(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
    }

    public void succeeded(String username, String address) {
        failures.remove(userKey(username));
        failures.remove(addressKey(address));
    }

    /** How many user names and addresses have failures on record. */
    int remembered() {
        return failures.size();
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now);
            times.addLast(now);
        }
    }

    private Duration waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            expire(times, now);
            if (times.size() < limit) {
                return Duration.ZERO;
            }
            Instant freed = times.stream().skip(times.size() - limit).findFirst().orElseThrow().plus(window);
            return Duration.between(now, freed);
        }
    }

    private void expire(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String userKey(String username) {
        return "user:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
