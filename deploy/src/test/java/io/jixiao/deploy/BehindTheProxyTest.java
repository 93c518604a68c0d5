package io.jixiao.deploy;

import io.jixiao.command.organization.OrganizationBootstrap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's "behind the proxy": the test client connects from 127.0.0.1, as nginx on the same host would. Trusted
 * as a proxy, two people behind it (told apart by the X-Forwarded-For nginx appends) are limited separately, and a
 * client writing its own X-Forwarded-For stays limited as the address the proxy saw. Not trusted (the default
 * trusts nobody), the header is ignored: everyone from that peer shares its limit.
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jixiao.demo=false",
        "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE,
        "jixiao.security.trusted-proxies=127.0.0.1, ::1",
        "jixiao.limits.login-failures-per-address=3",
        "jixiao.limits.login-failures-per-user=100"})
class BehindTheProxyTest {
    private static final String ALICE = "203.0.113.7";
    private static final String BOB = "203.0.113.8";

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-proxy");
        registry.add("jixiao.data-dir", dir::toString);
    }

    @Test
    void twoClientsBehindATrustedProxyAreLimitedSeparatelyAndCannotNameAnotherAddress() {
        for (int attempt = 0; attempt < 3; attempt++) {
            wrongPassword(client, ALICE).expectStatus().isUnauthorized();
        }
        wrongPassword(client, ALICE).expectStatus().isEqualTo(429);
        // what a client writes itself stands left of what nginx appended, and is not believed
        wrongPassword(client, BOB + ", " + ALICE).expectStatus().isEqualTo(429);
        assertThat(json(wrongPassword(client, BOB), 401).path("code").asText()).isEqualTo("BAD_CREDENTIALS");
        signIn(client, BOB, "jixiao-demo").expectStatus().isOk();
    }

    static WebTestClient.ResponseSpec wrongPassword(WebTestClient client, String forwardedFor) {
        return signIn(client, forwardedFor, "wrong-password");
    }

    static WebTestClient.ResponseSpec signIn(WebTestClient client, String forwardedFor, String password) {
        return client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .header("X-Forwarded-For", forwardedFor)
                .bodyValue(Map.of("username", "at-center-filler", "password", password)).exchange();
    }

    /** A second installation that trusts no proxy on this host. */
    @Nested
    @TestPropertySource(properties = "jixiao.security.trusted-proxies=")
    class FromAnUntrustedPeer {
        @Autowired
        WebTestClient direct;

        @Test
        void theForwardedHeaderIsIgnored() {
            for (int attempt = 0; attempt < 3; attempt++) {
                wrongPassword(direct, "198.51.100." + attempt).expectStatus().isUnauthorized();
            }
            wrongPassword(direct, BOB).expectStatus().isEqualTo(429);
            signIn(direct, "198.51.100.99", "jixiao-demo").expectStatus().isEqualTo(429);
        }
    }
}
