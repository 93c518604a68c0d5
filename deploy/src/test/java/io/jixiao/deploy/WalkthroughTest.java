package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Map;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done means", through HTTP against the whole system on the embedded store: a filler drafts the
 * Anting 2024 信息安全三级等保 form from its fixture, amends an actual value and submits; the three reviewers of
 * its chain approve in turn; the form shows the published figures; a stale version, the filler approving and
 * an incomplete submission are refused as docs/DOMAIN.md "Workflow" says.
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo=false", "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE})
class WalkthroughTest {
    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-walkthrough");
        registry.add("jixiao.data-dir", dir::toString);
    }

    @Test
    void aFormGoesFromDraftToApprovedWithThePublishedFigures() throws Exception {
        Api api = new Api(client);
        String filler = api.login("at-center-filler");
        ObjectNode draft = Api.fixtureDraft("anting-2024.json", "信息化项目运维(信息安全三级等保)", "AT-GOV", "AT-CENTER");

        JsonNode created = json(api.post(filler, "/api/evaluations", draft), 201);
        String id = created.path("evaluationId").asText();
        assertThat(created.path("version").asLong()).isEqualTo(1);

        JsonNode form = api.awaitForm(filler, id, f -> f.path("version").asLong() == 1);
        String satisfaction = indicatorId(form, "使用人员满意度");
        JsonNode amended = json(api.put(filler, "/api/evaluations/" + id + "/indicators/" + satisfaction + "/actual",
                Map.of("actual", "96.00(%)", "expectedVersion", 1)), 200);
        assertThat(amended.path("version").asLong()).isEqualTo(2);

        JsonNode stale = json(api.put(filler, "/api/evaluations/" + id + "/indicators/" + satisfaction + "/actual",
                Map.of("actual", "97.00(%)", "expectedVersion", 1)), 409);
        assertThat(stale.path("code").asText()).isEqualTo("STALE_VERSION");
        assertThat(stale.path("messageZh").asText()).isNotBlank();

        assertThat(json(api.post(filler, "/api/evaluations/" + id + "/submit", Map.of("expectedVersion", 2)), 200)
                .path("version").asLong()).isEqualTo(3);

        JsonNode fillerApproves = json(api.post(filler, "/api/evaluations/" + id + "/approve",
                Map.of("expectedVersion", 3)), 403);
        assertThat(fillerApproves.path("code").asText()).isEqualTo("NOT_REVIEWER_AT_LEVEL");

        long version = 3;
        for (String reviewer : new String[]{"at-center-reviewer", "at-gov-approver", "jd-finance"}) {
            JsonNode approved = json(api.post(api.login(reviewer), "/api/evaluations/" + id + "/approve",
                    Map.of("comment", "同意", "expectedVersion", version)), 200);
            version = approved.path("version").asLong();
        }
        assertThat(version).isEqualTo(6);

        JsonNode approved = api.awaitForm(filler, id, f -> f.path("version").asLong() == 6);
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("funds").path("total").path("executionRate").asText()).isEqualTo("92.13");
        assertThat(approved.path("budgetExecution").path("score").asText()).isEqualTo("9.21");
        assertThat(approved.path("totalScore").asText()).isEqualTo("97.21");
        assertThat(approved.path("grade").asText()).isEqualTo("优");
        assertThat(approved.path("funds").path("total").path("executed").asText()).isEqualTo("24.83");
        assertThat(approved.path("nextActors")).isEmpty();
    }

    @Test
    void anIncompleteFormIsRefusedWithEveryProblemAndNothingChanges() throws Exception {
        Api api = new Api(client);
        String filler = api.login("at-center-filler");
        ObjectNode draft = Api.fixtureDraft("anting-2024.json", "信息化项目运维(信息安全三级等保)", "AT-GOV", "AT-CENTER");
        draft.put("fiscalYear", 2025); // the unit's 2024 form of this project is the other test's
        ((ObjectNode) draft.path("indicators").get(0)).putNull("score");
        ((ObjectNode) draft.path("indicators").get(1)).putNull("actual");
        String id = json(api.post(filler, "/api/evaluations", draft), 201).path("evaluationId").asText();

        JsonNode refused = json(api.post(filler, "/api/evaluations/" + id + "/submit", Map.of("expectedVersion", 1)),
                422);
        assertThat(refused.path("code").asText()).isEqualTo("FORM_INCOMPLETE");
        assertThat(refused.path("details").path("problems").size()).isGreaterThanOrEqualTo(2);

        JsonNode form = api.awaitForm(filler, id, f -> f.path("version").asLong() == 1);
        assertThat(form.path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void aUnitHasOneFormPerProjectAndYearAndASecondDraftIsToldWhichFormItHas() throws Exception {
        Api api = new Api(client);
        String filler = api.login("at-center-filler");
        ObjectNode draft = Api.fixtureDraft("anting-2024.json", "其他专项工作经费(司法调解员费)", "AT-GOV", "AT-CENTER");
        draft.put("projectCode", "AT-WALK-01");
        String first = json(api.post(filler, "/api/evaluations", draft), 201).path("evaluationId").asText();

        JsonNode again = json(api.post(filler, "/api/evaluations", draft), 409);
        assertThat(again.path("code").asText()).isEqualTo("DUPLICATE_PROJECT_YEAR");
        assertThat(again.path("details").path("evaluationId").asText()).isEqualTo(first);
        assertThat(again.path("message").asText()).contains(first);
        assertThat(again.path("messageZh").asText()).contains(first);

        ObjectNode typedOtherwise = draft.deepCopy().put("projectName", "其他专项工作经费 （司法调解员费）");
        typedOtherwise.remove("projectCode");
        JsonNode sameName = json(api.post(filler, "/api/evaluations", typedOtherwise), 409);
        assertThat(sameName.path("details").path("evaluationId").asText()).isEqualTo(first);
        assertThat(sameName.path("details").path("matchedBy").asText()).isEqualTo("projectName");

        json(api.post(filler, "/api/evaluations", draft.deepCopy().put("fiscalYear", 2023)), 201);
    }

    @Test
    void requestsWithoutAValidTokenAreRefused() {
        Api api = new Api(client);
        JsonNode anonymous = json(api.get("not-a-token", "/api/evaluations"), 401);
        assertThat(anonymous.path("code").asText()).isEqualTo("NOT_AUTHENTICATED");
        JsonNode badPassword = json(client.post().uri("/api/auth/token")
                .bodyValue(Map.of("username", "at-center-filler", "password", "wrong")).exchange(), 401);
        assertThat(badPassword.path("code").asText()).isEqualTo("BAD_CREDENTIALS");
    }

    @Test
    void malformedInputNamesTheField() {
        Api api = new Api(client);
        String filler = api.login("at-center-filler");
        JsonNode badAmount = json(api.post(filler, "/api/evaluations", Map.of("fiscalYear", 2024, "projectName", "x",
                "competentDepartmentId", "AT-GOV", "implementingUnitId", "AT-CENTER", "amountUnit", "YUAN",
                "funds", Map.of("total", Map.of("executed", "abc")))), 400);
        assertThat(badAmount.path("details").path("field").asText()).isEqualTo("funds.total.executed");
        JsonNode noVersion = json(api.post(filler, "/api/evaluations/x/submit", Map.of()), 400);
        assertThat(noVersion.path("details").path("field").asText()).isEqualTo("expectedVersion");
        JsonNode absurdYear = json(api.post(filler, "/api/evaluations", Map.of("fiscalYear", 99999999999L)), 400);
        assertThat(absurdYear.path("details").path("field").asText()).isEqualTo("fiscalYear");
        JsonNode injection = json(api.post(filler, "/api/evaluations", Map.of("projectName", Map.of("$ne", 1))), 400);
        assertThat(injection.path("details").path("field").asText()).isEqualTo("projectName");
        JsonNode oversized = json(api.post(filler, "/api/evaluations", Map.of("projectName", "x".repeat(2_000_000))),
                413);
        assertThat(oversized.path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
        JsonNode nowhere = json(api.get(filler, "/api/nothing-here"), 404);
        assertThat(nowhere.path("messageZh").asText()).isNotBlank();
    }

    private static String indicatorId(JsonNode form, String name) {
        for (JsonNode indicator : form.path("indicators")) {
            if (indicator.path("name").asText().equals(name)) {
                return indicator.path("indicatorId").asText();
            }
        }
        throw new AssertionError("No indicator " + name + " in " + form);
    }
}
