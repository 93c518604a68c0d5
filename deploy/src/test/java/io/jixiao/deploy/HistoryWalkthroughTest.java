package io.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.command.organization.OrganizationBootstrap;
import org.axonframework.eventsourcing.eventstore.EventStore;
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
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.jixiao.deploy.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's history through HTTP against the whole system on the embedded store: the Anting 2024 信息安全三级等保
 * form is drafted, amended, submitted, returned with a reason, amended again with reasons, resubmitted and passed
 * by the three reviewers of its chain. Its history shows every step with its actor and reason; the form before the
 * return shows the old figures; the diff names exactly the changed figures; the audit search finds the amendments
 * made after submission; a filler of another district cannot read any of it. Snapshots are taken every 3 events,
 * so the history is seen to come from the first event and not from the latest snapshot.
 */
// Closed after this class: contexts left open to the end of the run must all shut down within surefire's 30 s.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo=false", "jixiao.organization-file=" + OrganizationBootstrap.DEMO_ORGANIZATION_FILE,
                "jixiao.snapshot-threshold=3"})
class HistoryWalkthroughTest {
    private static final String SATISFACTION = "使用人员满意度";

    @Autowired
    WebTestClient client;

    @Autowired
    EventStore eventStore;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("jixiao-history");
        registry.add("jixiao.data-dir", dir::toString);
    }

    @Test
    void aReturnedAndCorrectedFormShowsItsWholePast() throws Exception {
        Api api = new Api(client);
        String filler = api.login("at-center-filler");
        ObjectNode draft = Api.fixtureDraft("anting-2024.json", "信息化项目运维(信息安全三级等保)", "AT-GOV", "AT-CENTER");
        String id = json(api.post(filler, "/api/evaluations", draft), 201).path("evaluationId").asText();
        String form = "/api/evaluations/" + id;
        String satisfaction = indicatorId(api.awaitForm(filler, id, f -> f.path("version").asLong() == 1));

        long version = command(api.put(filler, form + "/indicators/" + satisfaction + "/actual",
                Map.of("actual", "96.00(%)", "expectedVersion", 1)));
        version = command(api.post(filler, form + "/submit", Map.of("comment", "请审核", "expectedVersion", version)));
        version = command(api.post(api.login("at-center-reviewer"), form + "/approve",
                Map.of("comment", "同意", "expectedVersion", version)));
        assertThat(version).isEqualTo(4);
        version = command(api.post(api.login("at-gov-approver"), form + "/return",
                Map.of("reason", "满意度须附问卷统计", "expectedVersion", version)));
        version = command(api.put(filler, form + "/indicators/" + satisfaction + "/actual",
                Map.of("actual", "85.00(%)", "reason", "按问卷统计更正", "expectedVersion", version)));
        version = command(api.put(filler, form + "/indicators/" + satisfaction + "/score",
                Map.of("score", "9.44", "deviation", "满意度未达预期，将改进服务", "reason", "按实际完成值重新评分",
                        "expectedVersion", version)));
        version = command(api.put(filler, form + "/funds/total",
                Map.of("executed", "25.10", "reason", "按决算数更正", "expectedVersion", version)));
        version = command(api.post(filler, form + "/submit", Map.of("expectedVersion", version)));
        for (String reviewer : List.of("at-center-reviewer", "at-gov-approver", "jd-finance")) {
            version = command(api.post(api.login(reviewer), form + "/approve",
                    Map.of("comment", "同意", "expectedVersion", version)));
        }
        assertThat(version).isEqualTo(12);
        JsonNode current = api.awaitForm(filler, id, f -> f.path("version").asLong() == 12);
        assertThat(current.path("status").asText()).isEqualTo("APPROVED");

        assertThat(eventStore.readEvents(id).next().getSequenceNumber())
                .as("the aggregate is loaded from a snapshot").isPositive();
        JsonNode history = json(api.get(filler, form + "/history"), 200);
        assertThat(history.path("version").asLong()).isEqualTo(12);
        List<JsonNode> changes = new ArrayList<>();
        history.path("changes").forEach(changes::add);
        assertThat(changes).extracting(c -> c.path("version").asLong())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(changes).extracting(c -> c.path("action").asText()).containsExactly("DRAFTED", "ACTUAL_AMENDED",
                "SUBMITTED", "APPROVED", "RETURNED", "ACTUAL_AMENDED", "SCORED", "SCORED", "FUNDS_AMENDED",
                "SUBMITTED", "APPROVED", "APPROVED", "APPROVED");
        assertThat(changes).extracting(c -> c.path("actor").path("id").asText()).containsExactly("at-center-filler",
                "at-center-filler", "at-center-filler", "at-center-reviewer", "at-gov-approver", "at-center-filler",
                "at-center-filler", "at-center-filler", "at-center-filler", "at-center-filler", "at-center-reviewer",
                "at-gov-approver", "jd-finance");
        assertThat(changes).extracting(c -> c.path("reason").asText(null)).containsExactly(null, null, "请审核",
                "同意", "满意度须附问卷统计", "按问卷统计更正", "按实际完成值重新评分", "按实际完成值重新评分", "按决算数更正",
                null, "同意", "同意", "同意");
        JsonNode returned = changes.get(4);
        assertThat(returned.path("actor").path("unitName").asText()).isEqualTo("上海市嘉定区安亭镇人民政府");
        assertThat(returned.path("stateBefore").path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(returned.path("stateBefore").path("reviewLevel").asText()).isEqualTo("DEPARTMENT");
        assertThat(returned.path("stateAfter").path("status").asText()).isEqualTo("RETURNED");
        JsonNode corrected = changes.get(5);
        assertThat(corrected.path("fieldLabel").asText()).isEqualTo("指标 满意度指标/服务对象满意度指标/使用人员满意度 实际完成值");
        assertThat(corrected.path("field").asText()).isEqualTo("indicators." + satisfaction + ".actual");
        assertThat(corrected.path("oldValue").asText()).isEqualTo("96.00(%)");
        assertThat(corrected.path("newValue").asText()).isEqualTo("85.00(%)");
        assertThat(changes.get(8).path("fieldLabel").asText()).isEqualTo("资金 年度资金总额 全年执行数");
        assertThat(changes.get(8).path("oldValue").asText()).isEqualTo("24.83");
        assertThat(changes.get(8).path("newValue").asText()).isEqualTo("25.10");
        assertThat(changes.get(12).path("stateAfter").path("status").asText()).isEqualTo("APPROVED");
        assertThat(changes.get(0).path("time").asText()).matches(".*T.*(Z|[+-]\\d\\d:\\d\\d)$");

        JsonNode beforeReturn = json(api.get(filler, form + "?version=4"), 200);
        assertThat(beforeReturn.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(beforeReturn.path("reviewLevel").asText()).isEqualTo("DEPARTMENT");
        assertThat(indicator(beforeReturn).path("actual").asText()).isEqualTo("96.00(%)");
        assertThat(beforeReturn.path("funds").path("total").path("executed").asText()).isEqualTo("24.83");
        assertThat(beforeReturn.path("totalScore").asText()).isEqualTo("97.21");
        assertThat(current.path("totalScore").asText()).isNotEqualTo("97.21");
        assertThat(json(api.get(filler, form + "?version=12"), 200).path("totalScore").asText())
                .isEqualTo(current.path("totalScore").asText());
        String approvedAt = changes.get(3).path("time").asText();
        assertThat(json(api.get(filler, form + "?asOf=" + approvedAt), 200).path("version").asLong()).isEqualTo(4);
        JsonNode noVersion = json(api.get(filler, form + "?version=13"), 404);
        assertThat(noVersion.path("code").asText()).isEqualTo("VERSION_NOT_FOUND");
        assertThat(noVersion.path("messageZh").asText()).isNotBlank();

        JsonNode diff = json(api.get(filler, form + "/diff?from=4&to=12"), 200);
        assertThat(diff.path("changes").findValuesAsText("field")).containsExactly("funds.total.executed",
                "indicators." + satisfaction + ".actual", "indicators." + satisfaction + ".score",
                "indicators." + satisfaction + ".deviation");

        // The audit projection catches up asynchronously.
        Predicate<JsonNode> fourAfterSubmission = found -> found.path("total").asLong() == 4;
        JsonNode own = api.awaitJson(filler, "/api/audit/changes?unitId=AT-CENTER&afterSubmission=true",
                fourAfterSubmission);
        assertThat(own.path("changes").get(3).path("newValue").asText()).isEqualTo("85.00(%)");
        assertThat(own.path("changes").get(3).path("reason").asText()).isEqualTo("按问卷统计更正");
        assertThat(own.path("changes").get(3).path("actor").path("id").asText()).isEqualTo("at-center-filler");
        JsonNode auditor = api.awaitJson(api.login("jd-auditor"),
                "/api/audit/changes?unitId=JD-FIN&afterSubmission=true&fiscalYear=2024", fourAfterSubmission);
        assertThat(auditor.path("changes").findValuesAsText("evaluationId")).containsOnly(id);
        assertThat(json(api.get(api.login("sj-auditor"), "/api/audit/changes?unitId=JD-FIN"), 403)
                .path("code").asText()).isEqualTo("FORBIDDEN_UNIT");

        String stranger = api.login("sj-office-filler");
        // issue 11 item 7: to someone who may not see it, the form does not exist
        assertThat(json(api.get(stranger, form + "/history"), 404).path("code").asText())
                .isEqualTo("EVALUATION_NOT_FOUND");
        json(api.get(stranger, form + "?version=4"), 404);
        json(api.get(stranger, form + "/diff?from=4&to=12"), 404);
        assertThat(json(api.get(stranger, "/api/audit/changes"), 200).path("total").asLong()).isZero();
    }

    private static long command(WebTestClient.ResponseSpec response) {
        return json(response, 200).path("version").asLong();
    }

    private static String indicatorId(JsonNode form) {
        return indicator(form).path("indicatorId").asText();
    }

    private static JsonNode indicator(JsonNode form) {
        for (JsonNode indicator : form.path("indicators")) {
            if (indicator.path("name").asText().equals(SATISFACTION)) {
                return indicator;
            }
        }
        throw new AssertionError("No indicator " + SATISFACTION + " in " + form);
    }
}
