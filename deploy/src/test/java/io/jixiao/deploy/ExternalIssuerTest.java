package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jixiao.command.organization.OrganizationBootstrap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.context.NestedTestConfiguration.EnclosingConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded issuer replaced by an external OpenID Connect provider through configuration alone: a tiny HTTP
 * server publishes the provider's keys (and, for the nested context, its discovery document, Keycloak's paths),
 * the tests sign tokens with its private keys. A token names a person of our organization by preferred_username
 * and acts with the organization's roles; expired, foreign-signed, unknown-person and locally issued tokens are
 * refused, and so is the local sign-in.
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo=false", "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE,
                "jixiao.security.token-secret=" + ExternalIssuerTest.LOCAL_SECRET})
class ExternalIssuerTest {
    /** What this installation would sign its own tokens with, were no external issuer configured. */
    static final String LOCAL_SECRET = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    static final RSAKey PROVIDER_KEY = rsa("provider-key");
    static final ECKey PROVIDER_EC_KEY = ec("provider-ec-key");
    /** Another key under the provider's key id, as a forger would use. */
    static final RSAKey FORGED_KEY = rsa("provider-key");
    static final RSAKey UNKNOWN_KEY = rsa("unknown-key");
    static final Provider PROVIDER = Provider.start();
    static Path dataDir;

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("jixiao-external-issuer");
        registry.add("jixiao.data-dir", dataDir::toString);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", PROVIDER::jwkSetUri);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.server.stop(0);
    }

    @Test
    void aProvidersTokenActsAsThePersonWithTheOrganizationsRolesNotThoseItClaims() throws Exception {
        String filler = sign(PROVIDER_KEY, claims("at-center-filler")
                .claim("roles", List.of("ADMINISTRATOR", "FINANCE_REVIEWER"))
                .claim("realm_access", Map.of("roles", List.of("ADMINISTRATOR"))).build());
        Api api = new Api(client);

        api.get(filler, "/api/evaluations").expectStatus().isOk();
        assertThat(json(api.get(filler, "/api/admin/processors"), 403).path("code").asText())
                .as("the provider's ADMINISTRATOR role does not count").isNotBlank();
        ObjectNode draft = Api.fixtureDraft("anting-2024.json", "信息化项目运维(信息安全三级等保)", "AT-GOV", "AT-CENTER");
        String id = json(api.post(filler, "/api/evaluations", draft), 201).path("evaluationId").asText();
        api.awaitForm(filler, id, form -> form.path("version").asLong() == 1);
        JsonNode drafted = json(api.get(filler, "/api/evaluations/" + id + "/history"), 200).path("changes").get(0);
        assertThat(drafted.path("actor").path("id").asText()).isEqualTo("at-center-filler");
        assertThat(drafted.path("actor").path("unitId").asText()).isEqualTo("AT-CENTER");

        String reviewerByEc = sign(PROVIDER_EC_KEY, claims("at-center-reviewer").build());
        assertThat(json(api.get(reviewerByEc, "/api/evaluations"), 200).isArray()).isTrue();
    }

    @Test
    void expiredForgedUnknownAndNeverExpiringTokensAreRefused() throws Exception {
        Instant now = Instant.now();
        List<String> refused = List.of(
                sign(PROVIDER_KEY, claims("at-center-filler").issueTime(Date.from(now.minusSeconds(3600)))
                        .expirationTime(Date.from(now.minusSeconds(300))).build()),
                sign(FORGED_KEY, claims("at-center-filler").build()),
                sign(UNKNOWN_KEY, claims("at-center-filler").build()),
                sign(PROVIDER_KEY, claims("somebody-else").build()),
                sign(PROVIDER_KEY, new JWTClaimsSet.Builder().issuer(PROVIDER.issuer()).subject("s")
                        .claim("preferred_username", "at-center-filler").issueTime(Date.from(now)).build()));
        for (String token : refused) {
            assertThat(json(new Api(client).get(token, "/api/evaluations"), 401).path("code").asText())
                    .isEqualTo("NOT_AUTHENTICATED");
        }
    }

    @Test
    void tokensSignedWithASharedSecretAreRefused() throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet asIssuedLocally = new JWTClaimsSet.Builder().issuer("jixiao").subject("at-center-filler")
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600))).claim("name", "安亭城运中心填报员")
                .claim("unitId", "AT-CENTER").claim("roles", List.of("FILLER")).build();
        String local = hmac(Base64.getDecoder().decode(LOCAL_SECRET), asIssuedLocally);
        // the classic confusion: the provider's public key, which anybody can fetch, used as an HMAC secret
        String confused = hmac(PROVIDER_KEY.toRSAPublicKey().getEncoded(), claims("at-center-filler").build());

        for (String token : List.of(local, confused)) {
            json(new Api(client).get(token, "/api/evaluations"), 401);
        }
    }

    @Test
    void theLocalSignInIsClosedAndNamesTheProvider() {
        JsonNode refused = json(client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "at-center-filler", "password", "jixiao-demo")).exchange(), 404);

        assertThat(refused.path("code").asText()).isEqualTo("LOCAL_LOGIN_DISABLED");
        assertThat(refused.path("message").asText()).contains(PROVIDER.jwkSetUri());
        assertThat(refused.path("messageZh").asText()).contains(PROVIDER.jwkSetUri());
        assertThat(refused.path("details").path("issuer").asText()).isEqualTo(PROVIDER.jwkSetUri());
        assertThat(dataDir.resolve("token.key")).as("no local signing key is made").doesNotExist();
    }

    /**
     * A second context configured by issuer alone, as for a Keycloak realm: the keys are found through the
     * provider's discovery document, its issuer is checked, and the audience we require.
     */
    @Nested
    @NestedTestConfiguration(EnclosingConfiguration.OVERRIDE)
    @DirtiesContext
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"jixiao.demo=false",
                    "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE,
                    "jixiao.security.oidc.audience=jixiao"})
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class ByDiscovery {
        @Autowired
        WebTestClient discovering;

        @DynamicPropertySource
        static void properties(DynamicPropertyRegistry registry) throws IOException {
            var dir = Files.createTempDirectory("jixiao-external-issuer-discovery");
            registry.add("jixiao.data-dir", dir::toString);
            registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", PROVIDER::issuer);
        }

        @Test
        @Order(1)
        void theProviderIsAskedAtTheFirstTokenAndAskedAgainAfterAFailure() throws Exception {
            Api api = new Api(discovering);
            String filler = sign(PROVIDER_KEY, claims("at-center-filler").audience(List.of("jixiao", "account"))
                    .build());
            assertThat(PROVIDER.discoveries.get()).as("not at startup").isZero();

            PROVIDER.down = true;
            try {
                assertThat(json(api.get(filler, "/api/evaluations"), 503).path("code").asText())
                        .isEqualTo("ISSUER_UNAVAILABLE");
            } finally {
                PROVIDER.down = false;
            }
            api.get(filler, "/api/evaluations").expectStatus().isOk();
            api.get(filler, "/api/evaluations").expectStatus().isOk();
            assertThat(PROVIDER.discoveries.get()).as("once failed, once found, then kept").isEqualTo(2);
        }

        @Test
        @Order(2)
        void theIssuerAndTheAudienceAreChecked() throws Exception {
            Api api = new Api(discovering);
            api.get(sign(PROVIDER_KEY, claims("at-gov-approver").audience("jixiao").build()), "/api/evaluations")
                    .expectStatus().isOk();
            json(api.get(sign(PROVIDER_KEY, claims("at-gov-approver").audience("account").build()),
                    "/api/evaluations"), 401);
            json(api.get(sign(PROVIDER_KEY, claims("at-gov-approver").audience("jixiao")
                    .issuer(PROVIDER.base() + "/realms/other").build()), "/api/evaluations"), 401);

            JsonNode refused = json(discovering.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("username", "at-gov-approver", "password", "jixiao-demo")).exchange(), 404);
            assertThat(refused.path("details").path("issuer").asText()).isEqualTo(PROVIDER.issuer());
        }
    }

    /** A token as a provider issues it: its own subject, our person id in preferred_username, five minutes. */
    private static JWTClaimsSet.Builder claims(String person) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(PROVIDER.issuer()).subject(UUID.randomUUID().toString())
                .claim("preferred_username", person).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)));
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        return sign(new RSASSASigner(key), JWSAlgorithm.RS256, key.getKeyID(), claims);
    }

    private static String sign(ECKey key, JWTClaimsSet claims) throws JOSEException {
        return sign(new ECDSASigner(key), JWSAlgorithm.ES256, key.getKeyID(), claims);
    }

    private static String hmac(byte[] secret, JWTClaimsSet claims) throws JOSEException {
        return sign(new MACSigner(secret), JWSAlgorithm.HS256, null, claims);
    }

    private static String sign(JWSSigner signer, JWSAlgorithm algorithm, String keyId, JWTClaimsSet claims)
            throws JOSEException {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).type(JOSEObjectType.JWT)
                .build(), claims);
        token.sign(signer);
        return token.serialize();
    }

    private static RSAKey rsa(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey ec(String keyId) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider's public side at Keycloak's paths: its keys, and its discovery document unless it is down. */
    static final class Provider {
        private static final String REALM = "/realms/jixiao";
        final HttpServer server;
        final AtomicInteger discoveries = new AtomicInteger();
        volatile boolean down;

        private Provider(HttpServer server) {
            this.server = server;
        }

        static Provider start() {
            try {
                Provider provider = new Provider(HttpServer.create(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
                provider.server.createContext(REALM + "/.well-known/openid-configuration", exchange -> {
                    provider.discoveries.incrementAndGet();
                    if (provider.down) {
                        answer(exchange, 503, "{}");
                    } else {
                        answer(exchange, 200, Api.JSON.writeValueAsString(Map.of(
                                "issuer", provider.issuer(), "jwks_uri", provider.jwkSetUri())));
                    }
                });
                String keys = new JWKSet(List.of(PROVIDER_KEY.toPublicJWK(), PROVIDER_EC_KEY.toPublicJWK())).toString();
                provider.server.createContext(REALM + "/protocol/openid-connect/certs",
                        exchange -> answer(exchange, 200, keys));
                provider.server.start();
                return provider;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        String issuer() {
            return base() + REALM;
        }

        String jwkSetUri() {
            return issuer() + "/protocol/openid-connect/certs";
        }

        private static void answer(HttpExchange exchange, int status, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
