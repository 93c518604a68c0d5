package io.jixiao.deploy.bench;

import io.jixiao.command.evaluation.CommandOutcome;
import io.jixiao.command.evaluation.ProjectEvaluation;
import io.jixiao.kernel.evaluation.InputLimits;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.platform.organization.OrganizationDirectory;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real {@link ProjectEvaluation} aggregate on an in-memory Axon configuration: every generated command is
 * decided by the same handlers as on the server (the organization and the input limits injected as there), and
 * each unit of work it commits is captured, with the time the command was given, to be written straight into the
 * event store. So the stored events are exactly what the aggregate produces, no hand-made copies.
 */
final class AggregateRunner implements AutoCloseable {
    private final CapturingEngine engine = new CapturingEngine();
    private final Configuration configuration;

    AggregateRunner(Organization organization) {
        OrganizationDirectory directory = new OrganizationDirectory() {
            @Override
            public Organization current() {
                return organization;
            }

            @Override
            public Optional<String> passwordHash(String personId) {
                return Optional.empty();
            }

            @Override
            public Optional<Instant> tokensNotBefore(String personId) {
                return Optional.empty();
            }
        };
        configuration = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> engine)
                .configureAggregate(AggregateConfigurer.defaultConfiguration(ProjectEvaluation.class)
                        .configureCache(c -> new WeakReferenceCache()))
                .registerComponent(OrganizationDirectory.class, c -> directory)
                .registerComponent(InputLimits.class, c -> InputLimits.DEFAULTS)
                .buildConfiguration();
        configuration.start();
    }

    /** Sends {@code command} as given at {@code time}; returns the form's version after it. */
    synchronized long send(Object command, Instant time) {
        GenericEventMessage.clock = Clock.fixed(time, ZoneOffset.UTC);
        Object outcome = configuration.commandGateway().sendAndWait(command);
        return outcome instanceof CommandOutcome o ? o.version() : engine.lastSequence(command) + 1;
    }

    /** The units of work committed since the last call, in order, and forgets them. */
    synchronized List<List<? extends EventMessage<?>>> drain() {
        return engine.drain();
    }

    /** Forgets a finished form's events (the aggregate cache may still hold it; it is never sent to again). */
    synchronized List<DomainEventMessage<?>> forget(String evaluationId) {
        return engine.streams.remove(evaluationId);
    }

    @Override
    public void close() {
        configuration.shutdown();
        GenericEventMessage.clock = Clock.systemUTC();
    }

    private static final class CapturingEngine implements EventStorageEngine {
        private final Map<String, List<DomainEventMessage<?>>> streams = new HashMap<>();
        private List<List<? extends EventMessage<?>>> commits = new ArrayList<>();
        private String lastAggregate;

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            if (events.isEmpty()) {
                return;
            }
            commits.add(List.copyOf(events));
            for (EventMessage<?> event : events) {
                DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
                lastAggregate = domain.getAggregateIdentifier();
                streams.computeIfAbsent(lastAggregate, k -> new ArrayList<>()).add(domain);
            }
        }

        long lastSequence(Object command) {
            List<DomainEventMessage<?>> stream = streams.get(lastAggregate);
            return stream == null ? -1 : stream.get(stream.size() - 1).getSequenceNumber();
        }

        List<List<? extends EventMessage<?>>> drain() {
            List<List<? extends EventMessage<?>>> drained = commits;
            commits = new ArrayList<>();
            return drained;
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            // no snapshots: the forms are folded from their events when the server loads them
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            return Stream.empty();
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            List<DomainEventMessage<?>> stream = streams.getOrDefault(aggregateIdentifier, List.of());
            return DomainEventStream.of(stream.stream().filter(e -> e.getSequenceNumber() >= firstSequenceNumber));
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return Optional.empty();
        }

        @Override
        public TrackingToken createTailToken() {
            return null;
        }

        @Override
        public TrackingToken createHeadToken() {
            return null;
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return null;
        }
    }
}
