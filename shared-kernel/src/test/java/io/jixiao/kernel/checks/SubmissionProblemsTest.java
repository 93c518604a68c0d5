package io.jixiao.kernel.checks;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.IndicatorAddedEvent;
import io.jixiao.kernel.evaluation.IndicatorRemovedEvent;
import io.jixiao.kernel.scoring.ScoringPolicy;
import io.jixiao.kernel.seeds.SeedForms;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jixiao.kernel.checks.ChecksTest.FILLER;
import static io.jixiao.kernel.checks.ChecksTest.amended;
import static io.jixiao.kernel.checks.ChecksTest.codes;
import static io.jixiao.kernel.checks.ChecksTest.scored;
import static io.jixiao.kernel.seeds.SeedForms.ANTING;
import static io.jixiao.kernel.seeds.SeedForms.SONGJIANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SubmissionProblemsTest {

    static List<CheckResult> problems(EvaluationState state) {
        return Checks.submissionProblems(state, ScoringPolicy.NATIONAL);
    }

    @Test
    void theDemoFormCanBeSubmittedAlthoughOneIndicatorHasNoTarget() {
        EvaluationState demo = SeedForms.state(ANTING, "信息化项目运维(信息安全三级等保)");

        assertThat(problems(demo)).isEmpty();
        assertThat(codes(Checks.run(demo, ScoringPolicy.NATIONAL))).contains("INDICATOR_TARGET_MISSING");
    }

    @Test
    void aMissingIndicatorNameDoesNotBlock() {
        assertThat(problems(SeedForms.state(ANTING, "城维工程类(封闭式住宅小区智能安防设施二期)")))
                .extracting(CheckResult::code, CheckResult::field)
                .containsExactly(tuple("GOAL_ACTUAL_MISSING", "goals.actual"));
    }

    @Test
    void seedFormsWithGapsAreStopped() {
        assertThat(problems(SeedForms.state(ANTING, "其他专项工作经费(维稳安保费)")))
                .extracting(CheckResult::code, CheckResult::indicatorId)
                .containsExactly(tuple("ACTUAL_MISSING", "I9"));
        assertThat(codes(problems(SeedForms.state(SONGJIANG, "外事交流管理")))).containsExactly("GOAL_EXPECTED_MISSING");
    }

    @Test
    void anEmptyFormListsEveryProblemAtOnce() {
        EvaluationState empty = EvaluationFold.evolve(EvaluationState.EMPTY, new EvaluationDraftedEvent("E1", 2024, " ",
                null, "AT-GOV", "AT-CENTER", AmountUnit.YUAN, "NATIONAL", null, null, List.of(), "test", FILLER));

        assertThat(problems(empty)).extracting(CheckResult::code, CheckResult::field).containsExactly(
                tuple("PROJECT_NAME_MISSING", "projectName"),
                tuple("NO_INDICATORS", "indicators"),
                tuple("FUNDS_TOTAL_MISSING", "funds.total.adjustedBudget"),
                tuple("FUNDS_TOTAL_MISSING", "funds.total.executed"),
                tuple("GOAL_EXPECTED_MISSING", "goals.expected"),
                tuple("GOAL_ACTUAL_MISSING", "goals.actual"),
                tuple("WEIGHT_TOTAL_MISMATCH", "indicators.weight"));
        assertThat(problems(empty)).allSatisfy(p -> {
            assertThat(p.message()).isNotBlank();
            assertThat(p.messageZh()).isNotBlank();
        });
    }

    @Test
    void anIndicatorNeedsActualWeightAndScore() {
        EvaluationState seed = SeedForms.state(SONGJIANG, "业务保障");
        EvaluationState added = amended(seed, new IndicatorAddedEvent(seed.evaluationId(), "I10", "产出指标", "数量指标",
                "新增指标", ">=1次", null, null, FILLER));

        assertThat(problems(added)).filteredOn(p -> "I10".equals(p.indicatorId()))
                .extracting(CheckResult::code, CheckResult::field).containsExactly(
                        tuple("ACTUAL_MISSING", "actual"), tuple("WEIGHT_MISSING", "weight"), tuple("SCORE_MISSING", "score"));
    }

    @Test
    void scoresStayWithinZeroAndTheWeight() {
        EvaluationState seed = SeedForms.state(SONGJIANG, "业务保障");
        EvaluationState outOfRange = amended(seed, scored(seed, "I1", "16", "over"), scored(seed, "I2", "-1", "under"));

        assertThat(problems(outOfRange)).filteredOn(p -> p.code().equals("SCORE_OUT_OF_RANGE"))
                .extracting(CheckResult::indicatorId).containsExactly("I1", "I2");
    }

    @Test
    void aDeviationReasonIsNeededBelowTheWeightAndOutsideTheBand() {
        EvaluationState retest = SeedForms.state(ANTING, "信息化项目运维(信息安全三级等保)");
        EvaluationState belowWeight = amended(retest, scored(retest, "I6", "8.00", " "));
        EvaluationState visits = SeedForms.state(SONGJIANG, "合作与交流");
        EvaluationState fullButOutsideBand = amended(visits, scored(visits, "I1", "10", null));

        assertThat(problems(belowWeight)).extracting(CheckResult::code, CheckResult::indicatorId)
                .containsExactly(tuple("DEVIATION_REASON_MISSING", "I6"));
        assertThat(problems(fullButOutsideBand)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("DEVIATION_REASON_MISSING");
            assertThat(p.message()).contains("outside the suggested score");
        });
    }

    @Test
    void weightsMustAddUpToOneHundred() {
        EvaluationState seed = SeedForms.state(SONGJIANG, "业务保障");
        EvaluationState withoutOne = amended(seed, new IndicatorRemovedEvent(seed.evaluationId(), "I9", null, FILLER));

        assertThat(problems(withoutOne)).extracting(CheckResult::code).containsExactly("WEIGHT_TOTAL_MISMATCH");
        assertThat(problems(withoutOne).get(0).message()).contains("90", "100");
    }
}
