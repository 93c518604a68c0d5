package io.jixiao.command.evaluation;

import io.jixiao.command.organization.DemoOrganization;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.approval.ApproveEvaluationCommand;
import io.jixiao.kernel.approval.EvaluationApprovedEvent;
import io.jixiao.kernel.approval.EvaluationReopenedEvent;
import io.jixiao.kernel.approval.EvaluationReturnedEvent;
import io.jixiao.kernel.approval.EvaluationSubmittedEvent;
import io.jixiao.kernel.approval.EvaluationWithdrawnEvent;
import io.jixiao.kernel.approval.ReopenEvaluationCommand;
import io.jixiao.kernel.approval.ReturnEvaluationCommand;
import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.approval.ReviewStep;
import io.jixiao.kernel.approval.SubmitEvaluationCommand;
import io.jixiao.kernel.approval.WithdrawEvaluationCommand;
import io.jixiao.kernel.evaluation.ActualValueAmendedEvent;
import io.jixiao.kernel.evaluation.AddIndicatorCommand;
import io.jixiao.kernel.evaluation.AmendActualValueCommand;
import io.jixiao.kernel.evaluation.AmendFundsCommand;
import io.jixiao.kernel.evaluation.AmendGoalsCommand;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.ChangeIndicatorCommand;
import io.jixiao.kernel.evaluation.DraftEvaluationCommand;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.FundsAmendedEvent;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.GoalsAmendedEvent;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.evaluation.IndicatorAddedEvent;
import io.jixiao.kernel.evaluation.IndicatorChangedEvent;
import io.jixiao.kernel.evaluation.IndicatorInput;
import io.jixiao.kernel.evaluation.IndicatorRemovedEvent;
import io.jixiao.kernel.evaluation.IndicatorScoredEvent;
import io.jixiao.kernel.evaluation.InputLimits;
import io.jixiao.kernel.evaluation.RemoveIndicatorCommand;
import io.jixiao.kernel.evaluation.ScoreIndicatorCommand;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every command of the evaluation aggregate: its success and each refusal, given/when/then. */
class ProjectEvaluationTest {
    static final String ID = "eval-1";
    static final Actor FILLER = new Actor("at-center-filler", "安亭城运填报人", "AT-CENTER", Set.of(Role.FILLER));
    static final Actor OTHER_FILLER = new Actor("sj-office-filler", "松江办公室填报人", "SJ-OFFICE", Set.of(Role.FILLER));
    static final Actor UNIT_REVIEWER = new Actor("at-center-reviewer", "安亭城运审核人", "AT-CENTER",
            Set.of(Role.UNIT_REVIEWER));
    static final Actor FILLING_REVIEWER = new Actor("at-center-both", "既填报又审核", "AT-CENTER",
            Set.of(Role.FILLER, Role.UNIT_REVIEWER));
    static final Actor DEPARTMENT = new Actor("at-gov-approver", "安亭镇审批人", "AT-GOV",
            Set.of(Role.DEPARTMENT_APPROVER));
    static final Actor FINANCE = new Actor("jd-finance", "嘉定财政复核人", "JD-FIN", Set.of(Role.FINANCE_REVIEWER));
    static final List<ReviewStep> CHAIN = List.of(new ReviewStep(ReviewLevel.UNIT, "AT-CENTER"),
            new ReviewStep(ReviewLevel.DEPARTMENT, "AT-GOV"), new ReviewStep(ReviewLevel.FINANCE, "JD-FIN"));

    FixtureConfiguration<ProjectEvaluation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProjectEvaluation.class);
        fixture.registerInjectableResource(DemoOrganization.directory());
        fixture.registerInjectableResource(InputLimits.DEFAULTS);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** As typed, in 万元. */
    static Funds fundsTyped() {
        FundLine line = new FundLine(d("28.10"), d("26.95"), d("24.83"));
        return new Funds(line, line, new FundLine(d("0.00"), d("0.00"), d("0.00")), new FundLine(d("0"), d("0"), d("0")));
    }

    /** As recorded, in 元. */
    static Funds funds() {
        FundLine line = new FundLine(d("281000"), d("269500"), d("248300"));
        return new Funds(line, line, new FundLine(d("0"), d("0"), d("0")), new FundLine(d("0"), d("0"), d("0")));
    }

    static List<IndicatorInput> completeIndicators() {
        List<IndicatorInput> inputs = new ArrayList<>();
        inputs.add(new IndicatorInput("产出指标", "数量指标", "三级等保复测次数", "=1.00(次)", d("30"), "1.00(次)", d("30"), null));
        inputs.add(new IndicatorInput("产出指标", "时效指标", "复测完成时间", "2024年9月前", d("30"),
                "达成指标", d("30"), null));
        inputs.add(new IndicatorInput("效益指标", "社会效益指标", "发生信息泄露事故数量", "=0.00(起)", d("20"), "0.00(起)", d("20"), null));
        inputs.add(new IndicatorInput("满意度指标", "服务对象满意度指标", "使用人员满意度", "≥90.00(%)", d("10"), "95.00(%)", d("10"), null));
        return inputs;
    }

    static DraftEvaluationCommand draft(List<IndicatorInput> indicators) {
        return new DraftEvaluationCommand(ID, 2024, "信息化项目运维(信息安全三级等保)", null, "AT-GOV", "AT-CENTER",
                AmountUnit.TEN_THOUSAND_YUAN, null, fundsTyped(), new Goals("完成三级等保复测", "已完成复测"), indicators,
                "test", FILLER);
    }

    static EvaluationDraftedEvent drafted(List<IndicatorInput> inputs) {
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            IndicatorInput in = inputs.get(i);
            indicators.add(new Indicator("I" + (i + 1), in.level1(), in.level2(), in.name(), in.target(), in.weight(),
                    in.actual(), in.score(), in.deviation()));
        }
        return new EvaluationDraftedEvent(ID, 2024, "信息化项目运维(信息安全三级等保)", null, "AT-GOV", "AT-CENTER",
                AmountUnit.TEN_THOUSAND_YUAN, "NATIONAL", funds(), new Goals("完成三级等保复测", "已完成复测"),
                indicators, "test", FILLER);
    }

    static EvaluationDraftedEvent complete() {
        return drafted(completeIndicators());
    }

    static EvaluationSubmittedEvent submitted() {
        return new EvaluationSubmittedEvent(ID, null, CHAIN, FILLER);
    }

    /** Issue 11 item 7: exactly what an unknown form id answers, so nobody learns that another unit's form exists. */
    static org.hamcrest.Matcher<?> notFound() {
        return Matchers.predicate(e -> e instanceof Refusal r && r.kind() == Refusal.Kind.NOT_FOUND
                && r.code().equals("EVALUATION_NOT_FOUND") && ID.equals(r.details().get("evaluationId")));
    }

    static org.hamcrest.Matcher<?> refused(String code) {
        return Matchers.predicate(e -> e instanceof Refusal r && r.code().equals(code));
    }

    /** A refusal with a stable code whose details say where the field is. */
    static org.hamcrest.Matcher<?> refused(String code, String detail, Object value) {
        return Matchers.predicate(e -> e instanceof Refusal r && r.code().equals(code)
                && value.equals(r.details().get(detail)));
    }

    @Nested
    class Drafting {
        @Test
        void aFillerOfTheImplementingUnitDraftsAFormWithNumberedIndicators() {
            fixture.givenNoPriorActivity()
                    .when(draft(completeIndicators()))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(complete());
        }

        @Test
        void aFillerOfAnotherUnitCannotDraftForThisUnit() {
            DraftEvaluationCommand c = draft(completeIndicators());
            fixture.givenNoPriorActivity()
                    .when(new DraftEvaluationCommand(c.evaluationId(), c.fiscalYear(), c.projectName(), null,
                            c.competentDepartmentId(), c.implementingUnitId(), c.amountUnit(), null, c.funds(),
                            c.goals(), c.indicators(), null, OTHER_FILLER))
                    .expectException(refused("NOT_OWNING_UNIT_FILLER"))
                    .expectNoEvents();
        }

        @Test
        void aNegativeAmountOrAScoreAboveTheWeightIsRefused() {
            List<IndicatorInput> bad = new ArrayList<>(completeIndicators());
            bad.set(0, new IndicatorInput("产出指标", "数量指标", "次数", "=1次", d("30"), "1次", d("31"), null));
            fixture.givenNoPriorActivity().when(draft(bad))
                    .expectException(refused("INVALID_INDICATOR_SCORE", "index", 0)).expectNoEvents();
            bad.set(0, completeIndicators().get(0));
            bad.set(2, new IndicatorInput("产出指标", "数量指标", "次数", "=1次", d("30"), "1次", d("-1"), null));
            fixture.givenNoPriorActivity().when(draft(bad))
                    .expectException(refused("INVALID_INDICATOR_SCORE", "field", "indicators[2].score"))
                    .expectNoEvents();
        }

        @Test
        void theCompetentDepartmentMustBeAboveTheImplementingUnit() {
            fixture.givenNoPriorActivity()
                    .when(new DraftEvaluationCommand(ID, 2024, "x", null, "SJ-OFFICE", "AT-CENTER",
                            AmountUnit.YUAN, null, null, null, null, null, FILLER))
                    .expectException(refused("INVALID_COMPETENT_DEPARTMENT_ID")).expectNoEvents();
        }

        @Test
        void textLimitsAreConfiguration() {
            FixtureConfiguration<ProjectEvaluation> strict = new AggregateTestFixture<>(ProjectEvaluation.class);
            strict.registerInjectableResource(DemoOrganization.directory());
            strict.registerInjectableResource(new InputLimits(8, 500, 5000));
            DraftEvaluationCommand c = draft(List.of());
            strict.givenNoPriorActivity()
                    .when(new DraftEvaluationCommand(c.evaluationId(), c.fiscalYear(), "一个超过八个字的项目名称", null,
                            c.competentDepartmentId(), c.implementingUnitId(), c.amountUnit(), null, c.funds(),
                            c.goals(), c.indicators(), null, FILLER))
                    .expectException(refused("INVALID_PROJECT_NAME"))
                    .expectNoEvents();
        }

        @Test
        void aMissingProjectNameIsRefused() {
            DraftEvaluationCommand c = draft(List.of());
            fixture.givenNoPriorActivity()
                    .when(new DraftEvaluationCommand(ID, 2024, "  ", null, "AT-GOV", "AT-CENTER",
                            AmountUnit.YUAN, null, null, null, null, null, FILLER))
                    .expectException(refused("INVALID_PROJECT_NAME")).expectNoEvents();
        }
    }

    @Nested
    class Amending {
        @Test
        void anActualValueIsAmendedWithoutAReasonBeforeTheFirstSubmission() {
            fixture.given(complete())
                    .when(new AmendActualValueCommand(ID, "I1", "2.00(次)", null, 1, FILLER))
                    .expectEvents(new ActualValueAmendedEvent(ID, "I1", "2.00(次)", null, FILLER))
                    .expectResultMessagePayload(CommandOutcome.of(ID, 2));
        }

        @Test
        void anUnchangedValueRecordsNothing() {
            fixture.given(complete())
                    .when(new AmendActualValueCommand(ID, "I1", "1.00(次)", null, 1, FILLER))
                    .expectNoEvents()
                    .expectResultMessagePayload(CommandOutcome.of(ID, 1));
        }

        @Test
        void aStaleVersionIsAConflict() {
            fixture.given(complete(), new ActualValueAmendedEvent(ID, "I1", "2.00(次)", null, FILLER))
                    .when(new AmendActualValueCommand(ID, "I1", "3.00(次)", null, 1, FILLER))
                    .expectException(refused("STALE_VERSION")).expectNoEvents();
        }

        @Test
        void aFillerOfAnotherDistrictIsToldTheFormDoesNotExist() {
            fixture.given(complete())
                    .when(new AmendActualValueCommand(ID, "I1", "2.00(次)", null, 1, OTHER_FILLER))
                    .expectException(notFound()).expectNoEvents();
        }

        @Test
        void aFillerAboveTheUnitSeesTheFormButMayNotAmendIt() {
            Actor governmentFiller = new Actor("at-gov-filler", "安亭镇政府填报人", "AT-GOV", Set.of(Role.FILLER));
            fixture.given(complete())
                    .when(new AmendActualValueCommand(ID, "I1", "2.00(次)", null, 1, governmentFiller))
                    .expectException(refused("NOT_OWNING_UNIT_FILLER")).expectNoEvents();
        }

        @Test
        void aReviewerOfTheUnitWithoutTheFillerRoleCannotAmend() {
            fixture.given(complete())
                    .when(new AmendActualValueCommand(ID, "I1", "2.00(次)", null, 1, UNIT_REVIEWER))
                    .expectException(refused("NOT_OWNING_UNIT_FILLER")).expectNoEvents();
        }

        @Test
        void nothingChangesWhileTheFormIsUnderReview() {
            fixture.given(complete(), submitted())
                    .when(new AmendActualValueCommand(ID, "I1", "2.00(次)", "fix", 2, FILLER))
                    .expectException(refused("WRONG_STATE")).expectNoEvents();
        }

        @Test
        void afterAReturnEveryAmendmentNeedsAReason() {
            fixture.given(complete(), submitted(),
                            new EvaluationReturnedEvent(ID, ReviewLevel.UNIT, "复测次数有误", UNIT_REVIEWER))
                    .when(new AmendActualValueCommand(ID, "I1", "2.00(次)", " ", 3, FILLER))
                    .expectException(refused("REASON_REQUIRED")).expectNoEvents();
        }

        @Test
        void afterAReturnAnAmendmentWithAReasonIsRecorded() {
            fixture.given(complete(), submitted(),
                            new EvaluationReturnedEvent(ID, ReviewLevel.UNIT, "复测次数有误", UNIT_REVIEWER))
                    .when(new AmendActualValueCommand(ID, "I1", "2.00(次)", "按复测报告更正", 3, FILLER))
                    .expectEvents(new ActualValueAmendedEvent(ID, "I1", "2.00(次)", "按复测报告更正", FILLER));
        }

        @Test
        void anUnknownIndicatorIsNotFound() {
            fixture.given(complete())
                    .when(new AmendActualValueCommand(ID, "I99", "1", null, 1, FILLER))
                    .expectException(refused("INDICATOR_NOT_FOUND")).expectNoEvents();
        }

        @Test
        void fundsAreAmendedRowByRowKeepingTheAmountsNotGiven() {
            fixture.given(complete())
                    .when(new AmendFundsCommand(ID, FundSource.TOTAL, null, null, d("25.00"), null, 1, FILLER))
                    .expectEvents(new FundsAmendedEvent(ID, FundSource.TOTAL,
                            new FundLine(d("281000"), d("269500"), d("250000")), null, FILLER));
        }

        @Test
        void aNegativeAmountIsRefused() {
            fixture.given(complete())
                    .when(new AmendFundsCommand(ID, FundSource.TOTAL, null, null, d("-1"), null, 1, FILLER))
                    .expectException(refused("INVALID_FUNDS_EXECUTED", "row", "total")).expectNoEvents();
        }

        @Test
        void controlCharactersAndOverlongTextAreRefused() {
            fixture.given(complete())
                    .when(new AmendGoalsCommand(ID, null, "完成\u0000复测", null, 1, FILLER))
                    .expectException(refused("INVALID_GOALS_ACTUAL")).expectNoEvents();
            fixture.given(complete())
                    .when(new AmendActualValueCommand(ID, "I1", "9".repeat(501), null, 1, FILLER))
                    .expectException(refused("INVALID_INDICATOR_ACTUAL", "indicatorId", "I1")).expectNoEvents();
        }

        @Test
        void goalsAreAmended() {
            fixture.given(complete())
                    .when(new AmendGoalsCommand(ID, null, "已完成复测并通过", null, 1, FILLER))
                    .expectEvents(new GoalsAmendedEvent(ID, new Goals("完成三级等保复测", "已完成复测并通过"), null, FILLER));
        }

        @Test
        void aScoreBelowTheWeightIsRecordedWithItsDeviation() {
            fixture.given(complete())
                    .when(new ScoreIndicatorCommand(ID, "I2", d("24"), "测评方式变化导致延期", null, 1, FILLER))
                    .expectEvents(new IndicatorScoredEvent(ID, "I2", d("24"), "测评方式变化导致延期", null, FILLER));
        }

        @Test
        void aScoreAboveTheWeightIsRefused() {
            fixture.given(complete())
                    .when(new ScoreIndicatorCommand(ID, "I2", d("31"), null, null, 1, FILLER))
                    .expectException(refused("INVALID_INDICATOR_SCORE", "indicatorId", "I2")).expectNoEvents();
        }
    }

    @Nested
    class IndicatorDefinitions {
        @Test
        void anIndicatorIsAddedWithTheNextNumber() {
            fixture.given(complete())
                    .when(new AddIndicatorCommand(ID, "产出指标", "质量指标", "复测通过率", "=100%", d("10"), null, 1, FILLER))
                    .expectEvents(new IndicatorAddedEvent(ID, "I5", "产出指标", "质量指标", "复测通过率", "=100%", d("10"),
                            null, FILLER))
                    .expectResultMessagePayload(new CommandOutcome(ID, 2, "I5"));
        }

        @Test
        void targetAndWeightChangeBeforeTheFirstSubmission() {
            fixture.given(complete())
                    .when(new ChangeIndicatorCommand(ID, "I1", null, null, null, "≥1.00(次)", d("25"), null, 1, FILLER))
                    .expectEvents(new IndicatorChangedEvent(ID, "I1", "产出指标", "数量指标", "三级等保复测次数", "≥1.00(次)",
                            d("25"), null, FILLER));
        }

        @Test
        void anIndicatorIsRemovedBeforeTheFirstSubmission() {
            fixture.given(complete())
                    .when(new RemoveIndicatorCommand(ID, "I4", null, 1, FILLER))
                    .expectEvents(new IndicatorRemovedEvent(ID, "I4", null, FILLER));
        }

        @Test
        void anIndicatorCannotBeAddedAfterTheFirstSubmission() {
            fixture.given(complete(), submitted(), new EvaluationWithdrawnEvent(ID, null, FILLER))
                    .when(new AddIndicatorCommand(ID, "产出指标", "质量指标", "新指标", "=1", d("5"), "补充", 3, FILLER))
                    .expectException(refused("DEFINITION_LOCKED")).expectNoEvents();
        }

        @Test
        void removingAnUnknownIndicatorIsNotFound() {
            fixture.given(complete())
                    .when(new RemoveIndicatorCommand(ID, "I42", null, 1, FILLER))
                    .expectException(refused("INDICATOR_NOT_FOUND")).expectNoEvents();
        }

        @Test
        void definitionsAreLockedOnceSubmitted() {
            fixture.given(complete(), submitted(),
                            new EvaluationReturnedEvent(ID, ReviewLevel.UNIT, "请补充", UNIT_REVIEWER))
                    .when(new ChangeIndicatorCommand(ID, "I1", null, null, null, "≥0次", null, "降低目标", 3, FILLER))
                    .expectException(refused("DEFINITION_LOCKED")).expectNoEvents();
        }
    }

    @Nested
    class Workflow {
        @Test
        void aCompleteFormIsSubmittedUpItsChain() {
            fixture.given(complete())
                    .when(new SubmitEvaluationCommand(ID, "请审核", 1, FILLER))
                    .expectEvents(new EvaluationSubmittedEvent(ID, "请审核", CHAIN, FILLER));
        }

        @Test
        void anIncompleteFormIsRefusedWithEveryProblem() {
            List<IndicatorInput> incomplete = new ArrayList<>(completeIndicators());
            incomplete.set(0, new IndicatorInput("产出指标", "数量指标", "三级等保复测次数", "=1.00(次)", d("30"), null, null, null));
            fixture.given(drafted(incomplete))
                    .when(new SubmitEvaluationCommand(ID, null, 1, FILLER))
                    .expectException(Matchers.predicate(e -> e instanceof Refusal r
                            && r.code().equals("FORM_INCOMPLETE")
                            && r.kind() == Refusal.Kind.RULE_BROKEN
                            && ((List<?>) r.details().get("problems")).size() >= 2))
                    .expectNoEvents();
        }

        @Test
        void eachLevelApprovesInTurnAndTheLastOneApprovesFinally() {
            fixture.given(complete(), submitted())
                    .when(new ApproveEvaluationCommand(ID, "同意", 2, UNIT_REVIEWER))
                    .expectEvents(new EvaluationApprovedEvent(ID, ReviewLevel.UNIT, "AT-CENTER", false, "同意",
                            UNIT_REVIEWER));
            fixture.given(complete(), submitted(),
                            new EvaluationApprovedEvent(ID, ReviewLevel.UNIT, "AT-CENTER", false, null, UNIT_REVIEWER),
                            new EvaluationApprovedEvent(ID, ReviewLevel.DEPARTMENT, "AT-GOV", false, null, DEPARTMENT))
                    .when(new ApproveEvaluationCommand(ID, null, 4, FINANCE))
                    .expectEvents(new EvaluationApprovedEvent(ID, ReviewLevel.FINANCE, "JD-FIN", true, null, FINANCE));
        }

        @Test
        void theFillerCannotApprove() {
            fixture.given(complete(), submitted())
                    .when(new ApproveEvaluationCommand(ID, null, 2, FILLER))
                    .expectException(refused("NOT_REVIEWER_AT_LEVEL")).expectNoEvents();
        }

        @Test
        void aReviewerOfTheNextLevelCannotJumpTheQueue() {
            fixture.given(complete(), submitted())
                    .when(new ApproveEvaluationCommand(ID, null, 2, DEPARTMENT))
                    .expectException(refused("NOT_REVIEWER_AT_LEVEL")).expectNoEvents();
        }

        @Test
        void nobodyApprovesAFormTheyAmended() {
            fixture.given(complete(), new ActualValueAmendedEvent(ID, "I1", "1.00(次)", null, FILLING_REVIEWER),
                            submitted())
                    .when(new ApproveEvaluationCommand(ID, null, 3, FILLING_REVIEWER))
                    .expectException(refused("OWN_CHANGES")).expectNoEvents();
        }

        @Test
        void approvingADraftIsAConflict() {
            fixture.given(complete())
                    .when(new ApproveEvaluationCommand(ID, null, 1, UNIT_REVIEWER))
                    .expectException(refused("WRONG_STATE")).expectNoEvents();
        }

        @Test
        void aReviewerReturnsWithAReason() {
            fixture.given(complete(), submitted(),
                            new EvaluationApprovedEvent(ID, ReviewLevel.UNIT, "AT-CENTER", false, null, UNIT_REVIEWER))
                    .when(new ReturnEvaluationCommand(ID, "满意度调查样本不足", 3, DEPARTMENT))
                    .expectEvents(new EvaluationReturnedEvent(ID, ReviewLevel.DEPARTMENT, "满意度调查样本不足", DEPARTMENT));
        }

        @Test
        void aReturnWithoutAReasonIsRefused() {
            fixture.given(complete(), submitted())
                    .when(new ReturnEvaluationCommand(ID, "", 2, UNIT_REVIEWER))
                    .expectException(refused("INVALID_REASON")).expectNoEvents();
        }

        @Test
        void theUnitWithdrawsBeforeReviewStarts() {
            fixture.given(complete(), submitted())
                    .when(new WithdrawEvaluationCommand(ID, "发现错误", 2, FILLER))
                    .expectEvents(new EvaluationWithdrawnEvent(ID, "发现错误", FILLER));
        }

        @Test
        void noWithdrawalOnceALevelHasPassed() {
            fixture.given(complete(), submitted(),
                            new EvaluationApprovedEvent(ID, ReviewLevel.UNIT, "AT-CENTER", false, null, UNIT_REVIEWER))
                    .when(new WithdrawEvaluationCommand(ID, null, 3, FILLER))
                    .expectException(refused("REVIEW_STARTED")).expectNoEvents();
        }

        @Test
        void theFinalLevelReopensAnApprovedFormAndAmendmentsThenNeedReasons() {
            EvaluationApprovedEvent[] approvals = {
                    new EvaluationApprovedEvent(ID, ReviewLevel.UNIT, "AT-CENTER", false, null, UNIT_REVIEWER),
                    new EvaluationApprovedEvent(ID, ReviewLevel.DEPARTMENT, "AT-GOV", false, null, DEPARTMENT),
                    new EvaluationApprovedEvent(ID, ReviewLevel.FINANCE, "JD-FIN", true, null, FINANCE)};
            fixture.given(complete(), submitted(), approvals[0], approvals[1], approvals[2])
                    .when(new ReopenEvaluationCommand(ID, "抽查发现执行数有误", 5, FINANCE))
                    .expectEvents(new EvaluationReopenedEvent(ID, "抽查发现执行数有误", FINANCE));
            fixture.given(complete(), submitted(), approvals[0], approvals[1], approvals[2])
                    .when(new ReopenEvaluationCommand(ID, "想改", 5, DEPARTMENT))
                    .expectException(refused("NOT_FINAL_REVIEWER")).expectNoEvents();
            fixture.given(complete(), submitted(), approvals[0], approvals[1], approvals[2])
                    .when(new AmendFundsCommand(ID, FundSource.TOTAL, null, null, d("0.01"), "x", 5, FILLER))
                    .expectException(refused("WRONG_STATE")).expectNoEvents();
            fixture.given(complete(), submitted(), approvals[0], approvals[1], approvals[2],
                            new EvaluationReopenedEvent(ID, "抽查", FINANCE))
                    .when(new AmendFundsCommand(ID, FundSource.TOTAL, null, null, d("24.80"), "按决算更正", 6, FILLER))
                    .expectEvents(new FundsAmendedEvent(ID, FundSource.TOTAL,
                            new FundLine(d("281000"), d("269500"), d("248000")), "按决算更正", FILLER));
        }

        @Test
        void onlyTheOwningUnitWithdraws() {
            fixture.given(complete(), submitted())
                    .when(new WithdrawEvaluationCommand(ID, "x", 2, OTHER_FILLER))
                    .expectException(notFound()).expectNoEvents();
        }

        @Test
        void onlyTheOwningUnitSubmits() {
            fixture.given(complete())
                    .when(new SubmitEvaluationCommand(ID, null, 1, UNIT_REVIEWER))
                    .expectException(refused("NOT_OWNING_UNIT_FILLER")).expectNoEvents();
        }

        @Test
        void aFormUnderReviewIsNotSubmittedTwice() {
            fixture.given(complete(), submitted())
                    .when(new SubmitEvaluationCommand(ID, null, 2, FILLER))
                    .expectException(refused("WRONG_STATE")).expectNoEvents();
        }

        @Test
        void aStaleVersionIsRefusedForWorkflowStepsToo() {
            fixture.given(complete(), submitted())
                    .when(new ApproveEvaluationCommand(ID, null, 1, UNIT_REVIEWER))
                    .expectException(refused("STALE_VERSION")).expectNoEvents();
        }

        @Test
        void someoneWhoReviewsNoLevelLearnsNothingAboutTheState() {
            Actor sjFinance = new Actor("sj-finance", "松江复核人", "SJ-FIN", Set.of(Role.FINANCE_REVIEWER));
            fixture.given(complete(), submitted(),
                            new EvaluationApprovedEvent(ID, ReviewLevel.UNIT, "AT-CENTER", false, null, UNIT_REVIEWER),
                            new EvaluationApprovedEvent(ID, ReviewLevel.DEPARTMENT, "AT-GOV", false, null, DEPARTMENT),
                            new EvaluationApprovedEvent(ID, ReviewLevel.FINANCE, "JD-FIN", true, null, FINANCE))
                    .when(new ApproveEvaluationCommand(ID, null, 5, sjFinance))
                    .expectException(notFound()).expectNoEvents();
            fixture.given(complete())
                    .when(new ReturnEvaluationCommand(ID, "不合格", 1, sjFinance))
                    .expectException(notFound()).expectNoEvents();
            fixture.given(complete())
                    .when(new ReturnEvaluationCommand(ID, "不合格", 1, FILLER))
                    .expectException(refused("NOT_REVIEWER_AT_LEVEL")).expectNoEvents();
            fixture.given(complete())
                    .when(new ReopenEvaluationCommand(ID, "重开", 1, FINANCE))
                    .expectException(refused("NOT_FINAL_REVIEWER")).expectNoEvents();
            fixture.given(complete(), submitted())
                    .when(new ReopenEvaluationCommand(ID, "重开", 2, FINANCE))
                    .expectException(refused("WRONG_STATE")).expectNoEvents();
        }

        @Test
        void reopeningNeedsAReason() {
            fixture.given(complete(), submitted(),
                            new EvaluationApprovedEvent(ID, ReviewLevel.UNIT, "AT-CENTER", false, null, UNIT_REVIEWER),
                            new EvaluationApprovedEvent(ID, ReviewLevel.DEPARTMENT, "AT-GOV", false, null, DEPARTMENT),
                            new EvaluationApprovedEvent(ID, ReviewLevel.FINANCE, "JD-FIN", true, null, FINANCE))
                    .when(new ReopenEvaluationCommand(ID, " ", 5, FINANCE))
                    .expectException(refused("INVALID_REASON")).expectNoEvents();
        }

        @Test
        void onlyAnApprovedFormIsReopened() {
            fixture.given(complete(), submitted())
                    .when(new ReopenEvaluationCommand(ID, "x", 2, FINANCE))
                    .expectException(refused("WRONG_STATE")).expectNoEvents();
        }
    }
}
