package io.jixiao.query.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.FundsAmendedEvent;
import io.jixiao.kernel.evaluation.IndicatorScoredEvent;
import io.jixiao.kernel.evaluation.InputLimits;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.access.ReadPolicy;
import io.jixiao.query.support.AntingForm;
import io.jixiao.query.support.ControllerClients;
import io.jixiao.query.support.DemoOrganization;
import io.jixiao.query.support.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.jixiao.query.support.DemoOrganization.actor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live preview of an editor's unsaved figures over the Anting 2024 form (26.95 -> 24.83 万元, 92.13%, 9.21,
 * total 97.21, 优) as drafted, scored with the kernel's own rules.
 */
class FormPreviewControllerTest {
    private static final Organization ORGANIZATION = DemoOrganization.organization();
    private static final Instant DRAFTED_AT = Instant.parse("2025-03-01T02:00:00Z");
    private static final Instant PREVIEWED_AT = Instant.parse("2025-03-02T08:30:00Z");
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static InMemoryMongo mongo;
    private static EvaluationFormStore store;
    private static WebTestClient client;

    @BeforeAll
    static void serve() {
        mongo = new InMemoryMongo();
        store = new EvaluationFormStore(mongo.database("previewed"));
        new EvaluationFormProjection(store, ORGANIZATION, new KernelEvaluationRules())
                .on(AntingForm.drafted(), 0, DRAFTED_AT);
        FormPreviewController controller = new FormPreviewController(store, new ReadPolicy(ORGANIZATION),
                ORGANIZATION, new KernelEvaluationRules(), InputLimits.DEFAULTS,
                Clock.fixed(PREVIEWED_AT, ZoneOffset.UTC));
        client = ControllerClients.bind(controller).build();
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    private static WebTestClient.ResponseSpec preview(String userId, Map<String, Object> figures) {
        return ControllerClients.as(client, ORGANIZATION, userId).post()
                .uri("/api/evaluations/{id}/preview", AntingForm.ID).bodyValue(figures).exchange();
    }

    @Test
    void typedFiguresGiveTheRateBudgetScoreTotalAndGradeInTheFormsOwnUnit() {
        preview(AntingForm.FILLER, Map.of(
                "funds", Map.of("total", Map.of("executed", "26.95")),
                "indicators", Map.of("I6", Map.of("score", "6"))))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo(3)
                .jsonPath("$.funds.total.adjustedBudget").isEqualTo("26.95")
                .jsonPath("$.funds.total.executed").isEqualTo("26.95")
                .jsonPath("$.funds.total.executionRate").isEqualTo("100.00")
                .jsonPath("$.budgetExecution.score").isEqualTo("10.00")
                .jsonPath("$.indicators[5].score").isEqualTo("6.00")
                .jsonPath("$.indicators[5].suggestedScore.min").isEqualTo("6.00")
                .jsonPath("$.totalScore").isEqualTo("96.00")
                .jsonPath("$.grade").isEqualTo("优")
                .jsonPath("$.lastChangedAt").isEqualTo("2025-03-02T08:30:00Z");
    }

    @Test
    void lowScoresLowerTheGrade() {
        preview(AntingForm.FILLER, Map.of("indicators", Map.of(
                "I1", Map.of("score", "0", "deviation", "未控制"),
                "I2", Map.of("score", "0", "deviation", "未完成"),
                "I3", Map.of("score", "0", "deviation", "未复测"))))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalScore").isEqualTo("67.21")
                .jsonPath("$.grade").isEqualTo("中");
    }

    @Test
    void thePreviewIsTheFormTheProjectionWritesAfterTheSameAmendments() {
        Map<String, Object> answered = preview(AntingForm.FILLER, Map.of(
                "funds", Map.of("total", Map.of("initialBudget", "30.00", "executed", "25.50")),
                "indicators", Map.of("I6", Map.of("score", "7.5", "deviation", "测评方式变化"))))
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();

        EvaluationFormStore saved = new EvaluationFormStore(mongo.database("saved"));
        EvaluationFormProjection projection = new EvaluationFormProjection(saved, ORGANIZATION,
                new KernelEvaluationRules());
        List<EvaluationEvent> events = List.of(AntingForm.drafted(),
                new FundsAmendedEvent(AntingForm.ID, FundSource.TOTAL,
                        AntingForm.line("30.00", "26.95", "25.50"), null, actor(AntingForm.FILLER)),
                new IndicatorScoredEvent(AntingForm.ID, "I6", new BigDecimal("7.5"), "测评方式变化", null,
                        actor(AntingForm.FILLER)));
        for (int i = 0; i < events.size(); i++) {
            projection.on(events.get(i), i, i == 0 ? DRAFTED_AT : PREVIEWED_AT);
        }
        Document projected = saved.find(AntingForm.ID, ORGANIZATION).orElseThrow();

        assertThat(answered).isEqualTo(asJson(projected));
        assertThat(answered.get("totalScore")).isEqualTo("96.96");
    }

    @Test
    void nothingIsStored() {
        preview(AntingForm.FILLER, Map.of("funds", Map.of("total", Map.of("executed", "1.00"))))
                .expectStatus().isOk();

        Document stored = store.find(AntingForm.ID).orElseThrow();
        assertThat(stored.get("version")).isEqualTo(1L);
        assertThat(stored.get("funds", Document.class).get("total", Document.class).getString("executed"))
                .isEqualTo("24.83");
    }

    @Test
    void figuresTheFormAlreadyHoldsAnswerTheStoredForm() {
        preview(AntingForm.FILLER, Map.of(
                "funds", Map.of("total", Map.of("executed", "24.830")),
                "goals", Map.of("actual", " 项目于12月底前完成建设 "),
                "indicators", Map.of("I6", Map.of("actual", "部分达成指标并具有一定效果", "score", "8"))))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.lastChangedAt").isEqualTo("2025-03-01T02:00:00Z");
    }

    @Test
    void failingChecksNameTheFigureTheyConcern() {
        preview(AntingForm.FILLER, Map.of(
                "goals", Map.of("actual", "符合《信息系统安全等级保护基本要求》所规定第三级要求"),
                "indicators", Map.of("I6", Map.of("deviation", ""))))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.checks[?(@.code == 'DEVIATION_REASON_MISSING')].indicatorId").isEqualTo(List.of("I6"))
                .jsonPath("$.checks[?(@.code == 'GOAL_ACTUAL_SAME_AS_EXPECTED')].field")
                .isEqualTo(List.of("goals.actual"));
    }

    @Test
    void aFigureThatIsNotANumberIsRefusedNamingIt() {
        preview(AntingForm.FILLER, Map.of("funds", Map.of("total", Map.of("executed", "24,8x"))))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("INVALID_FUNDS_EXECUTED")
                .jsonPath("$.details.field").isEqualTo("funds.total.executed")
                .jsonPath("$.details.row").isEqualTo("total")
                .jsonPath("$.message").value(message -> assertThat((String) message).contains("\"24,8x\""))
                .jsonPath("$.messageZh").isNotEmpty();
        preview(AntingForm.FILLER, Map.of("funds", Map.of("carryover", Map.of("initialBudget", ""))))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.details.field").isEqualTo("funds.carryover.initialBudget");
    }

    @Test
    void groupedThousandsAreReadAsTheCommandsReadThem() {
        preview(AntingForm.FILLER, Map.of("funds", Map.of("total", Map.of("adjustedBudget", "1,026.95"))))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.funds.total.adjustedBudget").isEqualTo("1026.95");
    }

    @Test
    void aFieldThatIsNoFigureOrOfTheWrongKindIsRefusedRatherThanIgnored() {
        preview(AntingForm.FILLER, Map.of("comment", "同意", "funds", Map.of()))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.details.field").isEqualTo("comment");
        preview(AntingForm.FILLER, Map.of("indicators", Map.of("I6", Map.of("weight", "20"))))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.details.field").isEqualTo("indicators.I6.weight");
        preview(AntingForm.FILLER, Map.of("goals", Map.of("actual", List.of("完成"))))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.details.field").isEqualTo("goals.actual");
        preview(AntingForm.FILLER, Map.of("funds", List.of()))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.details.field").isEqualTo("funds");
    }

    @Test
    void aJsonNumberIsReadAsTheCommandsReadIt() {
        preview(AntingForm.FILLER, Map.of("funds", Map.of("total", Map.of("executed", 26.95))))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.funds.total.executionRate").isEqualTo("100.00");
        preview(AntingForm.FILLER, Map.of("funds", Map.of("total", Map.of("executed", new BigDecimal("1E+400")))))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.details.field").isEqualTo("funds.total.executed");
    }

    @Test
    void aNegativeAmountAndAScoreAboveTheWeightAreRefusedNamingThem() {
        preview(AntingForm.FILLER, Map.of("funds", Map.of("other", Map.of("executed", "-1"))))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.details.field").isEqualTo("funds.other.executed");
        preview(AntingForm.FILLER, Map.of("indicators", Map.of("I6", Map.of("score", "10.5"))))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.details.field").isEqualTo("indicators.I6.score");
    }

    @Test
    void anUnknownRowOrIndicatorIsRefusedNamingIt() {
        preview(AntingForm.FILLER, Map.of("funds", Map.of("loans", Map.of("executed", "1"))))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.details.field").isEqualTo("funds.loans");
        preview(AntingForm.FILLER, Map.of("indicators", Map.of("I99", Map.of("actual", "1"))))
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("INDICATOR_NOT_FOUND")
                .jsonPath("$.details.field").isEqualTo("indicators.I99");
    }

    @Test
    void whoeverSeesTheFormMayPreviewItAndNobodyElse() {
        preview("at-gov-approver", Map.of()).expectStatus().isOk();
        preview("sj-office-filler", Map.of("funds", Map.of("total", Map.of("executed", "1"))))
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("EVALUATION_NOT_FOUND");
        ControllerClients.as(client, ORGANIZATION, "jd-auditor").post()
                .uri("/api/evaluations/{id}/preview", "no-such-form").bodyValue(Map.of()).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("EVALUATION_NOT_FOUND");
    }

    /** The stored document as a client reads it (its numbers as JSON numbers, no driver types). */
    private static Map<String, Object> asJson(Document document) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            return mapper.readValue(mapper.writeValueAsString(document), new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
