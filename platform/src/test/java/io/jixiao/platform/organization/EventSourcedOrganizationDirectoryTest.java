package io.jixiao.platform.organization;

import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.OrganizationEvent;
import io.jixiao.kernel.organization.PasswordChangedEvent;
import io.jixiao.kernel.organization.PasswordResetEvent;
import io.jixiao.kernel.organization.PersonAddedEvent;
import io.jixiao.kernel.organization.PersonDeactivatedEvent;
import io.jixiao.kernel.organization.PersonReactivatedEvent;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.RoleRevokedEvent;
import io.jixiao.kernel.organization.UnitKind;
import io.jixiao.kernel.organization.UnitRegisteredEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances over one event store: the instance that stores an organization change knows it at once, the other
 * within its refresh interval; an instance that missed another's change catches up before applying its own.
 */
class EventSourcedOrganizationDirectoryTest {
    private static final Actor SYSTEM = Actor.system("test");

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final EmbeddedEventStore storeA = EmbeddedEventStore.builder().storageEngine(storage).build();
    private final EmbeddedEventStore storeB = EmbeddedEventStore.builder().storageEngine(storage).build();
    private final EventSourcedOrganizationDirectory instanceA =
            new EventSourcedOrganizationDirectory(storeA, Duration.ofHours(1));
    private final EventSourcedOrganizationDirectory instanceB =
            new EventSourcedOrganizationDirectory(storeB, Duration.ofMillis(50));

    @AfterEach
    void close() {
        instanceA.close();
        instanceB.close();
        storeA.shutDown();
        storeB.shutDown();
    }

    private static void publish(EmbeddedEventStore store, long sequence, OrganizationEvent event) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> store.publish(
                new GenericDomainEventMessage<>("OrganizationChart", OrganizationEvent.STREAM_ID, sequence, event)));
    }

    @Test
    void theStoringInstanceKnowsAtOnceTheOtherWithinItsInterval() throws InterruptedException {
        publish(storeA, 0, new UnitRegisteredEvent("JD-FIN", "嘉定区财政局", UnitKind.FINANCE_BUREAU, null, SYSTEM, null));
        publish(storeA, 1, new PersonAddedEvent("jd-finance", "复核人", "JD-FIN", Set.of(Role.FINANCE_REVIEWER),
                "{bcrypt}$2a$10$first", SYSTEM, null));

        assertThat(instanceA.current().person("jd-finance")).isPresent();
        assertThat(instanceA.passwordHash("jd-finance")).contains("{bcrypt}$2a$10$first");
        assertThat(instanceA.version()).isEqualTo(2);

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (instanceB.version() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(instanceB.current().person("jd-finance").orElseThrow().has(Role.FINANCE_REVIEWER)).isTrue();
    }

    @Test
    void anInstanceThatMissedAChangeCatchesUpBeforeApplyingItsOwn() {
        publish(storeA, 0, new UnitRegisteredEvent("JD-FIN", "嘉定区财政局", UnitKind.FINANCE_BUREAU, null, SYSTEM, null));
        publish(storeA, 1, new PersonAddedEvent("jd-finance", "复核人", "JD-FIN", Set.of(Role.FINANCE_REVIEWER),
                null, SYSTEM, null));
        // stored through B: A's poller is an hour away, so A has not seen it
        publish(storeB, 2, new RoleRevokedEvent("jd-finance", Role.FINANCE_REVIEWER, SYSTEM, "调岗"));
        assertThat(instanceA.current().person("jd-finance").orElseThrow().has(Role.FINANCE_REVIEWER)).isTrue();

        publish(storeA, 3, new PasswordResetEvent("jd-finance", "{bcrypt}$2a$10$second", SYSTEM, null));

        assertThat(instanceA.version()).isEqualTo(4);
        assertThat(instanceA.current().person("jd-finance").orElseThrow().has(Role.FINANCE_REVIEWER)).isFalse();
        assertThat(instanceA.passwordHash("jd-finance")).contains("{bcrypt}$2a$10$second");
    }

    @Test
    void otherAggregatesEventsAreNotTheOrganizations() {
        DefaultUnitOfWork.startAndGet(null).execute(() -> storeA.publish(new GenericDomainEventMessage<>(
                "ProjectEvaluation", "eval-1", 0, "something else")));
        assertThat(instanceA.version()).isZero();
        assertThat(instanceA.current().units()).isEmpty();
    }

    /** Issue 11 item 4: the time a person's earlier tokens stop counting, the same on every instance. */
    @Test
    void aPersonsTokensNotBeforeIsTheTimeOfTheirLatestDeactivationReactivationOrPasswordEvent() throws Exception {
        publish(storeA, 0, new UnitRegisteredEvent("JD-FIN", "嘉定区财政局", UnitKind.FINANCE_BUREAU, null, SYSTEM, null));
        publish(storeA, 1, new PersonAddedEvent("jd-finance", "复核人", "JD-FIN", Set.of(Role.FINANCE_REVIEWER),
                "{bcrypt}$2a$10$first", SYSTEM, null));
        publish(storeA, 2, new RoleRevokedEvent("jd-finance", Role.FINANCE_REVIEWER, SYSTEM, null));
        assertThat(instanceA.tokensNotBefore("jd-finance")).as("roles are read live: no token ends with them")
                .isEmpty();

        List<OrganizationEvent> ending = List.of(new PersonDeactivatedEvent("jd-finance", SYSTEM, null),
                new PersonReactivatedEvent("jd-finance", SYSTEM, null),
                new PasswordResetEvent("jd-finance", "{bcrypt}$2a$10$second", true, SYSTEM, null),
                new PasswordChangedEvent("jd-finance", "{bcrypt}$2a$10$third", SYSTEM, null));
        long sequence = 3;
        for (OrganizationEvent event : ending) {
            Instant before = Instant.now();
            Thread.sleep(5);
            publish(storeA, sequence++, event);
            Instant notBefore = instanceA.tokensNotBefore("jd-finance").orElseThrow();
            assertThat(notBefore).as(event.getClass().getSimpleName()).isAfter(before).isBeforeOrEqualTo(Instant.now());
        }
        assertThat(instanceA.tokensNotBefore("nobody")).isEmpty();

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (instanceB.version() < sequence && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(instanceB.tokensNotBefore("jd-finance").orElseThrow().toEpochMilli())
                .isEqualTo(instanceA.tokensNotBefore("jd-finance").orElseThrow().toEpochMilli());
    }
}
