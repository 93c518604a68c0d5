package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.command.organization.OrganizationBootstrap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's organization over HTTP: an administrator adds an approver, the approver signs in, the role is revoked and
 * the old token stops counting at once, deactivation refuses the token outright, a rename keeps the form and its
 * history, and the organization's history names who granted and took each power and why.
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo=false", "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE})
class OrganizationWalkthroughTest {
    @Autowired
    WebTestClient client;
    @Autowired
    JwtEncoder encoder;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-organization");
        registry.add("jixiao.data-dir", dir::toString);
    }

    @Test
    void powersAreGivenAndTakenOnTheRecordAndTakingThemCountsAtOnce() throws Exception {
        Api api = new Api(client);
        String admin = api.login("jd-admin");
        String filler = api.login("at-center-filler");

        json(api.post(admin, "/api/organization/people", Map.of("personId", "at-gov-deputy", "name", "镇政府副审批人",
                "unitId", "AT-GOV", "roles", List.of("DEPARTMENT_APPROVER"), "password", "deputy-password",
                "reason", "借调期间代为审批")), 201);
        String deputy = tokenOf("at-gov-deputy", "deputy-password");
        assertThat(json(api.get(deputy, "/api/evaluations"), 403).path("code").asText())
                .as("a password the administrator set serves only to choose one's own")
                .isEqualTo("PASSWORD_CHANGE_REQUIRED");
        // the change ends the sign-in that asked for it and answers a fresh one
        deputy = json(api.post(deputy, "/api/auth/password", Map.of("currentPassword", "deputy-password",
                "newPassword", "deputy-own-password")), 200).path("token").asText();

        ObjectNode draft = Api.fixtureDraft("anting-2024.json", "信息化项目运维(信息安全三级等保)", "AT-GOV", "AT-CENTER");
        String id = json(api.post(filler, "/api/evaluations", draft), 201).path("evaluationId").asText();
        json(api.post(filler, "/api/evaluations/" + id + "/submit", Map.of("expectedVersion", 1)), 200);
        json(api.post(api.login("at-center-reviewer"), "/api/evaluations/" + id + "/approve",
                Map.of("expectedVersion", 2)), 200);
        JsonNode waiting = api.awaitForm(filler, id, f -> f.path("version").asLong() == 3);
        assertThat(waiting.path("nextActors").toString()).contains("at-gov-deputy");

        json(api.post(admin, "/api/organization/people/at-gov-deputy/revoke-role",
                Map.of("role", "DEPARTMENT_APPROVER", "reason", "借调结束")), 200);
        JsonNode refused = json(api.post(deputy, "/api/evaluations/" + id + "/approve",
                Map.of("expectedVersion", 3)), 403);
        assertThat(refused.path("code").asText()).isEqualTo("NOT_REVIEWER_AT_LEVEL");
        assertThat(json(api.get(deputy, "/api/evaluations/" + id), 403).path("code").asText())
                .as("their last role gone, they read nothing either").isEqualTo("NO_ROLE");
        assertThat(json(api.get(filler, "/api/evaluations/" + id), 200).path("version").asLong()).isEqualTo(3);

        json(api.post(admin, "/api/organization/people/at-gov-deputy/deactivate", Map.of("reason", "离开本单位")), 200);
        api.get(deputy, "/api/evaluations").expectStatus().isUnauthorized();
        client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "at-gov-deputy", "password", "deputy-own-password"))
                .exchange().expectStatus().isUnauthorized();

        JsonNode notTheirs = json(api.post(api.login("sj-admin"), "/api/organization/people/at-center-filler/grant-role",
                Map.of("role", "AUDITOR")), 403);
        assertThat(notTheirs.path("code").asText()).isEqualTo("NOT_ADMINISTRATOR_OVER_UNIT");
        assertThat(json(api.post(admin, "/api/organization/people/jd-admin/revoke-role",
                Map.of("role", "ADMINISTRATOR")), 403).path("code").asText()).isEqualTo("OWN_ACCOUNT");

        json(api.post(admin, "/api/organization/units/AT-CENTER/rename",
                Map.of("name", "上海市嘉定区安亭镇城市运行服务中心", "reason", "机构更名")), 200);
        JsonNode organization = json(api.get(filler, "/api/organization"), 200);
        assertThat(organization.path("units").get(0).path("name").asText()).isEqualTo("上海市嘉定区安亭镇城市运行服务中心");
        JsonNode history = json(api.get(filler, "/api/evaluations/" + id + "/history"), 200);
        assertThat(history.toString()).contains("at-center-reviewer");
        api.awaitJson(api.login("at-gov-approver"), "/api/dashboards/units/AT-GOV?fiscalYear=2024",
                dashboard -> dashboard.toString().contains(id));

        json(api.post(admin, "/api/organization/units/AT-CENTER/move", Map.of("parentId", "JD-FIN",
                "reason", "划归区财政局直管")), 200);
        String financeToken = api.login("jd-finance");
        JsonNode comparison = api.awaitJson(financeToken, "/api/comparisons/units/AT-CENTER?fromYear=2024&toYear=2024",
                years -> years.toString().contains("上海市嘉定区安亭镇城市运行服务中心"));
        assertThat(comparison.toString()).contains("2024");
        assertThat(json(api.get(filler, "/api/evaluations/" + id + "/history"), 200).toString())
                .contains("at-center-reviewer");
        assertThat(json(api.get(filler, "/api/organization"), 200).path("units").get(0).path("parentId").asText())
                .isEqualTo("JD-FIN");

        String auditor = api.login("jd-auditor");
        JsonNode changes = json(api.get(auditor, "/api/organization/history?unitId=AT-GOV"), 200);
        List<String> lines = new ArrayList<>();
        changes.forEach(e -> lines.add(e.path("action").asText() + " " + e.path("personId").asText(e.path("unitId")
                .asText()) + " " + e.path("role").asText("") + " by " + e.path("actor").path("id").asText() + " "
                + e.path("reason").asText("")));
        assertThat(lines.subList(0, 6)).containsExactly(
                "UNIT_MOVED AT-CENTER  by jd-admin 划归区财政局直管",
                "UNIT_RENAMED AT-CENTER  by jd-admin 机构更名",
                "PERSON_DEACTIVATED at-gov-deputy  by jd-admin 离开本单位",
                "ROLE_REVOKED at-gov-deputy DEPARTMENT_APPROVER by jd-admin 借调结束",
                "PASSWORD_CHANGED at-gov-deputy  by at-gov-deputy ",
                "PERSON_ADDED at-gov-deputy  by jd-admin 借调期间代为审批");
        assertThat(lines).anyMatch(line -> line.startsWith("PERSON_ADDED at-gov-approver  by system"));
        assertThat(changes.toString()).doesNotContain("bcrypt").doesNotContain("deputy-password")
                .doesNotContain("deputy-own-password");
        assertThat(changes.get(1).path("from").asText()).isEqualTo("上海市嘉定区安亭镇城市运行管理中心（AT-CENTER）");
        assertThat(changes.get(0).path("from").asText()).isEqualTo("上海市嘉定区安亭镇人民政府（AT-GOV）");

        assertThat(json(api.get(filler, "/api/organization/history?unitId=AT-CENTER"), 403).path("code").asText())
                .isEqualTo("ORGANIZATION_HISTORY_ROLE_REQUIRED");
    }

    @Test
    void aTamperedExpiredOrForeignTokenIsRefused() throws Exception {
        Api api = new Api(client);
        String token = api.login("at-center-filler");
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"unitId\":\"AT-CENTER\"", "\"unitId\":\"JD-FIN\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        api.get(tampered, "/api/evaluations").expectStatus().isUnauthorized();

        Instant past = Instant.now().minus(Duration.ofHours(9));
        String expired = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                JwtClaimsSet.builder().issuer("jixiao").subject("at-center-filler").issuedAt(past)
                        .expiresAt(past.plus(Duration.ofHours(8))).build())).getTokenValue();
        api.get(expired, "/api/evaluations").expectStatus().isUnauthorized();

        byte[] otherKey = new byte[32];
        new SecureRandom().nextBytes(otherKey);
        String foreign = new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(otherKey, "HmacSHA256")))
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                        JwtClaimsSet.builder().issuer("jixiao").subject("at-center-filler").issuedAt(Instant.now())
                                .expiresAt(Instant.now().plus(Duration.ofHours(1))).build())).getTokenValue();
        api.get(foreign, "/api/evaluations").expectStatus().isUnauthorized();

        api.get(token, "/api/evaluations").expectStatus().isOk();
        JsonNode payload = Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(Api.JSON.convertValue(payload, Map.class).keySet()).as("a token carries no more than needed")
                .containsExactlyInAnyOrder("iss", "sub", "jti", "iat", "exp", "name", "unitId", "roles");
    }

    private String tokenOf(String username, String password) {
        JsonNode body = Api.JSON.valueToTree(client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody());
        return body.path("token").asText();
    }
}
