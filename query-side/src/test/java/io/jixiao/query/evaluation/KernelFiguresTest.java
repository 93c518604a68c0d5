package io.jixiao.query.evaluation;

import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.IndicatorScoredEvent;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.support.AntingForm;
import io.jixiao.query.support.DemoOrganization;
import io.jixiao.query.support.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static io.jixiao.query.support.DemoOrganization.actor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published figures of the Anting 2024 form (信息安全三级等保: 26.95 -> 24.83 万元, 92.13%, 9.21, 97.21, 优) as
 * the projection writes them with the kernel's own rules. Skipped, not passed, while the kernel's Scoring and
 * Checks are still unimplemented.
 */
class KernelFiguresTest {
    private static InMemoryMongo mongo;

    private final Organization organization = DemoOrganization.organization();
    private EvaluationFormStore store;
    private EvaluationFormProjection projection;
    private long sequence;

    @BeforeAll
    static void startMongo() {
        mongo = new InMemoryMongo();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @BeforeEach
    void kernelRules() {
        store = new EvaluationFormStore(mongo.freshDatabase());
        projection = new EvaluationFormProjection(store, organization, new KernelEvaluationRules());
    }

    @Test
    void theBudgetExecutionAndTotalAreThePublishedOnes() {
        Document form = apply(AntingForm.drafted());

        assertThat(form.get("funds", Document.class).get("total", Document.class).getString("executionRate"))
                .isEqualTo("92.13");
        assertThat(form.get("budgetExecution", Document.class)).isEqualTo(
                new Document("weight", "10").append("rate", "92.13").append("score", "9.21"));
        assertThat(form.getString("totalScore")).isEqualTo("97.21");
        assertThat(form.getString("grade")).isEqualTo("优");
    }

    @Test
    void indicatorsCarryTheSuggestionTheirActualValueImplies() {
        List<Document> indicators = apply(AntingForm.drafted()).getList("indicators", Document.class);

        Document partlyAchieved = indicators.get(5);
        assertThat(partlyAchieved.getString("name")).isEqualTo("复测完成时间");
        assertThat(partlyAchieved.get("suggestedScore", Document.class).getString("min")).isEqualTo("6.00");
        assertThat(partlyAchieved.get("suggestedScore", Document.class).getString("max")).isEqualTo("7.99");
        Document aboveTarget = indicators.get(8);
        assertThat(aboveTarget.getString("name")).isEqualTo("使用人员满意度");
        assertThat(aboveTarget.get("suggestedScore", Document.class).getString("min")).isEqualTo("10.00");
        assertThat(aboveTarget.get("suggestedScore", Document.class).getString("max")).isEqualTo("10.00");
    }

    @Test
    void aScoreBelowTheWeightWithoutADeviationReasonIsAmongTheChecks() {
        apply(AntingForm.drafted());
        Document form = apply(new IndicatorScoredEvent(AntingForm.ID, "I6", new BigDecimal("8.00"), null, null,
                actor(AntingForm.FILLER)));

        assertThat(form.getList("checks", Document.class))
                .anySatisfy(check -> assertThat(check.getString("indicatorId")).isEqualTo("I6"))
                .allSatisfy(check -> {
                    assertThat(check.getString("code")).isNotBlank();
                    assertThat(check.getString("message")).isNotBlank();
                    assertThat(check.getString("messageZh")).isNotBlank();
                });
    }

    private Document apply(EvaluationEvent event) {
        projection.on(event, sequence++, Instant.parse("2025-03-01T02:00:00Z"));
        return store.find(event.evaluationId()).orElseThrow();
    }
}
