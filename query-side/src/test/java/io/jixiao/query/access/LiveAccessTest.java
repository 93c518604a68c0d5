package io.jixiao.query.access;

import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.query.support.DemoOrganization;
import io.jixiao.query.support.FixedDirectory;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard of a live stream on its own; {@code RevokedWatcherTest} follows it through real organization events. */
class LiveAccessTest {
    private static final Organization DEMO = DemoOrganization.organization();

    private static LiveAccess over(Organization organization) {
        return over(new FixedDirectory(organization));
    }

    private static LiveAccess over(FixedDirectory directory) {
        return new LiveAccess(directory.current(), directory, new ReadPolicy(directory.current()),
                Duration.ofMillis(50));
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

    /** Issue 11 item 4 on a stream: a password changed or reset after the token was issued ends the stream too. */
    @Test
    void aStreamWhoseSignInEndedIsToldWhyAndEnds() {
        Instant issued = Instant.parse("2026-12-07T08:00:00Z");
        Jwt token = Jwt.withTokenValue("t").header("alg", "HS256").subject("at-gov-approver").issuedAt(issued)
                .expiresAt(issued.plusSeconds(3600)).build();
        FixedDirectory passwordResetSince = new FixedDirectory(DEMO,
                Map.of("at-gov-approver", issued.plusSeconds(60)));
        FixedDirectory nothingSince = new FixedDirectory(DEMO, Map.of("at-gov-approver", issued.minusSeconds(60)));

        StepVerifier.create(over(passwordResetSince).whileAllowed(caller("at-gov-approver"), "test",
                                (now, data) -> true, Flux.just(ServerSentEvent.builder("a").build()))
                        .contextWrite(ReactiveSecurityContextHolder.withAuthentication(new JwtAuthenticationToken(token))))
                .assertNext(last -> {
                    assertThat(last.event()).isEqualTo(LiveAccess.REVOKED);
                    assertThat(last.data()).hasFieldOrPropertyWithValue("details", Map.of("reason", "SIGN_IN_ENDED"));
                })
                .expectComplete()
                .verify(Duration.ofSeconds(5));
        StepVerifier.create(over(nothingSince).whileAllowed(caller("at-gov-approver"), "test",
                                (now, data) -> true, Flux.just(ServerSentEvent.builder("a").build()))
                        .contextWrite(ReactiveSecurityContextHolder.withAuthentication(new JwtAuthenticationToken(token)))
                        .map(event -> (Object) event.data()))
                .expectNext((Object) "a").expectComplete()
                .verify(Duration.ofSeconds(5));
    }
}
