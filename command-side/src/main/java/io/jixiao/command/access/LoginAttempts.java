package io.jixiao.command.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;

/**
 * Password checks in a sliding window, per user name and per client address: an attempt is counted as a failure
 * before its password is checked ({@link #admit}, atomic), so no more than the limit are ever checked at once nor
 * within the window; past the limit, further attempts are refused until the oldest leaves the window, so guessing
 * costs time even with the right password. The address limit is higher than the user limit since many people may
 * share one address.
 * <p>
 * A success takes back only its own count: it clears the failures of that account as counted where it succeeded,
 * and removes its own entry from the address, whose other failures stay (one known password does not buy a
 * sprayer another round of guesses at everyone else). A locked account's owner still signs in from a usual address
 * of theirs (one where they signed in before): attempts from there are counted for the account at that address,
 * apart from the account's attempts from elsewhere, so a guesser elsewhere cannot lock them out.
 * <p>
 * Kept in memory, per instance: a restart forgets failures and usual addresses, and behind a load balancer each
 * instance counts its own (README "Security and limits").
 */
public final class LoginAttempts {
    /** Beyond this many remembered keys, expired ones are dropped, so made-up user names cannot fill memory. */
    private static final int PRUNE_ABOVE = 10_000;
    /** The addresses a person signed in from most recently; only successful sign-ins add one, so few people do. */
    private static final int USUAL_ADDRESSES = 5;

    private final int perUser;
    private final int perAddress;
    private final Duration window;
    private final Clock clock;
    // Both guarded by this: checking the limits and counting an attempt is one step.
    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    private final Map<String, LinkedHashSet<String>> usualAddresses = new HashMap<>();

    public LoginAttempts(int perUser, int perAddress, Duration window, Clock clock) {
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.window = window;
        this.clock = clock;
    }

    /** An attempt let through: its password may be checked, and it counts as failed unless {@link #succeeded}. */
    public sealed interface Admission permits Attempt, Locked {
    }

    public record Attempt(String username, String address, String userKey, String addressKey, Instant at)
            implements Admission {
    }

    /** Refused before any check: the user name (as counted from this address) or the address is at its limit. */
    public record Locked(Duration retryAfter) implements Admission {
    }

    /** Counts the attempt and lets it through, or answers how long to wait; never both. */
    public synchronized Admission admit(String username, String address) {
        Instant now = clock.instant();
        String userKey = userKey(username, address);
        String addressKey = "address:" + address;
        Duration user = waitFor(userKey, perUser, now);
        Duration addr = waitFor(addressKey, perAddress, now);
        Duration longer = user.compareTo(addr) >= 0 ? user : addr;
        if (!longer.isZero()) {
            return new Locked(longer);
        }
        record(userKey, now);
        record(addressKey, now);
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(times -> {
                expire(times, now);
                return times.isEmpty();
            });
        }
        return new Attempt(username, address, userKey, addressKey, now);
    }

    /** The password was right: the account's failures where it was counted go, and the address becomes usual. */
    public synchronized void succeeded(Attempt attempt) {
        failures.remove(attempt.userKey());
        Deque<Instant> atAddress = failures.get(attempt.addressKey());
        if (atAddress != null) {
            atAddress.removeLastOccurrence(attempt.at());
        }
        LinkedHashSet<String> usual = usualAddresses.computeIfAbsent(normalized(attempt.username()),
                name -> new LinkedHashSet<>());
        usual.remove(attempt.address());
        usual.add(attempt.address());
        if (usual.size() > USUAL_ADDRESSES) {
            Iterator<String> oldest = usual.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    /** How many user names and addresses have failures on record. */
    synchronized int remembered() {
        return failures.size();
    }

    private String userKey(String username, String address) {
        String name = normalized(username);
        LinkedHashSet<String> usual = usualAddresses.get(name);
        boolean fromUsual = usual != null && usual.contains(address);
        return fromUsual ? "user:" + name + "@" + address : "user:" + name;
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        expire(times, now);
        times.addLast(now);
    }

    private Duration waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        expire(times, now);
        if (times.size() < limit) {
            return Duration.ZERO;
        }
        Iterator<Instant> oldestFirst = times.iterator();
        for (int skip = times.size() - limit; skip > 0; skip--) {
            oldestFirst.next();
        }
        return Duration.between(now, oldestFirst.next().plus(window));
    }

    private void expire(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String normalized(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
