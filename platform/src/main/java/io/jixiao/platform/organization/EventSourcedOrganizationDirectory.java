package io.jixiao.platform.organization;

import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.OrganizationEvent;
import io.jixiao.kernel.organization.OrganizationFold;
import io.jixiao.kernel.organization.PasswordChangedEvent;
import io.jixiao.kernel.organization.PasswordResetEvent;
import io.jixiao.kernel.organization.PersonAddedEvent;
import io.jixiao.kernel.organization.PersonDeactivatedEvent;
import io.jixiao.kernel.organization.PersonReactivatedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The organization as its events say, kept in memory on every instance. A change made on this instance is applied
 * as it is stored (so a revoked role no longer counts on the very next request); changes made by other instances
 * are read from the event store every {@code refreshInterval}. Beside the organization it keeps what the pure fold
 * leaves out because it needs the events' envelopes or is a credential: password hashes, and each person's "tokens
 * not before" (the time of their latest deactivation, reactivation, password change or reset), so that every
 * instance, either side alone included, refuses the same old tokens.
 */
public final class EventSourcedOrganizationDirectory implements OrganizationDirectory, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventSourcedOrganizationDirectory.class);

    private final EventStore eventStore;
    private final OrganizationFold.Builder fold = new OrganizationFold.Builder();
    private final Map<String, String> passwordHashes = new ConcurrentHashMap<>();
    private final Map<String, Instant> tokensNotBefore = new ConcurrentHashMap<>();
    private final Registration subscription;
    private final ScheduledExecutorService poller;
    private volatile Organization current = Organization.empty();
    private long nextSequence;

    public EventSourcedOrganizationDirectory(EventStore eventStore, Duration refreshInterval) {
        this.eventStore = eventStore;
        catchUp();
        this.subscription = eventStore.subscribe(this::onPublished);
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "organization-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(50, refreshInterval.toMillis());
        poller.scheduleWithFixedDelay(this::catchUpQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public Organization current() {
        return current;
    }

    @Override
    public Optional<String> passwordHash(String personId) {
        return Optional.ofNullable(personId).map(passwordHashes::get);
    }

    @Override
    public Optional<Instant> tokensNotBefore(String personId) {
        return Optional.ofNullable(personId).map(tokensNotBefore::get);
    }

    /** How many organization events this instance has applied. */
    public synchronized long version() {
        return nextSequence;
    }

    /** Reads whatever organization events this instance has not applied yet. */
    public synchronized void catchUp() {
        DomainEventStream stream = eventStore.readEvents(OrganizationEvent.STREAM_ID, nextSequence);
        boolean changed = false;
        while (stream.hasNext()) {
            changed |= applyInOrder(stream.next());
        }
        if (changed) {
            current = fold.build();
        }
    }

    private void onPublished(List<? extends EventMessage<?>> events) {
        boolean ours = false;
        synchronized (this) {
            boolean changed = false;
            for (EventMessage<?> event : events) {
                if (event instanceof DomainEventMessage<?> domain
                        && OrganizationEvent.STREAM_ID.equals(domain.getAggregateIdentifier())) {
                    ours = true;
                    changed |= applyInOrder(domain);
                }
            }
            if (changed) {
                current = fold.build();
            }
        }
        if (ours) {
            // an event of another instance in between was not applied above: read it now, before anyone asks
            catchUp();
        }
    }

    private boolean applyInOrder(DomainEventMessage<?> message) {
        if (message.getSequenceNumber() != nextSequence
                || !(message.getPayload() instanceof OrganizationEvent event)) {
            return false;
        }
        fold.apply(event);
        if (event instanceof PersonAddedEvent added && added.passwordHash() != null) {
            passwordHashes.put(added.personId(), added.passwordHash());
        } else if (event instanceof PasswordResetEvent reset) {
            passwordHashes.put(reset.personId(), reset.passwordHash());
        } else if (event instanceof PasswordChangedEvent changed) {
            passwordHashes.put(changed.personId(), changed.passwordHash());
        }
        String endsSignIns = endsSignInsOf(event);
        if (endsSignIns != null) {
            tokensNotBefore.merge(endsSignIns, message.getTimestamp(), (earlier, later) ->
                    later.isAfter(earlier) ? later : earlier);
        }
        nextSequence++;
        return true;
    }

    /** The person whose earlier tokens stop counting with this event, if any. */
    private static String endsSignInsOf(OrganizationEvent event) {
        if (event instanceof PersonDeactivatedEvent e) {
            return e.personId();
        } else if (event instanceof PersonReactivatedEvent e) {
            return e.personId();
        } else if (event instanceof PasswordResetEvent e) {
            return e.personId();
        } else if (event instanceof PasswordChangedEvent e) {
            return e.personId();
        }
        return null;
    }

    private void catchUpQuietly() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("Could not read organization changes; will try again: {}", e.toString());
        }
    }

    @Override
    public void close() {
        subscription.cancel();
        poller.shutdownNow();
    }
}
