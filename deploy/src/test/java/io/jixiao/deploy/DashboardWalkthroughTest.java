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
import reactor.test.StepVerifier;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboards and comparisons through HTTP against the whole system. AT-CENTER drafts two Anting 2024 forms from
 * the fixtures and the 信息安全三级等保 form once more as 2023 (its name typed with full-width brackets, other
 * figures); the 2023 form is returned, amended and submitted again. The 2024 deadline is configured far away; the
 * 2023 one is the default, long past.
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo=false", "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE,
                "jixiao.deadlines.2024=2999-03-31"})
class DashboardWalkthroughTest {
    private static final String SECURITY = "信息化项目运维(信息安全三级等保)";
    private static final String MEDIATORS = "其他专项工作经费(司法调解员费)";

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-dashboards");
        registry.add("jixiao.data-dir", dir::toString);
    }

    @Test
    void dashboardsComparisonsAndALiveStreamFollowTheFormsOfTwoYears() throws Exception {
        Api api = new Api(client);
        String filler = api.login("at-center-filler");
        String centerReviewer = api.login("at-center-reviewer");
        String govApprover = api.login("at-gov-approver");
        String finance = api.login("jd-finance");

        String security2024 = draft(api, filler, Api.fixtureDraft("anting-2024.json", SECURITY, "AT-GOV", "AT-CENTER"));
        String mediators2024 = draft(api, filler, Api.fixtureDraft("anting-2024.json", MEDIATORS, "AT-GOV", "AT-CENTER"));
        String security2023 = draft(api, filler, lastYear(Api.fixtureDraft("anting-2024.json", SECURITY, "AT-GOV",
                "AT-CENTER")));

        assertThat(command(api, filler, security2024, "submit", Map.of("expectedVersion", 1))).isEqualTo(2);
        assertThat(command(api, centerReviewer, security2024, "approve", Map.of("expectedVersion", 2))).isEqualTo(3);
        assertThat(command(api, filler, security2023, "submit", Map.of("expectedVersion", 1))).isEqualTo(2);
        assertThat(command(api, centerReviewer, security2023, "return",
                Map.of("reason", "使用人员满意度须据实填写", "expectedVersion", 2))).isEqualTo(3);
        JsonNode form2023 = api.awaitForm(filler, security2023, f -> f.path("version").asLong() == 3);
        String satisfaction = indicatorId(form2023, "使用人员满意度");
        assertThat(json(api.put(filler, "/api/evaluations/" + security2023 + "/indicators/" + satisfaction + "/actual",
                Map.of("actual", "93.00(%)", "reason", "按问卷结果更正", "expectedVersion", 3)), 200)
                .path("version").asLong()).isEqualTo(4);
        assertThat(command(api, filler, security2023, "submit", Map.of("expectedVersion", 4))).isEqualTo(5);

        JsonNode jiading = api.awaitJson(finance, "/api/dashboards/units/JD-FIN?fiscalYear=2024",
                versions(Map.of(security2024, 3L, mediators2024, 1L)));
        JsonNode totals = jiading.path("totals");
        assertThat(totals.path("forms").path("count").asInt()).isEqualTo(2);
        assertThat(ids(totals.path("byStatus").path("DRAFT"))).containsExactly(mediators2024);
        assertThat(ids(totals.path("byStatus").path("UNDER_REVIEW"))).containsExactly(security2024);
        assertThat(ids(totals.path("underReviewByLevel").path("DEPARTMENT"))).containsExactly(security2024);
        assertThat(totals.path("overdue").path("count").asInt()).isZero();
        assertThat(jiading.path("deadline").path("date").asText()).isEqualTo("2999-03-31");
        assertThat(jiading.path("deadline").path("configured").asBoolean()).isTrue();
        // 26.95 + 32.97 万元 budgeted, 24.83 + 32.97 executed: summed in 元.
        assertThat(totals.path("funds").path("adjustedBudget").path("yuan").asText()).isEqualTo("599200.00");
        assertThat(totals.path("funds").path("adjustedBudget").path("tenThousandYuan").asText()).isEqualTo("59.92");
        assertThat(totals.path("funds").path("executed").path("yuan").asText()).isEqualTo("578000.00");
        assertThat(totals.path("funds").path("executionRate").asText()).isEqualTo("96.46");
        assertThat(totals.path("scores").path("averageScore").asText()).isEqualTo("97.21");
        assertThat(ids(totals.path("scores").path("grades").path("优"))).containsExactly(security2024);
        assertThat(jiading.path("byUnit").findValuesAsText("unitId")).containsExactly("JD-FIN", "AT-GOV", "AT-CENTER");

        JsonNode anting2023 = api.awaitJson(govApprover, "/api/dashboards/units/AT-GOV?fiscalYear=2023",
                versions(Map.of(security2023, 5L)));
        JsonNode totals2023 = anting2023.path("totals");
        assertThat(ids(totals2023.path("underReviewByLevel").path("UNIT"))).containsExactly(security2023);
        assertThat(totals2023.path("changesAfterSubmission").path("figures").asInt()).isEqualTo(1);
        assertThat(ids(totals2023.path("changesAfterSubmission").path("forms"))).containsExactly(security2023);
        assertThat(ids(totals2023.path("failingChecks").path("CHANGED_AFTER_SUBMISSION"))).containsExactly(security2023);
        assertThat(anting2023.path("deadline").path("passed").asBoolean()).isTrue();
        assertThat(totals2023.path("overdue").path("count").asInt()).isZero();
        assertThat(ids(totals2023.path("submittedLate"))).containsExactly(security2023);

        JsonNode years = json(api.get(govApprover, "/api/comparisons/units/AT-CENTER?fromYear=2023&toYear=2024"), 200);
        assertThat(years.path("years").findValuesAsText("fiscalYear")).containsExactly("2023", "2024");
        assertThat(ids(years.path("years").get(0).path("figures").path("forms"))).containsExactly(security2023);
        assertThat(years.path("years").get(1).path("figures").path("forms").path("count").asInt()).isEqualTo(2);
        assertThat(years.path("years").get(1).path("changeFromPreviousYear").path("forms").asInt()).isEqualTo(1);

        JsonNode project = json(api.get(filler, "/api/comparisons/projects?unitId=AT-CENTER&projectName=" + SECURITY), 200);
        assertThat(project.path("matchedBy").asText()).isEqualTo("NORMALIZED_NAME");
        assertThat(project.path("years").findValuesAsText("evaluationId")).containsExactly(security2023, security2024);
        assertThat(project.path("years").get(0).path("projectName").asText()).isEqualTo("信息化项目运维（信息安全三级等保）");
        assertThat(project.path("years").get(0).path("adjustedBudget").path("tenThousandYuan").asText()).isEqualTo("30.00");
        assertThat(project.path("years").get(0).path("executionRate").asText()).isEqualTo("80.00");
        assertThat(project.path("years").get(1).path("totalScore").asText()).isEqualTo("97.21");
        JsonNode satisfactionYears = indicator(project, "使用人员满意度").path("years");
        assertThat(satisfactionYears.findValuesAsText("actual")).containsExactly("93.00(%)", "95.00(%)");

        JsonNode forbidden = json(api.get(api.login("sj-office-filler"), "/api/dashboards/units/AT-GOV?fiscalYear=2024"), 403);
        assertThat(forbidden.path("code").asText()).isEqualTo("FORBIDDEN_UNIT");
        assertThat(forbidden.path("messageZh").asText()).isNotBlank();

        StepVerifier.create(api.events(govApprover, "/api/dashboards/units/AT-GOV/stream?fiscalYear=2024"))
                .assertNext(first -> assertThat(ids(first.path("totals").path("byStatus").path("DRAFT")))
                        .containsExactly(mediators2024))
                .then(() -> assertThat(command(api, filler, mediators2024, "submit", Map.of("expectedVersion", 1)))
                        .isEqualTo(2))
                .thenConsumeWhile(dashboard -> !ids(dashboard.path("totals").path("byStatus").path("UNDER_REVIEW"))
                        .contains(mediators2024))
                .assertNext(changed -> assertThat(ids(changed.path("totals").path("byStatus").path("DRAFT"))).isEmpty())
                .thenCancel()
                .verify(Duration.ofSeconds(30));
    }

    /** The fixture form as a 2023 form: its name typed with full-width brackets, 30.00 budgeted and 24.00 spent. */
    private static ObjectNode lastYear(ObjectNode form) {
        form.put("fiscalYear", 2023);
        form.put("projectName", "信息化项目运维（信息安全三级等保）");
        for (String row : List.of("total", "currentYearAppropriation")) {
            ObjectNode line = (ObjectNode) form.path("funds").path(row);
            line.put("initialBudget", "30.00");
            line.put("adjustedBudget", "30.00");
            line.put("executed", "24.00");
        }
        return form;
    }

    private static String draft(Api api, String token, ObjectNode body) {
        return json(api.post(token, "/api/evaluations", body), 201).path("evaluationId").asText();
    }

    private static long command(Api api, String token, String evaluationId, String action, Map<String, Object> body) {
        return json(api.post(token, "/api/evaluations/" + evaluationId + "/" + action, body), 200).path("version").asLong();
    }

    /** The dashboard lists each of these forms at exactly this version. */
    private static Predicate<JsonNode> versions(Map<String, Long> expected) {
        return dashboard -> {
            int found = 0;
            for (JsonNode form : dashboard.path("forms")) {
                Long version = expected.get(form.path("evaluationId").asText());
                if (version != null && version == form.path("version").asLong()) {
                    found++;
                }
            }
            return found == expected.size();
        };
    }

    private static List<String> ids(JsonNode formSet) {
        List<String> ids = new ArrayList<>();
        formSet.path("evaluationIds").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static JsonNode indicator(JsonNode comparison, String normalizedName) {
        for (JsonNode indicator : comparison.path("indicators")) {
            if (indicator.path("normalizedName").asText().equals(normalizedName)) {
                return indicator;
            }
        }
        throw new AssertionError("No indicator " + normalizedName + " in " + comparison);
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
