package io.jixiao.query.access;

import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.query.support.DemoOrganization;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard of a live stream on its own; {@code RevokedWatcherTest} follows it through real organization events. */
class LiveAccessTest {
    private static final Organization DEMO = DemoOrganization.organization();

    private static LiveAccess over(Organization organization) {
        return new LiveAccess(organization, new ReadPolicy(organization), Duration.ofMillis(50));
    }

    private static Caller caller(String personId) {
        Person person = DEMO.person(personId).orElseThrow();
        return new Caller(person.id(), person.name(), person.unitId(), person.roles());
    }

    @Test
    void aStreamWhoseEventsEndEndsToo() {
        Flux<ServerSentEvent<?>> guarded = over(DEMO).whileAllowed(caller("at-gov-approver"), "test",
                (now, data) -> true,
                Flux.just(ServerSentEvent.builder("a").build(), ServerSentEvent.builder("b").build()));

        StepVerifier.create(guarded.map(event -> (Object) event.data())).expectNext((Object) "a", "b").expectComplete()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void anIdleStreamOfAPersonNoLongerActiveIsToldWhyAndEnds() {
        Organization deactivated = Organization.of(DEMO.units(), DEMO.people().stream()
                .map(p -> p.id().equals("at-gov-approver")
                        ? new Person(p.id(), p.name(), p.unitId(), p.roles(), false) : p).toList());

        StepVerifier.create(over(deactivated).whileAllowed(caller("at-gov-approver"), "test", (now, data) -> true,
                        Flux.<ServerSentEvent<String>>never()))
                .assertNext(last -> {
                    assertThat(last.event()).isEqualTo(LiveAccess.REVOKED);
                    assertThat(last.data()).hasFieldOrPropertyWithValue("code", "ACCESS_CHANGED")
                            .hasFieldOrPropertyWithValue("details", Map.of("reason", "DEACTIVATED"));
                })
                .expectComplete()
                .verify(Duration.ofSeconds(5));
    }
}
