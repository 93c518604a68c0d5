package io.jixiao.query.history;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.FundsAmendedEvent;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.GoalsAmendedEvent;
import io.jixiao.kernel.evaluation.IndicatorAddedEvent;
import io.jixiao.kernel.evaluation.IndicatorChangedEvent;
import io.jixiao.kernel.evaluation.IndicatorRemovedEvent;
import io.jixiao.query.support.AntingForm;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.jixiao.query.support.DemoOrganization.actor;
import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {
    private static final EvaluationState DRAFTED = EvaluationFold.evolve(EvaluationState.EMPTY, AntingForm.drafted());

    @Test
    void theFiguresFollowThePrintedFormWithPathsAndWords() {
        List<String> paths = Figures.of(DRAFTED).keySet().stream().toList();
        assertThat(paths).startsWith("funds.total.initialBudget", "funds.total.adjustedBudget", "funds.total.executed",
                "funds.currentYearAppropriation.initialBudget");
        assertThat(paths).containsSubsequence("funds.other.executed", "goals.expected", "goals.actual",
                "indicators.I1.level1", "indicators.I9.deviation");
        Figure actual = Figures.of(DRAFTED).get("indicators.I9.actual");
        assertThat(actual.label()).isEqualTo("指标 满意度指标/服务对象满意度指标/使用人员满意度 实际完成值");
        assertThat(actual.text()).isEqualTo("95.00(%)");
        Figure executed = Figures.of(DRAFTED).get("funds.total.executed");
        assertThat(executed.label()).isEqualTo("资金 年度资金总额 全年执行数");
        assertThat(executed.text()).as("in the form's 万元, not in 元").isEqualTo("24.83");
        assertThat(Figures.of(DRAFTED).get("goals.actual").label()).isEqualTo("年度总体目标 实际完成情况");
        assertThat(Figures.of(DRAFTED).get("indicators.I6.score").text()).isEqualTo("8.00");
        assertThat(Figures.of(DRAFTED).get("indicators.I6.weight").text()).isEqualTo("10");
    }

    @Test
    void aFundsRowAmendedInOneGoGivesOneChangePerFigureThatMoved() {
        EvaluationState after = EvaluationFold.evolve(DRAFTED, new FundsAmendedEvent(AntingForm.ID, FundSource.TOTAL,
                AntingForm.line("28.10", "27.00", "25.00"), null, actor(AntingForm.FILLER)));
        assertThat(Figures.diff(DRAFTED, after)).containsExactly(
                new FigureChange("funds.total.adjustedBudget", "资金 年度资金总额 全年预算数", "26.95", "27.00"),
                new FigureChange("funds.total.executed", "资金 年度资金总额 全年执行数", "24.83", "25.00"));
    }

    @Test
    void numbersEqualInValueAreTheSameFigureWhateverTheirScale() {
        FundLine sameInOtherScale = new FundLine(new BigDecimal("281000.00"), new BigDecimal("269500.0"),
                new BigDecimal("248300"));
        EvaluationState after = EvaluationFold.evolve(DRAFTED, new FundsAmendedEvent(AntingForm.ID, FundSource.TOTAL,
                sameInOtherScale, null, actor(AntingForm.FILLER)));
        assertThat(Figures.diff(DRAFTED, after)).isEmpty();
    }

    @Test
    void anAddedIndicatorReadsNullBeforeAndARemovedOneNullAfter() {
        EvaluationState added = EvaluationFold.evolve(DRAFTED, new IndicatorAddedEvent(AntingForm.ID, "I10", "产出指标",
                "数量指标", "培训次数", ">=4次", new BigDecimal("5.0"), null, actor(AntingForm.FILLER)));
        assertThat(Figures.diff(DRAFTED, added)).containsExactly(
                new FigureChange("indicators.I10.level1", "指标 产出指标/数量指标/培训次数 一级指标", null, "产出指标"),
                new FigureChange("indicators.I10.level2", "指标 产出指标/数量指标/培训次数 二级指标", null, "数量指标"),
                new FigureChange("indicators.I10.name", "指标 产出指标/数量指标/培训次数 三级指标", null, "培训次数"),
                new FigureChange("indicators.I10.target", "指标 产出指标/数量指标/培训次数 年度指标值", null, ">=4次"),
                new FigureChange("indicators.I10.weight", "指标 产出指标/数量指标/培训次数 分值", null, "5"));
        EvaluationState removed = EvaluationFold.evolve(added, new IndicatorRemovedEvent(AntingForm.ID, "I10", null,
                actor(AntingForm.FILLER)));
        assertThat(Figures.diff(added, removed)).extracting(FigureChange::newValue).containsOnlyNulls().hasSize(5);
        assertThat(Figures.diff(DRAFTED, removed)).isEmpty();
    }

    @Test
    void aRenamedIndicatorIsNamedInWordsByItsOldName() {
        EvaluationState renamed = EvaluationFold.evolve(DRAFTED, new IndicatorChangedEvent(AntingForm.ID, "I3",
                "产出指标", "数量指标", "三级等保测评次数", "=1.00(次)", new BigDecimal("10"), null,
                actor(AntingForm.FILLER)));
        assertThat(Figures.diff(DRAFTED, renamed)).containsExactly(new FigureChange("indicators.I3.name",
                "指标 产出指标/数量指标/三级等保复测次数 三级指标", "三级等保复测次数", "三级等保测评次数"));
    }

    @Test
    void goalsAndYuanAmountsReadAsTheFormShowsThem() {
        EvaluationState yuan = EvaluationFold.evolve(EvaluationState.EMPTY, new EvaluationDraftedEvent("ev-yuan", 2023,
                "疫情防控", null, "SJ-OFFICE", "SJ-OFFICE", AmountUnit.YUAN, "NATIONAL",
                new Funds(new FundLine(new BigDecimal("400000"), null, null), null, null, null), Goals.BLANK,
                List.of(), "test", actor("sj-office-filler")));
        EvaluationState amended = EvaluationFold.evolve(yuan, new FundsAmendedEvent("ev-yuan", FundSource.TOTAL,
                new FundLine(new BigDecimal("400000"), new BigDecimal("15475823"), null), null,
                actor("sj-office-filler")));
        assertThat(Figures.diff(yuan, amended)).containsExactly(new FigureChange("funds.total.adjustedBudget",
                "资金 年度资金总额 全年预算数", null, "15475823.00"));
        EvaluationState goals = EvaluationFold.evolve(amended, new GoalsAmendedEvent("ev-yuan",
                new Goals(null, "全面完成"), null, actor("sj-office-filler")));
        assertThat(Figures.diff(amended, goals)).containsExactly(new FigureChange("goals.actual",
                "年度总体目标 实际完成情况", null, "全面完成"));
    }

    @Test
    void aFormThatDoesNotExistHasNoFigures() {
        assertThat(Figures.of(EvaluationState.EMPTY)).isEmpty();
        long filledIn = Figures.of(DRAFTED).values().stream().filter(f -> f.value() != null).count();
        assertThat(Figures.diff(EvaluationState.EMPTY, DRAFTED)).hasSize((int) filledIn)
                .allSatisfy(change -> assertThat(change.oldValue()).isNull());
    }
}
