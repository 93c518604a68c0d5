package io.jixiao.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.jixiao.kernel.organization.OrganizationEvent;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.PersonAddedEvent;
import io.jixiao.kernel.organization.PersonDeactivatedEvent;
import io.jixiao.kernel.organization.PersonReactivatedEvent;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.kernel.organization.UnitRegisteredEvent;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.platform.security.LocalTokens;
import io.jixiao.platform.security.RevokedTokens;
import io.jixiao.query.support.AntingForm;
import io.jixiao.query.support.DemoOrganization;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The query side runs without the command side: a Spring context of the platform and the query side only, on the
 * embedded store, verifies a person's token, serves their query from the read model its processors built from the
 * stored events, and answers refusals with the platform's error bodies. This module does not have command-side on
 * its class path at all; the test stands in for it by storing the events the command side would have stored.
 */
@DirtiesContext
@SpringBootTest(classes = QuerySideAloneTest.QuerySideAlone.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuerySideAloneTest {
    static final byte[] KEY = "query-side-alone-test-key-32-bytes!!".getBytes();
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What a deployment of the query side alone scans: the platform and the query side, nothing else. Not a
     * {@code @Configuration}, so other tests' scans of {@code io.jixiao.query} do not pick it up.
     */
    @EnableAutoConfiguration
    @ComponentScan(basePackages = {"io.jixiao.platform", "io.jixiao.query"},
            // this module's test classes are on the class path too: none of them is part of a deployment
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                    pattern = {"io\\.jixiao\\.query\\..*Test(\\$.*)?", "io\\.jixiao\\.query\\.support\\..*"}))
    static class QuerySideAlone {
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-query-alone");
        registry.add("jixiao.data-dir", dir::toString);
        registry.add("jixiao.security.token-secret", () -> Base64.getEncoder().encodeToString(KEY));
    }

    @Autowired
    WebTestClient client;

    @Autowired
    EventStore eventStore;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    RevokedTokens revokedTokens;

    @Test
    void theCommandSideIsNotOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("io.jixiao.command.evaluation.ProjectEvaluation"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aSignedInPersonReadsAFormFromTheStoredEvents() throws Exception {
        storeTheDemoOrganization();
        eventStore.publish(new GenericDomainEventMessage<>("ProjectEvaluation", AntingForm.ID, 0,
                AntingForm.drafted()));
        assertThat(directory.current().person(AntingForm.FILLER)).isPresent();
        String token = token(AntingForm.FILLER);

        JsonNode form = awaitForm(token, AntingForm.ID);
        assertThat(form.path("projectName").asText()).isEqualTo("信息化项目运维(信息安全三级等保)");
        assertThat(form.path("implementingUnitId").asText()).isEqualTo("AT-CENTER");

        JsonNode missing = body(client.get().uri("/api/evaluations/ev-nobody-drafted")
                .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isNotFound());
        assertThat(missing.path("code").asText()).isNotBlank();
        assertThat(missing.path("messageZh").asText()).isNotBlank();

        JsonNode anonymous = body(client.get().uri("/api/evaluations/" + AntingForm.ID).exchange()
                .expectStatus().isUnauthorized());
        assertThat(anonymous.path("code").asText()).isEqualTo("NOT_AUTHENTICATED");
    }

    /**
     * Issue 11 item 4: what ends a sign-in reaches a query side running alone, from the store both sides share: the
     * organization's events (a deactivation and reactivation after the token) and the signed-out tokens.
     */
    @Test
    void aTokenWhoseSignInEndedIsRefusedHereToo() throws Exception {
        storeTheDemoOrganization();
        String signedOut = token(AntingForm.FILLER);
        client.get().uri("/api/evaluations").headers(h -> h.setBearerAuth(signedOut)).exchange()
                .expectStatus().isOk();
        // as the command side's POST /api/auth/sign-out keeps it
        revokedTokens.revoke(JSON.readTree(Base64.getUrlDecoder().decode(signedOut.split("\\.")[1]))
                .path("jti").asText(), AntingForm.FILLER, Instant.now().plus(Duration.ofMinutes(5)));
        JsonNode refused = body(client.get().uri("/api/evaluations").headers(h -> h.setBearerAuth(signedOut))
                .exchange().expectStatus().isUnauthorized());
        assertThat(refused.path("code").asText()).isEqualTo("SIGNED_OUT");

        String reviewer = "at-center-reviewer";
        String beforeDeactivation = token(reviewer);
        long next = eventStore.lastSequenceNumberFor(OrganizationEvent.STREAM_ID).orElseThrow() + 1;
        eventStore.publish(new GenericDomainEventMessage<>("OrganizationChart", OrganizationEvent.STREAM_ID, next,
                        new PersonDeactivatedEvent(reviewer, null, "test")),
                new GenericDomainEventMessage<>("OrganizationChart", OrganizationEvent.STREAM_ID, next + 1,
                        new PersonReactivatedEvent(reviewer, null, "test")));
        assertThat(directory.current().person(reviewer).orElseThrow().active()).isTrue();
        JsonNode superseded = body(client.get().uri("/api/evaluations")
                .headers(h -> h.setBearerAuth(beforeDeactivation)).exchange().expectStatus().isUnauthorized());
        assertThat(superseded.path("code").asText()).isEqualTo("SIGN_IN_SUPERSEDED");
    }

    /** The demo organization, stored by whichever test of this class needs it first. */
    private void storeTheDemoOrganization() {
        if (directory.current().person(AntingForm.FILLER).isEmpty()) {
            storeTheDemoOrganization(eventStore);
        }
    }

    /**
     * The events OrganizationChart would have stored: units parents first, then the people.
     *
     * @return how many: the sequence number of the organization's next event
     */
    static int storeTheDemoOrganization(EventStore eventStore) {
        List<OrganizationEvent> events = new ArrayList<>();
        Set<String> registered = new HashSet<>();
        List<Unit> pending = new ArrayList<>(DemoOrganization.UNITS);
        while (!pending.isEmpty()) {
            Unit unit = pending.stream()
                    .filter(u -> u.parentId() == null || registered.contains(u.parentId())).findFirst().orElseThrow();
            pending.remove(unit);
            registered.add(unit.id());
            events.add(new UnitRegisteredEvent(unit.id(), unit.name(), unit.kind(), unit.parentId(), null, "test"));
        }
        for (Person person : DemoOrganization.PEOPLE) {
            events.add(new PersonAddedEvent(person.id(), person.name(), person.unitId(), person.roles(), null, null,
                    "test"));
        }
        for (int sequence = 0; sequence < events.size(); sequence++) {
            eventStore.publish(new GenericDomainEventMessage<>("OrganizationChart", OrganizationEvent.STREAM_ID,
                    sequence, events.get(sequence)));
        }
        return events.size();
    }

    /** A token as the command side's sign-in issues it: HS256 with the installation's key, the person in sub. */
    static String token(String personId) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(LocalTokens.ISSUER).subject(personId)
                .id(UUID.randomUUID().toString()).issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(5))).build();
        return new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(KEY, "HmacSHA256")))
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    /** The projection runs on a tracking processor: the form appears once it has read the event. */
    private JsonNode awaitForm(String token, String evaluationId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            var result = client.get().uri("/api/evaluations/" + evaluationId).headers(h -> h.setBearerAuth(token))
                    .exchange().expectBody().returnResult();
            if (result.getStatus().is2xxSuccessful()) {
                return JSON.readTree(result.getResponseBody());
            }
            assertThat(result.getStatus().value()).as("before the projection caught up").isEqualTo(404);
            assertThat(Instant.now()).as("the form's read model within 30 s").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static JsonNode body(WebTestClient.ResponseSpec response) throws IOException {
        return JSON.readTree(response.expectBody().returnResult().getResponseBody());
    }
}
