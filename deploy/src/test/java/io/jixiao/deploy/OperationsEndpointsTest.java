package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.command.organization.OrganizationBootstrap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 item 7: {@code /actuator} beyond the health probe answers exactly those who may read the same figures
 * under {@code /api/admin/processors} (administrators and finance reviewers), and its info is read as written.
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"jixiao.demo=false",
        "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE})
class OperationsEndpointsTest {
    private static final List<String> OPERATIONS = List.of("/actuator/processors", "/actuator/metrics",
            "/actuator/metrics/jixiao.eventstore.head", "/actuator/info", "/api/admin/processors");

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        registry.add("jixiao.data-dir", Files.createTempDirectory("jixiao-operations")::toString);
    }

    @Test
    void theActuatorAndTheAdminApiAnswerTheSameRoles() {
        Api api = new Api(client);
        for (String user : List.of("at-center-filler", "at-center-reviewer", "at-gov-approver", "jd-auditor")) {
            String token = api.login(user);
            for (String path : OPERATIONS) {
                int status = api.get(token, path).expectBody().returnResult().getStatus().value();
                assertThat(status).as(user + " " + path).isEqualTo(403);
            }
        }
        for (String user : List.of("jd-finance", "jd-admin")) {
            String token = api.login(user);
            for (String path : OPERATIONS) {
                int status = api.get(token, path).expectBody().returnResult().getStatus().value();
                assertThat(status).as(user + " " + path).isEqualTo(200);
            }
        }
        for (String path : OPERATIONS) {
            assertThat(client.get().uri(path).exchange().expectBody().returnResult().getStatus().value())
                    .as("without a token " + path).isEqualTo(401);
        }
        // UP, or OUT_OF_SERVICE while the read models catch up after start: open either way
        int health = client.get().uri("/actuator/health").exchange().expectBody().returnResult().getStatus().value();
        assertThat(health).as("the health probe stays open").isIn(200, 503);
    }

    @Test
    void infoNamesTheApplicationInChinese() {
        Api api = new Api(client);
        JsonNode info = json(api.get(api.login("jd-admin"), "/actuator/info"), 200);
        assertThat(info.path("app").path("name").asText()).isEqualTo("Jixiao 绩效自评");
    }
}
