package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.platform.organization.EventSourcedOrganizationDirectory;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Unit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's "never the demo organization in production": started with {@code jixiao.demo=false} and no organization
 * file, an installation holds one finance bureau and its administrator, whose install-time password serves only to
 * choose their own; the demo people do not exist. A person changes their own password (the old one stops working;
 * a wrong current one or a weak new one is refused and stores nothing), and a password an administrator sets must be
 * changed by its person again. Without a given password, a one-time one is written to the data directory for its
 * owner only. (With {@code jixiao.demo=true} the demo organization is loaded: {@code DemoDataTest}.)
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jixiao.demo=false",
        "jixiao.first-admin.password=given-at-install",
        "jixiao.first-admin.unit-id=QP-FIN",
        "jixiao.first-admin.unit-name=上海市青浦区财政局"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstAdministratorTest {
    private static final String GIVEN = "given-at-install";

    @Autowired
    WebTestClient client;
    @Autowired
    EventSourcedOrganizationDirectory directory;
    @Value("${jixiao.data-dir}")
    Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-first-admin");
        registry.add("jixiao.data-dir", dir::toString);
    }

    @Test
    @Order(1)
    void onlyTheFirstAdministratorExistsAndMustChooseTheirOwnPasswordBeforeAnythingElse() {
        assertThat(directory.current().units()).extracting(Unit::id, Unit::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("QP-FIN", "上海市青浦区财政局"));
        assertThat(directory.current().people()).extracting(Person::id).containsExactly("admin");
        for (String demoUser : List.of("at-center-filler", "jd-admin", "sj-admin")) {
            assertThat(json(signIn(demoUser, "jixiao-demo"), 401).path("code").asText()).isEqualTo("BAD_CREDENTIALS");
        }
        assertThat(dataDir.resolve("first-admin-password.txt")).as("the password was given: no file").doesNotExist();

        JsonNode signedIn = json(signIn("admin", GIVEN), 200);
        assertThat(signedIn.path("user").path("mustChangePassword").asBoolean()).isTrue();
        String token = signedIn.path("token").asText();
        Api api = new Api(client);
        for (WebTestClient.ResponseSpec call : List.of(api.get(token, "/api/organization"),
                api.get(token, "/api/evaluations"), api.get(token, "/api/organization/history"),
                api.post(token, "/api/organization/units", Map.of("unitId", "QP-GOV", "name", "青浦某局",
                        "kind", "COMPETENT_DEPARTMENT", "parentId", "QP-FIN")))) {
            JsonNode refused = json(call, 403);
            assertThat(refused.path("code").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
            assertThat(refused.path("messageZh").asText()).contains("修改密码");
        }

        long before = directory.version();
        JsonNode wrong = json(changePassword(token, "not-the-password", "my-own-password-1"), 403);
        assertThat(wrong.path("code").asText()).isEqualTo("WRONG_CURRENT_PASSWORD");
        assertThat(wrong.path("messageZh").asText()).isNotBlank();
        JsonNode weak = json(changePassword(token, GIVEN, "short"), 400);
        assertThat(weak.path("code").asText()).isEqualTo("WEAK_PASSWORD");
        assertThat(weak.path("details").path("rule").asText()).isEqualTo("MIN_LENGTH");
        assertThat(json(changePassword(token, GIVEN, GIVEN), 400).path("details").path("rule").asText())
                .isEqualTo("SAME_AS_CURRENT");
        directory.catchUp();
        assertThat(directory.version()).as("a refused change stores nothing").isEqualTo(before);

        String handedOver = token;
        token = json(changePassword(token, GIVEN, "my-own-password-1"), 200).path("token").asText();
        assertThat(json(api.get(handedOver, "/api/organization"), 401).path("code").asText())
                .as("the change ends the sign-in that asked for it").isEqualTo("SIGN_IN_SUPERSEDED");
        assertThat(json(signIn("admin", GIVEN), 401).path("code").asText()).isEqualTo("BAD_CREDENTIALS");
        JsonNode again = json(signIn("admin", "my-own-password-1"), 200);
        assertThat(again.path("user").path("mustChangePassword").asBoolean()).isFalse();
        JsonNode organization = json(api.get(token, "/api/organization"), 200);
        assertThat(organization.path("people")).hasSize(1);

        JsonNode history = json(api.get(token, "/api/organization/history?personId=admin"), 200);
        assertThat(history.get(0).path("action").asText()).isEqualTo("PASSWORD_CHANGED");
        assertThat(history.get(0).path("actor").path("id").asText()).isEqualTo("admin");
        assertThat(history.toString()).doesNotContain("bcrypt").doesNotContain("my-own-password-1")
                .doesNotContain(GIVEN);
    }

    @Test
    @Order(2)
    void aPasswordAnAdministratorSetsMustBeChangedByItsPersonAgainAfterAReset() {
        String admin = adminWithOwnPassword();
        Api api = new Api(client);
        json(api.post(admin, "/api/organization/people", Map.of("personId", "qp-filler", "name", "青浦填报员",
                "unitId", "QP-FIN", "roles", List.of("FILLER"), "password", "handed-over-1")), 201);
        JsonNode added = json(signIn("qp-filler", "handed-over-1"), 200);
        assertThat(added.path("user").path("mustChangePassword").asBoolean()).isTrue();
        String filler = json(changePassword(added.path("token").asText(), "handed-over-1", "fillers-own-1"), 200)
                .path("token").asText();
        json(api.get(filler, "/api/evaluations"), 200);

        json(api.post(admin, "/api/organization/people/qp-filler/password", Map.of("password", "handed-over-2",
                "reason", "忘记密码")), 200);
        assertThat(json(api.get(filler, "/api/evaluations"), 401).path("code").asText())
                .as("the reset ends the sign-ins before it").isEqualTo("SIGN_IN_SUPERSEDED");
        assertThat(json(signIn("qp-filler", "handed-over-2"), 200).path("user").path("mustChangePassword")
                .asBoolean()).isTrue();
        assertThat(json(api.post(admin, "/api/organization/people/qp-filler/password",
                Map.of("password", "qp-filler")), 400).path("details").path("rule").asText())
                .isEqualTo("MIN_LENGTH");
    }

    /** The first administrator, having chosen their own password (whether or not the test before did it). */
    private String adminWithOwnPassword() {
        byte[] own = signIn("admin", "my-own-password-1").expectBody().returnResult().getResponseBodyContent();
        JsonNode signedIn;
        try {
            signedIn = Api.JSON.readTree(own);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        if (!signedIn.has("token")) {
            String token = json(signIn("admin", GIVEN), 200).path("token").asText();
            json(changePassword(token, GIVEN, "my-own-password-1"), 200);
            signedIn = json(signIn("admin", "my-own-password-1"), 200);
        }
        return signedIn.path("token").asText();
    }

    private WebTestClient.ResponseSpec signIn(String username, String password) {
        return client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange();
    }

    private WebTestClient.ResponseSpec changePassword(String token, String current, String next) {
        return new Api(client).post(token, "/api/auth/password",
                Map.of("currentPassword", current, "newPassword", next));
    }

    /** A second installation, started without any password: a one-time one is generated into the data directory. */
    @Nested
    @TestPropertySource(properties = "jixiao.first-admin.password=")
    class WithoutAGivenPassword {
        @Autowired
        WebTestClient generated;
        @Value("${jixiao.data-dir}")
        Path generatedDataDir;

        @Test
        void aOneTimePasswordIsWrittenForTheOwnerOnlyAndMustBeChanged() throws IOException {
            Path secret = generatedDataDir.resolve("first-admin-password.txt");
            assertThat(secret).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
            List<String> lines = Files.readAllLines(secret);
            assertThat(lines).contains("user: admin");
            String password = lines.stream().filter(line -> line.startsWith("password: ")).findFirst().orElseThrow()
                    .substring("password: ".length());
            assertThat(password).hasSizeGreaterThanOrEqualTo(20).doesNotContain(GIVEN);

            JsonNode signedIn = json(generated.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("username", "admin", "password", password)).exchange(), 200);
            assertThat(signedIn.path("user").path("mustChangePassword").asBoolean()).isTrue();
            assertThat(json(new Api(generated).get(signedIn.path("token").asText(), "/api/evaluations"), 403)
                    .path("code").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        }
    }
}
