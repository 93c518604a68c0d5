package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.command.organization.OrganizationBootstrap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's security basics over HTTP: security headers on every answer, CORS closed to foreign origins, error
 * bodies without internals, login attempts limited per user name, and (in a second context with a tiny limit)
 * requests limited per person, with CORS opened to one configured origin.
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo=false", "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE})
class SecurityBasicsTest {
    private static final String FOREIGN = "https://evil.example";

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-security");
        registry.add("jixiao.data-dir", dir::toString);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        String token = new Api(client).login("jd-finance");
        List<EntityExchangeResult<byte[]>> answers = List.of(
                client.get().uri("/api/evaluations").headers(h -> h.setBearerAuth(token)).exchange()
                        .expectStatus().isOk().expectBody().returnResult(),
                client.get().uri("/api/evaluations").exchange()
                        .expectStatus().isUnauthorized().expectBody().returnResult(),
                client.get().uri("/api/nowhere").headers(h -> h.setBearerAuth(token)).exchange()
                        .expectStatus().isNotFound().expectBody().returnResult(),
                // UP, or OUT_OF_SERVICE while the read models catch up after start: headers either way
                client.get().uri("/actuator/health").exchange().expectBody().returnResult());
        for (EntityExchangeResult<byte[]> answer : answers) {
            HttpHeaders headers = answer.getResponseHeaders();
            assertThat(headers.getFirst("X-Content-Type-Options")).as(answer.getUrl().toString()).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(headers.getFirst(HttpHeaders.CACHE_CONTROL)).contains("no-store");
            assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'self'");
            assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(headers.containsKey("Strict-Transport-Security")).as("HSTS over plain http").isFalse();
        }
    }

    @Test
    void aForeignOriginGetsNoCorsPermission() {
        String token = new Api(client).login("jd-finance");
        var preflight = client.options().uri("/api/evaluations").header(HttpHeaders.ORIGIN, FOREIGN)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST").exchange()
                .expectBody().returnResult();
        assertThat(preflight.getStatus().value()).isEqualTo(403);
        assertThat(preflight.getResponseHeaders().getAccessControlAllowOrigin()).isNull();

        var read = client.get().uri("/api/evaluations").header(HttpHeaders.ORIGIN, FOREIGN)
                .headers(h -> h.setBearerAuth(token)).exchange().expectBody().returnResult();
        assertThat(read.getResponseHeaders().getAccessControlAllowOrigin()).isNull();
        assertThat(read.getStatus().value()).isEqualTo(403);
    }

    @Test
    void errorBodiesNameTheProblemWithoutInternals() {
        String token = new Api(client).login("at-center-filler");
        List<JsonNode> bodies = new ArrayList<>();
        bodies.add(errorBody(client.post().uri("/api/evaluations").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"fiscalYear\": 20").exchange(), 400));
        bodies.add(errorBody(client.post().uri("/api/evaluations").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("[{\"fiscalYear\": 2024}]").exchange(), 400));
        bodies.add(errorBody(client.post().uri("/api/evaluations").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"fiscalYear\": {\"$ne\": 1}}").exchange(), 400));
        bodies.add(errorBody(client.post().uri("/api/evaluations").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"reason\": \"" + "汉".repeat(400_000) + "\"}")
                .exchange(), 413));
        bodies.add(errorBody(client.post().uri("/api/evaluations").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.TEXT_PLAIN).bodyValue("hello").exchange(), 415));
        bodies.add(errorBody(client.method(HttpMethod.PATCH).uri("/api/evaluations")
                .headers(h -> h.setBearerAuth(token)).exchange(), 405));
        bodies.add(errorBody(client.get().uri("/api/evaluations/no-such-form").headers(h -> h.setBearerAuth(token))
                .exchange(), 404));
        bodies.add(errorBody(client.get().uri("/api/nowhere").headers(h -> h.setBearerAuth(token)).exchange(), 404));
        bodies.add(errorBody(client.get().uri("/api/evaluations").headers(h -> h.setBearerAuth("forged"))
                .exchange(), 401));
        for (JsonNode body : bodies) {
            assertThat(body.fieldNames()).toIterable().as(body.toString())
                    .containsExactlyInAnyOrder("code", "message", "messageZh", "details");
            assertThat(body.path("messageZh").asText()).isNotBlank();
            assertThat(body.toString()).doesNotContainIgnoringCase("exception").doesNotContain("io.jixiao")
                    .doesNotContain("org.springframework").doesNotContain("requestId").doesNotContain("trace");
        }
        assertThat(bodies.get(2).path("details").path("field").asText()).isEqualTo("fiscalYear");
    }

    @Test
    void repeatedFailedSignInsLockTheUserNameUntilTheWindowPasses() {
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn("sj-auditor", "guess-" + attempt).expectStatus().isUnauthorized();
        }
        var locked = signIn("sj-auditor", "jixiao-demo").expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody(JsonNode.class).returnResult();
        assertThat(Long.parseLong(locked.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                .isBetween(1L, 300L);
        assertThat(locked.getResponseBody().path("code").asText()).isEqualTo("TOO_MANY_LOGIN_ATTEMPTS");
        assertThat(locked.getResponseBody().path("messageZh").asText()).isNotBlank();

        signIn("sj-admin", "jixiao-demo").expectStatus().isOk();
    }

    @Test
    void aSuccessfulSignInClearsTheFailures() {
        for (int round = 0; round < 2; round++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                signIn("sj-office-filler", "guess-" + attempt).expectStatus().isUnauthorized();
            }
            signIn("sj-office-filler", "jixiao-demo").expectStatus().isOk();
        }
    }

    private WebTestClient.ResponseSpec signIn(String username, String password) {
        return client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange();
    }

    private static JsonNode errorBody(WebTestClient.ResponseSpec response, int status) {
        return Api.json(response, status);
    }

    /** A second context: five requests a minute per person, and one origin allowed to call from a browser. */
    @Nested
    @TestPropertySource(properties = {"jixiao.limits.requests-per-minute=5",
            "jixiao.cors.allowed-origins=https://allowed.example"})
    class WithTinyLimits {
        @Autowired
        WebTestClient limited;

        @Test
        void aPersonOverTheRateIsToldToWaitWhileOthersAreServed() {
            Api api = new Api(limited);
            String busy = api.login("jd-finance");
            for (int request = 0; request < 5; request++) {
                api.get(busy, "/api/evaluations").expectStatus().isOk();
            }
            var refused = api.get(busy, "/api/evaluations").expectStatus().isEqualTo(429)
                    .expectBody(JsonNode.class).returnResult();
            assertThat(Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                    .isBetween(1L, 60L);
            assertThat(refused.getResponseBody().path("code").asText()).isEqualTo("TOO_MANY_REQUESTS");
            assertThat(refused.getResponseBody().path("messageZh").asText()).isNotBlank();
            assertThat(refused.getResponseHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

            String other = api.login("jd-auditor");
            var allowed = limited.get().uri("/api/evaluations").header(HttpHeaders.ORIGIN, "https://allowed.example")
                    .headers(h -> h.setBearerAuth(other)).exchange().expectStatus().isOk()
                    .expectBody().returnResult();
            assertThat(allowed.getResponseHeaders().getAccessControlAllowOrigin()).isEqualTo("https://allowed.example");
        }
    }
}
