package io.jixiao.kernel.checks;

import io.jixiao.kernel.approval.EvaluationApprovedEvent;
import io.jixiao.kernel.approval.EvaluationReopenedEvent;
import io.jixiao.kernel.approval.EvaluationSubmittedEvent;
import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.approval.ReviewStep;
import io.jixiao.kernel.evaluation.ActualValueAmendedEvent;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.FundsAmendedEvent;
import io.jixiao.kernel.evaluation.IndicatorRemovedEvent;
import io.jixiao.kernel.evaluation.IndicatorScoredEvent;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.scoring.ScoringPolicy;
import io.jixiao.kernel.seeds.SeedForm;
import io.jixiao.kernel.seeds.SeedForms;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static io.jixiao.kernel.seeds.SeedForms.ANTING;
import static io.jixiao.kernel.seeds.SeedForms.SONGJIANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each check on the seed form that shows it; where no seed form does, on a seed form amended to show it. */
class ChecksTest {
    static final Actor FILLER = new Actor("sj-office-filler", "填报人", "SJ-OFFICE", Set.of(Role.FILLER));
    static final Actor APPROVER = new Actor("sj-office-approver", "审批人", "SJ-OFFICE", Set.of(Role.DEPARTMENT_APPROVER));

    static List<CheckResult> checks(EvaluationState state) {
        return Checks.run(state, ScoringPolicy.NATIONAL);
    }

    static List<CheckResult> checks(String file, String project) {
        return checks(SeedForms.state(file, project));
    }

    static EvaluationState amended(EvaluationState state, EvaluationEvent... events) {
        EvaluationState result = state;
        for (EvaluationEvent event : events) {
            result = EvaluationFold.evolve(result, event);
        }
        return result;
    }

    static IndicatorScoredEvent scored(EvaluationState state, String indicatorId, String score, String deviation) {
        return new IndicatorScoredEvent(state.evaluationId(), indicatorId, new BigDecimal(score), deviation, null, FILLER);
    }

    @Test
    void actualOfTheWrongKind() {
        assertThat(checks(SONGJIANG, "稳增长专班")).filteredOn(c -> c.code().equals("ACTUAL_KIND_MISMATCH"))
                .extracting(CheckResult::indicatorId, CheckResult::field).containsExactly(tuple("I4", "actual"));
        assertThat(checks(SONGJIANG, "稳增长专班")).filteredOn(c -> c.code().equals("ACTUAL_KIND_MISMATCH"))
                .first().satisfies(c -> {
                    assertThat(c.message()).contains("及时性", "合理", "成本合理性");
                    assertThat(c.messageZh()).contains("及时性", "合理", "类型不符");
                });
        assertThat(codesOf(checks(ANTING, "其他专项工作经费(誉本建材市场综合整治安保费)"), "I7"))
                .contains("ACTUAL_KIND_MISMATCH");
        assertThat(codesOf(checks(SONGJIANG, "网络信息系统运行与维护"), "I7")).contains("ACTUAL_KIND_MISMATCH");
    }

    @Test
    void actualInARelatedUnit() {
        assertThat(codesOf(checks(SONGJIANG, "合作与交流"), "I1")).contains("ACTUAL_UNIT_DIFFERS");
        assertThat(codesOf(checks(SONGJIANG, "合作与交流"), "I2")).doesNotContain("ACTUAL_UNIT_DIFFERS");
    }

    @Test
    void indicatorWeightsNotSummingToTheirPolicyTotal() {
        for (SeedForm form : SeedForms.all()) {
            assertThat(codes(checks(form.state()))).as(form.toString()).doesNotContain("INDICATOR_WEIGHTS_NOT_POLICY_TOTAL");
        }
        EvaluationState seed = SeedForms.state(SONGJIANG, "业务保障");
        EvaluationState withoutOne = amended(seed, new IndicatorRemovedEvent(seed.evaluationId(), "I9", null, FILLER));

        assertThat(checks(withoutOne)).filteredOn(c -> c.code().equals("INDICATOR_WEIGHTS_NOT_POLICY_TOTAL"))
                .singleElement().satisfies(c -> assertThat(c.message()).contains("80", "90"));
    }

    @Test
    void goalActualIdenticalToExpected() {
        assertThat(codes(checks(SONGJIANG, "疫情防控"))).contains("GOAL_ACTUAL_SAME_AS_EXPECTED");
        assertThat(codes(checks(SONGJIANG, "大数据与网络信息"))).doesNotContain("GOAL_ACTUAL_SAME_AS_EXPECTED");
        assertThat(codes(checks(SONGJIANG, "外事交流管理"))).doesNotContain("GOAL_ACTUAL_SAME_AS_EXPECTED");
    }

    @Test
    void everyQuantitativeActualExactlyAtItsThreshold() {
        assertThat(checks(SONGJIANG, "疫情防控")).filteredOn(c -> c.code().equals("ACTUALS_ALL_AT_THRESHOLD"))
                .singleElement().satisfies(c -> assertThat(c.message()).contains("3"));
        assertThat(codes(checks(SONGJIANG, "业务保障"))).doesNotContain("ACTUALS_ALL_AT_THRESHOLD");
        assertThat(codes(checks(ANTING, "信息化项目运维(信息安全三级等保)"))).doesNotContain("ACTUALS_ALL_AT_THRESHOLD");
    }

    @Test
    void adjustedBudgetFarAboveInitial() {
        assertThat(checks(SONGJIANG, "疫情防控")).filteredOn(c -> c.code().equals("ADJUSTED_BUDGET_JUMP"))
                .singleElement().satisfies(c -> {
                    assertThat(c.field()).isEqualTo("funds.total.adjustedBudget");
                    assertThat(c.message()).contains("15475823", "400000", "38.7");
                    assertThat(c.messageZh()).contains("全年预算数", "元");
                });
        assertThat(codes(checks(ANTING, "信息化项目建设(安亭镇城市运行一网统管平台+安亭镇城运分中心平台开发建设)")))
                .contains("ADJUSTED_BUDGET_JUMP");
        assertThat(codes(checks(ANTING, "其他专项工作经费(誉本建材市场综合整治安保费)")))
                .as("an initial budget of 0 is not flagged").doesNotContain("ADJUSTED_BUDGET_JUMP");
        assertThat(codes(checks(SONGJIANG, "电子政务网络运维与安全测评"))).doesNotContain("ADJUSTED_BUDGET_JUMP");
    }

    @Test
    void fundSourcesNotAddingUpToTheTotal() {
        for (SeedForm form : SeedForms.all()) {
            assertThat(codes(checks(form.state()))).as(form.toString()).doesNotContain("FUND_SOURCES_DO_NOT_ADD_UP");
        }
        EvaluationState joint = SeedForms.state(ANTING, "其他专项工作经费(联勤队伍组建)");
        EvaluationState consistent = amended(joint,
                executed(joint, FundSource.CURRENT_YEAR_APPROPRIATION, "4456.89"), executed(joint, FundSource.OTHER, "345.28"));
        EvaluationState offByOneCent = amended(joint,
                executed(joint, FundSource.CURRENT_YEAR_APPROPRIATION, "4456.90"), executed(joint, FundSource.OTHER, "345.28"));
        EvaluationState blankButAlreadyTooMuch = amended(joint,
                executed(joint, FundSource.CURRENT_YEAR_APPROPRIATION, "4900.00"));

        assertThat(codes(checks(consistent))).doesNotContain("FUND_SOURCES_DO_NOT_ADD_UP");
        assertThat(checks(offByOneCent)).filteredOn(c -> c.code().equals("FUND_SOURCES_DO_NOT_ADD_UP"))
                .singleElement().satisfies(c -> {
                    assertThat(c.field()).isEqualTo("funds.total.executed");
                    assertThat(c.message()).contains("4802.18 万元", "4802.17 万元");
                });
        assertThat(codes(checks(blankButAlreadyTooMuch))).contains("FUND_SOURCES_DO_NOT_ADD_UP");
    }

    @Test
    void scoreBelowWeightWithoutDeviationReason() {
        EvaluationState seed = SeedForms.state(ANTING, "信息化项目运维(信息安全三级等保)");
        assertThat(codes(checks(seed))).doesNotContain("DEVIATION_REASON_MISSING");

        EvaluationState noReason = amended(seed, scored(seed, "I6", "8.00", null));

        assertThat(checks(noReason)).filteredOn(c -> c.code().equals("DEVIATION_REASON_MISSING"))
                .extracting(CheckResult::indicatorId, CheckResult::field).containsExactly(tuple("I6", "deviation"));
    }

    @Test
    void fullMarksForAnActualBelowTarget() {
        EvaluationState seed = SeedForms.state(SONGJIANG, "合作与交流");
        EvaluationState full = amended(seed, scored(seed, "I2", "10", null));

        List<CheckResult> found = checks(full);

        assertThat(codesOf(found, "I2")).contains("FULL_MARKS_BELOW_TARGET", "DEVIATION_REASON_MISSING")
                .doesNotContain("SCORE_OUTSIDE_SUGGESTED_BAND");
        assertThat(codesOf(checks(seed), "I2")).doesNotContain("FULL_MARKS_BELOW_TARGET");
    }

    @Test
    void scoreOutsideTheSuggestedBand() {
        List<CheckResult> visits = checks(SONGJIANG, "合作与交流");
        assertThat(visits).filteredOn(c -> c.code().equals("SCORE_OUTSIDE_SUGGESTED_BAND"))
                .extracting(CheckResult::indicatorId).containsExactly("I1", "I2");
        assertThat(visits).filteredOn(c -> c.code().equals("SCORE_OUTSIDE_SUGGESTED_BAND")).first()
                .satisfies(c -> assertThat(c.message()).contains("8.00", "3.34"));
        assertThat(codes(visits)).as("the deviation reason is there").doesNotContain("DEVIATION_REASON_MISSING");
        assertThat(checks(ANTING, "信息化项目运维(信息安全三级等保)"))
                .filteredOn(c -> c.code().equals("SCORE_OUTSIDE_SUGGESTED_BAND")).singleElement()
                .satisfies(c -> {
                    assertThat(c.indicatorId()).isEqualTo("I6");
                    assertThat(c.message()).contains("6.00-7.99");
                });
    }

    @Test
    void scoreAboveWeight() {
        EvaluationState seed = SeedForms.state(SONGJIANG, "业务保障");
        EvaluationState above = amended(seed, scored(seed, "I2", "12", null));

        assertThat(codesOf(checks(above), "I2")).contains("SCORE_ABOVE_WEIGHT");
    }

    @Test
    void indicatorWithoutNameOrTarget() {
        assertThat(checks(ANTING, "城维工程类(封闭式住宅小区智能安防设施二期)"))
                .filteredOn(c -> c.code().equals("INDICATOR_NAME_MISSING"))
                .extracting(CheckResult::indicatorId, CheckResult::field).containsExactly(tuple("I13", "name"));
        assertThat(checks(ANTING, "信息化项目运维(信息安全三级等保)"))
                .filteredOn(c -> c.code().equals("INDICATOR_TARGET_MISSING"))
                .extracting(CheckResult::indicatorId, CheckResult::field).containsExactly(tuple("I8", "target"));
        assertThat(codesOf(checks(ANTING, "其他专项工作经费(维稳安保费)"), "I9"))
                .contains("INDICATOR_NAME_MISSING", "INDICATOR_TARGET_MISSING");
    }

    @Test
    void targetSetTooLow() {
        assertThat(codesOf(checks(SONGJIANG, "电子政务网络运维与安全测评"), "I2")).contains("TARGET_SET_TOO_LOW");
        assertThat(checks(ANTING, "其他专项工作经费(安亭城运日常运行费用)"))
                .filteredOn(c -> c.code().equals("TARGET_SET_TOO_LOW"))
                .extracting(CheckResult::indicatorId).containsExactly("I1", "I7");
        assertThat(codes(checks(SONGJIANG, "政务公开"))).as("100% of >=90% is 111%").doesNotContain("TARGET_SET_TOO_LOW");
    }

    @Test
    void figuresChangedAfterSubmissionAndAfterApproval() {
        EvaluationState seed = SeedForms.state(SONGJIANG, "业务保障");
        String id = seed.evaluationId();
        List<ReviewStep> chain = List.of(new ReviewStep(ReviewLevel.DEPARTMENT, "SJ-OFFICE"),
                new ReviewStep(ReviewLevel.FINANCE, "SJ-FIN"));
        EvaluationState submitted = amended(seed, new EvaluationSubmittedEvent(id, null, chain, FILLER));
        assertThat(codes(checks(submitted))).doesNotContain("CHANGED_AFTER_SUBMISSION");

        EvaluationState changed = amended(submitted, new ActualValueAmendedEvent(id, "I1", "5次", "typo", FILLER));
        assertThat(codes(checks(changed))).contains("CHANGED_AFTER_SUBMISSION").doesNotContain("CHANGED_AFTER_APPROVAL");

        EvaluationState reopened = amended(changed,
                new EvaluationApprovedEvent(id, ReviewLevel.DEPARTMENT, "SJ-OFFICE", false, null, APPROVER),
                new EvaluationApprovedEvent(id, ReviewLevel.FINANCE, "SJ-FIN", true, null, APPROVER),
                new EvaluationReopenedEvent(id, "audit finding", APPROVER),
                new ActualValueAmendedEvent(id, "I1", "4次", "audit finding", FILLER));
        assertThat(checks(reopened)).filteredOn(c -> c.code().startsWith("CHANGED_AFTER"))
                .extracting(CheckResult::code, CheckResult::message)
                .containsExactly(tuple("CHANGED_AFTER_SUBMISSION", "2 change(s) to the figures after the first submission."),
                        tuple("CHANGED_AFTER_APPROVAL", "1 change(s) to the figures after the final approval."));
    }

    @Test
    void cleanSeedFormsPassEveryCheck() {
        for (String project : List.of("业务保障", "政务公开")) {
            EvaluationState clean = SeedForms.state(SONGJIANG, project);
            assertThat(checks(clean)).as(project).isEmpty();
            assertThat(Checks.submissionProblems(clean, ScoringPolicy.NATIONAL)).as(project).isEmpty();
        }
    }

    @Test
    void everyResultSpeaksBothLanguagesWithAKnownCode() {
        for (SeedForm form : SeedForms.all()) {
            for (CheckResult result : checks(form.state())) {
                assertThat(CheckCode.valueOf(result.code())).isNotNull();
                assertThat(result.message()).isNotBlank();
                assertThat(result.messageZh()).isNotBlank().containsPattern("\\p{IsHan}");
            }
        }
    }

    private static FundsAmendedEvent executed(EvaluationState state, FundSource source, String wan) {
        FundLine line = state.funds().line(source);
        return new FundsAmendedEvent(state.evaluationId(), source,
                line.amendedBy(null, null, AmountUnit.TEN_THOUSAND_YUAN.toYuan(new BigDecimal(wan))), null, FILLER);
    }

    static List<String> codes(List<CheckResult> results) {
        return results.stream().map(CheckResult::code).toList();
    }

    static List<String> codesOf(List<CheckResult> results, String indicatorId) {
        return results.stream().filter(c -> indicatorId.equals(c.indicatorId())).map(CheckResult::code).toList();
    }
}
