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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 "nothing derived goes stale", over HTTP: right after a unit is renamed or moved or a role granted or
 * revoked (the command answered, no event of any form since), the form, the list, "my work", the dashboards, an open
 * dashboard stream and the audit search answer the organization as it is now; and so they do after every read
 * model was rebuilt.
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo=false", "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE,
                "jixiao.streams.access-check-interval=200ms"})
class OrganizationChangesTest {
    private static final String NEW_DEPARTMENT = "AT-NEW";

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-organization-changes");
        registry.add("jixiao.data-dir", dir::toString);
    }

    @Test
    void everyAnswerFollowsTheOrganizationAtOnceLiveAndAfterARebuild() throws Exception {
        Api api = new Api(client);
        String admin = api.login("jd-admin");
        String id = formAwaitingTheDepartment(api);
        json(api.post(admin, "/api/organization/units", Map.of("unitId", NEW_DEPARTMENT, "name", "安亭镇新设部门",
                "kind", "COMPETENT_DEPARTMENT", "parentId", "JD-FIN", "reason", "机构调整")), 201);
        json(api.post(admin, "/api/organization/people", Map.of("personId", "at-gov-deputy", "name", "镇政府副审批人",
                "unitId", "AT-GOV", "roles", List.of("AUDITOR"), "password", "deputy-password")), 201);
        String deputy = json(api.post(api.login("at-gov-deputy", "deputy-password"), "/api/auth/password",
                Map.of("currentPassword", "deputy-password", "newPassword", "deputy-own-password")), 200)
                .path("token").asText();
        api.awaitProcessorsCaughtUp(admin);

        renamedEverywhere(api, id, "上海市嘉定区安亭镇城市运行服务中心");
        whoMustActFollowsTheRoles(api, id, deputy);
        movedUnderAnotherParent(api, id);

        for (JsonNode processor : api.awaitProcessorsCaughtUp(admin)) {
            if (!processor.path("kind").asText().equals("subscribing")) {
                json(api.post(admin, "/api/admin/processors/" + processor.path("name").asText() + "/reset",
                        Map.of()), 202);
            }
        }
        api.awaitProcessorsCaughtUp(admin);
        renamedEverywhere(api, id, "上海市嘉定区安亭镇城市运行保障中心");
        whoMustActFollowsTheRoles(api, id, deputy);
    }

    /** A form of AT-CENTER with a figure amended (for the audit search), approved by its unit. */
    private static String formAwaitingTheDepartment(Api api) throws Exception {
        String filler = api.login("at-center-filler");
        ObjectNode draft = Api.fixtureDraft("anting-2024.json", "信息化项目运维(信息安全三级等保)", "AT-GOV", "AT-CENTER");
        String id = json(api.post(filler, "/api/evaluations", draft), 201).path("evaluationId").asText();
        JsonNode form = api.awaitForm(filler, id, f -> f.path("version").asLong() == 1);
        String indicator = form.path("indicators").get(0).path("indicatorId").asText();
        json(api.put(filler, "/api/evaluations/" + id + "/indicators/" + indicator + "/actual",
                Map.of("actual", "96.00(%)", "expectedVersion", 1)), 200);
        json(api.post(filler, "/api/evaluations/" + id + "/submit", Map.of("expectedVersion", 2)), 200);
        json(api.post(api.login("at-center-reviewer"), "/api/evaluations/" + id + "/approve",
                Map.of("expectedVersion", 3)), 200);
        return id;
    }

    private static void renamedEverywhere(Api api, String id, String name) {
        json(api.post(api.login("jd-admin"), "/api/organization/units/AT-CENTER/rename",
                Map.of("name", name, "reason", "机构更名")), 200);
        String approver = api.login("at-gov-approver");
        String parent = parentOf(api, "AT-CENTER");

        assertThat(json(api.get(approver, "/api/evaluations/" + id), 200).path("implementingUnitName").asText())
                .as("the form").isEqualTo(name);
        assertThat(only(json(api.get(approver, "/api/evaluations?fiscalYear=2024"), 200), id)
                .path("implementingUnitName").asText()).as("the list").isEqualTo(name);
        assertThat(workOf(api, approver, "at-gov-approver")).as("my work").containsExactly(id + " " + name);
        assertThat(only(json(api.get(api.login("jd-finance"), "/api/dashboards/units/" + parent + "?fiscalYear=2024"),
                200).path("forms"), id).path("implementingUnitName").asText()).as("the dashboard").isEqualTo(name);
        JsonNode changes = json(api.get(api.login("jd-auditor"), "/api/audit/changes?unitId=" + parent), 200)
                .path("changes");
        assertThat(changes).isNotEmpty();
        changes.forEach(change -> assertThat(change.path("implementingUnitName").asText()).as("the audit search")
                .isEqualTo(name));
    }

    private static void whoMustActFollowsTheRoles(Api api, String id, String deputy) {
        String admin = api.login("jd-admin");
        String filler = api.login("at-center-filler");
        json(api.post(admin, "/api/organization/people/at-gov-deputy/grant-role",
                Map.of("role", "DEPARTMENT_APPROVER", "reason", "代为审批")), 200);
        assertThat(names(json(api.get(filler, "/api/evaluations/" + id), 200).path("nextActors")))
                .containsExactly("at-gov-approver", "at-gov-deputy");
        assertThat(workOf(api, deputy, "at-gov-deputy")).hasSize(1);

        json(api.post(admin, "/api/organization/people/at-gov-deputy/revoke-role",
                Map.of("role", "DEPARTMENT_APPROVER", "reason", "代为审批结束")), 200);
        assertThat(names(json(api.get(filler, "/api/evaluations/" + id), 200).path("nextActors")))
                .containsExactly("at-gov-approver");
        assertThat(workOf(api, deputy, "at-gov-deputy")).isEmpty();
    }

    /** AT-CENTER from AT-GOV to AT-NEW: its form counts under the new parent at once, also on an open stream. */
    private static void movedUnderAnotherParent(Api api, String id) {
        String finance = api.login("jd-finance");
        String auditor = api.login("jd-auditor");
        Iterator<JsonNode> newParent = api.events(finance,
                "/api/dashboards/units/" + NEW_DEPARTMENT + "/stream?fiscalYear=2024").take(2).toIterable().iterator();
        Iterator<JsonNode> oldParent = api.events(finance, "/api/dashboards/units/AT-GOV/stream?fiscalYear=2024")
                .take(2).toIterable().iterator();
        assertThat(newParent.next().path("forms").toString()).doesNotContain(id);
        assertThat(oldParent.next().path("forms").toString()).contains(id);

        json(api.post(api.login("jd-admin"), "/api/organization/units/AT-CENTER/move",
                Map.of("parentId", NEW_DEPARTMENT, "reason", "划归新设部门")), 200);

        assertThat(json(api.get(finance, "/api/dashboards/units/" + NEW_DEPARTMENT + "?fiscalYear=2024"), 200)
                .path("forms").toString()).contains(id);
        assertThat(json(api.get(finance, "/api/dashboards/units/AT-GOV?fiscalYear=2024"), 200)
                .path("forms").toString()).doesNotContain(id);
        assertThat(json(api.get(auditor, "/api/audit/changes?unitId=" + NEW_DEPARTMENT), 200)
                .path("total").asLong()).isPositive();
        assertThat(json(api.get(auditor, "/api/audit/changes?unitId=AT-GOV"), 200).path("total").asLong()).isZero();
        assertThat(newParent.next().path("forms").toString()).as("the new parent's open dashboard").contains(id);
        assertThat(oldParent.next().path("forms").toString()).as("the old parent's open dashboard")
                .doesNotContain(id);
    }

    private static String parentOf(Api api, String unitId) {
        for (JsonNode unit : json(api.get(api.login("jd-admin"), "/api/organization"), 200).path("units")) {
            if (unit.path("id").asText().equals(unitId)) {
                return unit.path("parentId").asText();
            }
        }
        throw new AssertionError("No unit " + unitId);
    }

    /** "My work" as its page makes it: the listed forms naming the person among those who must act next. */
    private static List<String> workOf(Api api, String token, String personId) {
        List<String> work = new ArrayList<>();
        for (JsonNode form : json(api.get(token, "/api/evaluations"), 200)) {
            if (names(form.path("nextActors")).contains(personId)) {
                work.add(form.path("evaluationId").asText() + " " + form.path("implementingUnitName").asText());
            }
        }
        return work;
    }

    private static JsonNode only(JsonNode forms, String id) {
        for (JsonNode form : forms) {
            if (form.path("evaluationId").asText().equals(id)) {
                return form;
            }
        }
        throw new AssertionError("No form " + id + " in " + forms);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }
}
