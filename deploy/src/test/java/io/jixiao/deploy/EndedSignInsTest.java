package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import io.jixiao.command.organization.OrganizationBootstrap;
import io.jixiao.platform.security.MongoRevokedTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 items 4 and 7 over HTTP: a token no longer counts once what it stood for has ended (the person was
 * deactivated, reactivated, had their password reset or changed it, or signed the token out), on command and query
 * routes alike, each refusal a 401 saying why; and a token signed with the installation's key counts only with every
 * claim our sign-in writes.
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo=false", "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE})
class EndedSignInsTest {
    @Autowired
    WebTestClient client;
    @Autowired
    JwtEncoder encoder;
    @Autowired
    MongoDatabase database;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-ended-sign-ins");
        registry.add("jixiao.data-dir", dir::toString);
    }

    @Test
    void aTokenFromBeforeADeactivationDoesNotComeBackWithTheReactivation() {
        Api api = new Api(client);
        String admin = api.login("jd-admin");
        String before = api.login("at-center-reviewer");
        json(api.get(before, "/api/evaluations"), 200);

        json(api.post(admin, "/api/organization/people/at-center-reviewer/deactivate", Map.of("reason", "停职")), 200);
        json(api.post(admin, "/api/organization/people/at-center-reviewer/reactivate", Map.of("reason", "复职")), 200);

        superseded(api.get(before, "/api/evaluations"));
        json(api.get(api.login("at-center-reviewer"), "/api/evaluations"), 200);
    }

    @Test
    void aTokenFromBeforeAPasswordResetIsRefused() {
        Api api = new Api(client);
        String before = api.login("at-gov-approver");
        json(api.post(api.login("jd-admin"), "/api/organization/people/at-gov-approver/password",
                Map.of("password", "handed-over-again-1", "reason", "忘记密码")), 200);

        superseded(api.get(before, "/api/evaluations"));
        superseded(api.post(before, "/api/auth/password", Map.of("currentPassword", "jixiao-demo",
                "newPassword", "somebody-elses-choice-1")));
    }

    @Test
    void changingOnesPasswordEndsOtherSignInsAndAnswersAFreshOne() {
        Api api = new Api(client);
        String elsewhere = api.login("sj-bigdata-filler");
        String here = api.login("sj-bigdata-filler");

        JsonNode changed = json(api.post(here, "/api/auth/password", Map.of("currentPassword", "jixiao-demo",
                "newPassword", "bigdata-own-password-1")), 200);

        superseded(api.get(elsewhere, "/api/evaluations"));
        superseded(api.get(here, "/api/evaluations"));
        String fresh = changed.path("token").asText();
        json(api.get(fresh, "/api/evaluations"), 200);
        assertThat(changed.path("user").path("id").asText()).isEqualTo("sj-bigdata-filler");
        assertThat(changed.path("user").path("mustChangePassword").asBoolean()).isFalse();
        assertThat(Instant.parse(changed.path("expiresAt").asText())).isAfter(Instant.now());
    }

    @Test
    void aSignedOutTokenIsRefusedOnCommandAndQueryRoutesUntilItExpires() throws IOException {
        Api api = new Api(client);
        String signedOut = api.login("at-center-filler");
        String otherWindow = api.login("at-center-filler");
        ObjectNode draft = Api.fixtureDraft("anting-2024.json", "信息化项目运维(信息安全三级等保)", "AT-GOV", "AT-CENTER");

        api.post(signedOut, "/api/auth/sign-out", Map.of()).expectStatus().isNoContent();

        assertThat(json(api.get(signedOut, "/api/evaluations"), 401).path("code").asText()).isEqualTo("SIGNED_OUT");
        JsonNode command = json(api.post(signedOut, "/api/evaluations", draft), 401);
        assertThat(command.path("code").asText()).isEqualTo("SIGNED_OUT");
        assertThat(command.path("messageZh").asText()).contains("退出");
        api.post(signedOut, "/api/auth/sign-out", Map.of()).expectStatus().isUnauthorized();

        json(api.post(otherWindow, "/api/evaluations", draft), 201);
        JsonNode claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(signedOut.split("\\.")[1]));
        Document kept = database.getCollection(MongoRevokedTokens.COLLECTION)
                .find(new Document("_id", claims.path("jti").asText())).first();
        assertThat(kept).as("kept by id until the token expires").isNotNull();
        assertThat(kept.getDate("expiresAt").toInstant()).isEqualTo(Instant.ofEpochSecond(claims.path("exp").asLong()));
        assertThat(kept.toJson()).doesNotContain(signedOut);
    }

    @Test
    void aTokenSignedWithOurKeyCountsOnlyWithEveryClaimOurSignInWrites() {
        Api api = new Api(client);
        json(api.get(signed(claims -> claims), "/api/evaluations"), 200);
        for (String missing : new String[]{"exp", "iat", "jti", "iss"}) {
            String token = signed(claims -> claims.claims(all -> all.remove(missing)));
            assertThat(json(api.get(token, "/api/evaluations"), 401).path("code").asText()).as("without " + missing)
                    .isEqualTo("NOT_AUTHENTICATED");
        }
        json(api.get(signed(claims -> claims.issuer("https://elsewhere.example")), "/api/evaluations"), 401);
    }

    private String signed(UnaryOperator<JwtClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer("jixiao").subject("jd-auditor")
                .id(UUID.randomUUID().toString()).issuedAt(now).expiresAt(now.plus(Duration.ofHours(1)));
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                change.apply(claims).build())).getTokenValue();
    }

    private static void superseded(WebTestClient.ResponseSpec response) {
        JsonNode refused = json(response, 401);
        assertThat(refused.path("code").asText()).isEqualTo("SIGN_IN_SUPERSEDED");
        assertThat(refused.path("messageZh").asText()).contains("重新登录");
    }
}
