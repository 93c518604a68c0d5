package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.approval.EvaluationApprovedEvent;
import io.jixiao.kernel.approval.EvaluationReopenedEvent;
import io.jixiao.kernel.approval.EvaluationReturnedEvent;
import io.jixiao.kernel.approval.EvaluationSubmittedEvent;
import io.jixiao.kernel.approval.EvaluationWithdrawnEvent;
import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.approval.ReviewStep;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationFoldTest {
    private static final String ID = "E-1";
    private static final Actor FILLER = new Actor("at-center-filler", "填报人", "AT-CENTER", Set.of(Role.FILLER));
    private static final Actor OTHER_FILLER = new Actor("at-center-filler-2", "填报人二", "AT-CENTER", Set.of(Role.FILLER));
    private static final Actor UNIT_REVIEWER = new Actor("at-center-reviewer", "单位审核", "AT-CENTER", Set.of(Role.UNIT_REVIEWER));
    private static final Actor DEPARTMENT = new Actor("at-gov-approver", "主管部门", "AT-GOV", Set.of(Role.DEPARTMENT_APPROVER));
    private static final Actor FINANCE = new Actor("jd-finance", "财政", "JD-FIN", Set.of(Role.FINANCE_REVIEWER));
    private static final List<ReviewStep> CHAIN = List.of(new ReviewStep(ReviewLevel.UNIT, "AT-CENTER"),
            new ReviewStep(ReviewLevel.DEPARTMENT, "AT-GOV"), new ReviewStep(ReviewLevel.FINANCE, "JD-FIN"));

    private static final Indicator RETEST = new Indicator("I1", "产出指标", "时效指标", "复测完成时间", "2024年9月前",
            new BigDecimal("10"), null, null, null);
    private static final Indicator SATISFACTION = new Indicator("I3", "满意度指标", "服务对象满意度指标", "使用人员满意度",
            "≥90.00(%)", new BigDecimal("10"), "95.00(%)", new BigDecimal("10"), null);

    private static EvaluationState drafted() {
        return EvaluationFold.evolve(EvaluationState.EMPTY, new EvaluationDraftedEvent(ID, 2024, "信息化项目运维", "P-1",
                "AT-GOV", "AT-CENTER", AmountUnit.TEN_THOUSAND_YUAN, "NATIONAL",
                new Funds(new FundLine(new BigDecimal("281000"), new BigDecimal("269500"), null), null, null, null),
                new Goals("预期", null), List.of(RETEST, SATISFACTION), "test", FILLER));
    }

    private static EvaluationState submitted() {
        return EvaluationFold.evolve(drafted(), new EvaluationSubmittedEvent(ID, "请审核", CHAIN, FILLER));
    }

    @Test
    void evolveAtAppliesTheNextEventSkipsARedeliveryAndRefusesAGap() {
        EvaluationSubmittedEvent submit = new EvaluationSubmittedEvent(ID, "请审核", CHAIN, FILLER);

        assertThat(EvaluationFold.evolveAt(drafted(), submit, 1)).contains(submitted());
        assertThat(EvaluationFold.evolveAt(submitted(), submit, 1)).isEmpty();
        assertThatThrownBy(() -> EvaluationFold.evolveAt(drafted(), submit, 2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sequence number 2");
        assertThatThrownBy(() -> EvaluationFold.evolveAt(EvaluationState.EMPTY, submit, 0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("never drafted");
    }

    @Test
    void draftedStartsAFormAtVersionOne() {
        EvaluationState s = drafted();

        assertThat(s.exists()).isTrue();
        assertThat(EvaluationState.EMPTY.exists()).isFalse();
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.status()).isEqualTo(EvaluationStatus.DRAFT);
        assertThat(s.fiscalYear()).isEqualTo(2024);
        assertThat(s.projectCode()).isEqualTo("P-1");
        assertThat(s.amountUnit()).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
        assertThat(s.funds().total().adjustedBudget()).isEqualByComparingTo("269500");
        assertThat(s.funds().carryover()).isEqualTo(FundLine.BLANK);
        assertThat(s.indicators()).extracting(Indicator::indicatorId).containsExactly("I1", "I3");
        assertThat(s.nextIndicatorNumber()).isEqualTo(4);
        assertThat(s.changedBy()).containsExactly("at-center-filler");
        assertThat(s.createdBy()).isEqualTo(FILLER);
        assertThat(s.everSubmitted()).isFalse();
        assertThat(s.amendmentsAfterSubmission()).isZero();
    }

    @Test
    void draftedWithoutFundsOrGoalsHasBlankOnes() {
        EvaluationState s = EvaluationFold.evolve(EvaluationState.EMPTY, new EvaluationDraftedEvent(ID, 2024, "x", null,
                "AT-GOV", "AT-CENTER", AmountUnit.YUAN, null, null, null, List.of(), "test", FILLER));

        assertThat(s.funds()).isEqualTo(Funds.BLANK);
        assertThat(s.goals()).isEqualTo(Goals.BLANK);
        assertThat(s.nextIndicatorNumber()).isEqualTo(1);
    }

    @Test
    void amendmentsChangeFiguresAndRecordWhoChangedThem() {
        EvaluationState s = drafted();
        s = EvaluationFold.evolve(s, new FundsAmendedEvent(ID, FundSource.TOTAL,
                s.funds().total().amendedBy(null, null, new BigDecimal("248300")), null, OTHER_FILLER));
        assertThat(s.funds().total()).isEqualTo(new FundLine(new BigDecimal("281000"), new BigDecimal("269500"),
                new BigDecimal("248300")));
        s = EvaluationFold.evolve(s, new GoalsAmendedEvent(ID, new Goals("预期", "实际"), null, FILLER));
        assertThat(s.goals()).isEqualTo(new Goals("预期", "实际"));
        s = EvaluationFold.evolve(s, new ActualValueAmendedEvent(ID, "I1", "部分达成指标并具有一定效果", null, FILLER));
        assertThat(s.indicator("I1").orElseThrow().actual()).isEqualTo("部分达成指标并具有一定效果");
        s = EvaluationFold.evolve(s, new IndicatorScoredEvent(ID, "I1", new BigDecimal("8.00"), "测评延长", null, FILLER));
        assertThat(s.indicator("I1").orElseThrow().score()).isEqualByComparingTo("8.00");
        assertThat(s.indicator("I1").orElseThrow().deviation()).isEqualTo("测评延长");
        assertThat(s.indicator("I3").orElseThrow()).isEqualTo(SATISFACTION);

        assertThat(s.version()).isEqualTo(5);
        assertThat(s.changedBy()).containsExactlyInAnyOrder("at-center-filler", "at-center-filler-2");
        assertThat(s.amendmentsAfterSubmission()).isZero();
    }

    @Test
    void indicatorsAreAddedChangedAndRemoved() {
        EvaluationState s = EvaluationFold.evolve(drafted(), new IndicatorAddedEvent(ID, "I7", "效益指标", "社会效益指标",
                "数据安全防范能力", null, new BigDecimal("10"), null, FILLER));
        assertThat(s.indicators()).extracting(Indicator::indicatorId).containsExactly("I1", "I3", "I7");
        assertThat(s.indicator("I7").orElseThrow().actual()).isNull();
        assertThat(s.nextIndicatorNumber()).isEqualTo(8);

        s = EvaluationFold.evolve(s, new IndicatorChangedEvent(ID, "I7", "效益指标", "社会效益指标", "数据安全防范能力",
                "有效", new BigDecimal("5"), null, FILLER));
        assertThat(s.indicator("I7").orElseThrow().target()).isEqualTo("有效");
        assertThat(s.indicator("I7").orElseThrow().weight()).isEqualByComparingTo("5");

        s = EvaluationFold.evolve(s, new IndicatorRemovedEvent(ID, "I3", null, FILLER));
        assertThat(s.indicators()).extracting(Indicator::indicatorId).containsExactly("I1", "I7");
        assertThat(s.nextIndicatorNumber()).as("ids are never reused").isEqualTo(8);
        assertThat(s.version()).isEqualTo(4);
    }

    @Test
    void submittingSendsTheFormToTheFirstStep() {
        EvaluationState s = submitted();

        assertThat(s.status()).isEqualTo(EvaluationStatus.UNDER_REVIEW);
        assertThat(s.chain()).isEqualTo(CHAIN);
        assertThat(s.currentStep()).contains(CHAIN.get(0));
        assertThat(s.everSubmitted()).isTrue();
        assertThat(s.version()).isEqualTo(2);
        assertThat(s.amendmentsAfterSubmission()).as("submitting is no amendment").isZero();
    }

    @Test
    void approvalsWalkTheChainAndTheLastOneLocks() {
        EvaluationState s = EvaluationFold.evolve(submitted(),
                new EvaluationApprovedEvent(ID, ReviewLevel.UNIT, "AT-CENTER", false, null, UNIT_REVIEWER));
        assertThat(s.currentStep()).contains(CHAIN.get(1));
        assertThat(s.status()).isEqualTo(EvaluationStatus.UNDER_REVIEW);
        s = EvaluationFold.evolve(s, new EvaluationApprovedEvent(ID, ReviewLevel.DEPARTMENT, "AT-GOV", false, null, DEPARTMENT));
        assertThat(s.currentStep()).contains(CHAIN.get(2));
        s = EvaluationFold.evolve(s, new EvaluationApprovedEvent(ID, ReviewLevel.FINANCE, "JD-FIN", true, "通过", FINANCE));

        assertThat(s.status()).isEqualTo(EvaluationStatus.APPROVED);
        assertThat(s.status().editable()).isFalse();
        assertThat(s.everApproved()).isTrue();
        assertThat(s.currentStep()).isEmpty();
        assertThat(s.version()).isEqualTo(5);
        assertThat(s.changedBy()).as("reviewers change nothing").containsExactly("at-center-filler");
    }

    @Test
    void returningSendsTheFormBackToTheUnit() {
        EvaluationState s = EvaluationFold.evolve(submitted(),
                new EvaluationApprovedEvent(ID, ReviewLevel.UNIT, "AT-CENTER", false, null, UNIT_REVIEWER));
        s = EvaluationFold.evolve(s, new EvaluationReturnedEvent(ID, ReviewLevel.DEPARTMENT, "补充偏差原因", DEPARTMENT));

        assertThat(s.status()).isEqualTo(EvaluationStatus.RETURNED);
        assertThat(s.status().editable()).isTrue();
        assertThat(s.reviewStep()).isZero();
        assertThat(s.currentStep()).isEmpty();
        assertThat(s.everSubmitted()).isTrue();

        s = EvaluationFold.evolve(s, new IndicatorScoredEvent(ID, "I1", new BigDecimal("8"), "测评延长", "补充", FILLER));
        assertThat(s.amendmentsAfterSubmission()).isEqualTo(1);
        assertThat(s.amendmentsAfterApproval()).isZero();
        s = EvaluationFold.evolve(s, new EvaluationSubmittedEvent(ID, null, CHAIN, OTHER_FILLER));
        assertThat(s.currentStep()).contains(CHAIN.get(0));
        assertThat(s.changedBy()).as("a submitter may not approve either").contains("at-center-filler-2");
    }

    @Test
    void withdrawingReturnsTheFormToDraft() {
        EvaluationState s = EvaluationFold.evolve(submitted(), new EvaluationWithdrawnEvent(ID, "还要改", FILLER));

        assertThat(s.status()).isEqualTo(EvaluationStatus.DRAFT);
        assertThat(s.reviewStep()).isZero();
        assertThat(s.everSubmitted()).as("amendments from now on still need a reason").isTrue();
        s = EvaluationFold.evolve(s, new GoalsAmendedEvent(ID, new Goals("预期", "实际"), "补充", FILLER));
        assertThat(s.amendmentsAfterSubmission()).isEqualTo(1);
    }

    @Test
    void reopeningAnApprovedFormCountsAmendmentsAfterApproval() {
        EvaluationState s = submitted();
        s = EvaluationFold.evolve(s, new EvaluationApprovedEvent(ID, ReviewLevel.UNIT, "AT-CENTER", false, null, UNIT_REVIEWER));
        s = EvaluationFold.evolve(s, new EvaluationApprovedEvent(ID, ReviewLevel.DEPARTMENT, "AT-GOV", false, null, DEPARTMENT));
        s = EvaluationFold.evolve(s, new EvaluationApprovedEvent(ID, ReviewLevel.FINANCE, "JD-FIN", true, null, FINANCE));
        s = EvaluationFold.evolve(s, new EvaluationReopenedEvent(ID, "抽查发现问题", FINANCE));

        assertThat(s.status()).isEqualTo(EvaluationStatus.REOPENED);
        assertThat(s.status().editable()).isTrue();
        assertThat(s.reviewStep()).isZero();
        assertThat(s.everApproved()).isTrue();

        s = EvaluationFold.evolve(s, new ActualValueAmendedEvent(ID, "I3", "92.00(%)", "整改", FILLER));
        s = EvaluationFold.evolve(s, new FundsAmendedEvent(ID, FundSource.TOTAL, s.funds().total(), "整改", FILLER));
        assertThat(s.amendmentsAfterSubmission()).isEqualTo(2);
        assertThat(s.amendmentsAfterApproval()).isEqualTo(2);
        assertThat(s.version()).isEqualTo(8);
    }

    @Test
    void replayIsTheFoldOfEveryEvent() {
        List<EvaluationEvent> events = new ArrayList<>();
        events.add(new EvaluationDraftedEvent(ID, 2024, "信息化项目运维", null, "AT-GOV", "AT-CENTER", AmountUnit.YUAN,
                "NATIONAL", null, null, List.of(RETEST), "test", FILLER));
        events.add(new ActualValueAmendedEvent(ID, "I1", "达成指标", null, FILLER));
        events.add(new EvaluationSubmittedEvent(ID, null, CHAIN, FILLER));

        EvaluationState stepwise = EvaluationState.EMPTY;
        for (EvaluationEvent event : events) {
            stepwise = EvaluationFold.evolve(stepwise, event);
        }

        assertThat(EvaluationFold.replay(events)).isEqualTo(stepwise);
        assertThat(EvaluationFold.replay(events).version()).isEqualTo(3);
        assertThat(EvaluationFold.replay(List.of())).isEqualTo(EvaluationState.EMPTY);
    }

    @Test
    void unknownEventsAreRefused() {
        EvaluationEvent stranger = new EvaluationEvent() {
            @Override
            public String evaluationId() {
                return ID;
            }

            @Override
            public Actor actor() {
                return FILLER;
            }
        };

        assertThatThrownBy(() -> EvaluationFold.evolve(drafted(), stranger)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void indicatorIdsAreNumbered() {
        assertThat(EvaluationFold.indicatorId(12)).isEqualTo("I12");
        assertThat(EvaluationFold.numberOf("I12")).isEqualTo(12);
        assertThat(EvaluationFold.numberOf("X")).isZero();
    }
}
