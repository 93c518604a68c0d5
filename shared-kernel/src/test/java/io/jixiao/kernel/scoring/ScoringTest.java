package io.jixiao.kernel.scoring;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.scoring.Judgement.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoringTest {
    private static final ScoringPolicy NATIONAL = ScoringPolicy.NATIONAL;
    private static final BigDecimal TEN = new BigDecimal("10");
    private static final BigDecimal ONE_CENT = new BigDecimal("0.01");

    private static BigDecimal wan(String amount) {
        return AmountUnit.TEN_THOUSAND_YUAN.toYuan(new BigDecimal(amount));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** docs/DOMAIN.md's seed vectors (Anting 2024, in 万元); published figures came from 元, so 0.01 and no more. */
    @ParameterizedTest(name = "{0} -> {1} gives {2}% and {3}")
    @CsvSource({
            "762.25, 758.02, 99.44, 9.94",
            "75.00, 59.09, 78.78, 7.88",
            "143.50, 139.41, 97.15, 9.72",
            "26.95, 24.83, 92.13, 9.21",
            "227.12, 227.10, 99.99, 10.00"})
    void seedVectors(String adjusted, String executed, BigDecimal rate, BigDecimal score) {
        BigDecimal computedRate = Scoring.executionRate(wan(adjusted), wan(executed));

        assertThat(computedRate).isCloseTo(rate, within(ONE_CENT));
        assertThat(computedRate.scale()).isEqualTo(2);
        assertThat(Scoring.budgetScore(computedRate, NATIONAL)).isCloseTo(score, within(ONE_CENT));
    }

    @Test
    void theTwoSeedVectorsThatDifferDoSoByExactlyOneCent() {
        assertThat(Scoring.executionRate(wan("762.25"), wan("758.02"))).isEqualByComparingTo("99.45");
        assertThat(Scoring.executionRate(wan("75.00"), wan("59.09"))).isEqualByComparingTo("78.79");
        assertThat(Scoring.executionRate(wan("143.50"), wan("139.41"))).isEqualByComparingTo("97.15");
        assertThat(Scoring.budgetScore(d("97.15"), NATIONAL)).isEqualByComparingTo("9.72");
        assertThat(Scoring.budgetScore(d("99.99"), NATIONAL)).isEqualByComparingTo("10.00");
    }

    @Test
    void roundsHalfUpNotHalfEven() {
        assertThat(Scoring.executionRate(d("100"), d("0.125"))).isEqualByComparingTo("0.13");
        assertThat(Scoring.executionRate(d("3"), d("2"))).isEqualByComparingTo("66.67");
        assertThat(Scoring.budgetScore(d("86.25"), NATIONAL)).isEqualByComparingTo("8.63");
        assertThat(Scoring.budgetScore(d("86.25"), NATIONAL).scale()).isEqualTo(2);
    }

    @Test
    void budgetScoreStopsAtTheWeightAndRateNeedsBothFigures() {
        assertThat(Scoring.executionRate(d("100"), d("105"))).isEqualByComparingTo("105.00");
        assertThat(Scoring.budgetScore(d("105.00"), NATIONAL)).isEqualByComparingTo("10.00");
        assertThat(Scoring.executionRate(BigDecimal.ZERO, d("5"))).isNull();
        assertThat(Scoring.executionRate(null, d("5"))).isNull();
        assertThat(Scoring.executionRate(d("5"), null)).isNull();
        assertThat(Scoring.budgetScore(null, NATIONAL)).isNull();
    }

    @Test
    void positiveIndicatorsScoreTheShareReachedWithoutBonus() {
        assertSuggests(">=180批次", "105批次", TEN, "5.83", "5.83");
        assertSuggests(">=4次", "5次", TEN, "10.00", "10.00");
        assertSuggests("≥90.00(%)", "95.00(%)", d("5.00"), "5.00", "5.00");
        assertSuggests(">=95%", "0%", TEN, "0.00", "0.00");
    }

    @Test
    void negativeIndicatorsUseTheNationalFormulaByDefault() {
        assertSuggests("≤1.00(工作日)", "1.00(工作日)", d("5"), "5.00", "5.00");
        assertSuggests("<=5%", "8%", TEN, "6.25", "6.25");
        assertSuggests("<=0次", "2次", TEN, "0.00", "0.00");
    }

    @Test
    void equalityIncludingATargetOfZero() {
        assertSuggests("=0.00(次)", "0.00(次)", TEN, "10.00", "10.00");
        assertSuggests("=0.00(次)", "1(次)", TEN, "0.00", "0.00");
        assertSuggests("=100.00(%)", "90.00(%)", TEN, "9.00", "9.00");
        assertSuggests("=3.00(个)", "4.00(个)", d("7"), "7.00", "7.00");
        assertSuggests("0年", "0年", TEN, "10.00", "10.00");
    }

    @Test
    void verdictsGiveTheirBands() {
        assertSuggests("2024年9月前", "部分达成指标并具有一定效果", TEN, "6.00", "7.99");
        assertSuggests("有效改善", "达成指标", TEN, "8.00", "10.00");
        assertSuggests("有效改善", "未达成年度指标且效果较差", TEN, "0.00", "5.99");
        assertSuggests("建立", "部分达成年度指标并具有一定效果", d("3"), "1.80", "2.39");
        assertSuggests("不超预算", "达成年度指标", d("15.00"), "12.00", "15.00");
    }

    @Test
    void aQualitativeActualRepeatingTheTargetIsAchieved() {
        assertSuggests("及时", "及时", TEN, "8.00", "10.00");
        assertSuggests("及时性", "及时性", d("15"), "12.00", "15.00");
        assertSuggests("及时", "及时性", TEN, "8.00", "10.00");
    }

    @Test
    void anotherWordDoesNotAnswerTheTarget() {
        Judgement judgement = Scoring.judge("合理", "及时性", TEN, NATIONAL);

        assertThat(judgement.outcome()).isEqualTo(Outcome.WRONG_KIND);
        assertThat(judgement.suggestion()).isNull();
        assertThat(judgement.wrongKind()).isTrue();
        assertThat(Scoring.judge(">=4次", "及时", TEN, NATIONAL).outcome()).isEqualTo(Outcome.WRONG_KIND);
        assertThat(Scoring.judge("及时", "95%", TEN, NATIONAL).outcome()).isEqualTo(Outcome.WRONG_KIND);
        assertThat(Scoring.judge("48小时内", "及时", TEN, NATIONAL).outcome()).isEqualTo(Outcome.WRONG_KIND);
    }

    @Test
    void aVerdictWhereAFigureWasAskedForGetsItsBandButIsFlagged() {
        Judgement judgement = Scoring.judge("0年", "达成指标", TEN, NATIONAL);

        assertThat(judgement.outcome()).isEqualTo(Outcome.SUGGESTED_FROM_VERDICT_FOR_FIGURE);
        assertThat(judgement.suggestion().min()).isEqualByComparingTo("8.00");
        assertThat(judgement.wrongKind()).isTrue();
    }

    @Test
    void relatedUnitsAreComparedByNumberAndNoted() {
        Judgement judgement = Scoring.judge(">=5000人", "1669人次", TEN, NATIONAL);

        assertThat(judgement.outcome()).isEqualTo(Outcome.SUGGESTED_WITH_RELATED_UNIT);
        assertThat(judgement.suggestion().min()).isEqualByComparingTo("3.34");
        assertThat(judgement.suggestion().basis()).contains("人次 counted as 人");
        assertThat(Scoring.judge(">=4次", "95%", TEN, NATIONAL).outcome()).isEqualTo(Outcome.WRONG_KIND);
        assertThat(Scoring.judge("=3.00(个)", "3.00(套)", TEN, NATIONAL).suggestion()).isNull();
        assertThat(Scoring.judge(">=4次", "4", TEN, NATIONAL).outcome()).isEqualTo(Outcome.SUGGESTED);
    }

    @Test
    void deadlinesAgainstTimesAndMonths() {
        assertSuggests("48小时内", "48小时内", TEN, "8.00", "10.00");
        assertSuggests("当年内", "当年内", TEN, "8.00", "10.00");
        assertSuggests("48小时内", "36小时", TEN, "10.00", "10.00");
        assertSuggests("48小时内", "60小时", TEN, "8.00", "8.00");
        assertSuggests("48小时内", "24小时内", TEN, "10.00", "10.00");
        assertSuggests("2024年9月前", "2024年8月", TEN, "10.00", "10.00");
        assertSuggests("2024年9月前", "2024年9月", TEN, "10.00", "10.00");
        assertSuggests("2024年9月前", "2024年11月完成", TEN, "0.00", "5.99");
        assertThat(Scoring.judge("48小时内", "2天", TEN, NATIONAL).outcome()).isEqualTo(Outcome.WRONG_KIND);
        assertThat(Scoring.judge("当年内", "2024年8月", TEN, NATIONAL).outcome()).isEqualTo(Outcome.WRONG_KIND);
    }

    @Test
    void nothingIsSuggestedWhereThereIsNothingToJudge() {
        assertThat(Scoring.judge(null, "达成指标", TEN, NATIONAL).outcome()).isEqualTo(Outcome.NO_TARGET);
        assertThat(Scoring.judge(">=4次", " ", TEN, NATIONAL).outcome()).isEqualTo(Outcome.NO_ACTUAL);
        assertThat(Scoring.judge(">=4次", "4次", null, NATIONAL).outcome()).isEqualTo(Outcome.NO_WEIGHT);
        assertThat(Scoring.judge(">=4次", "大约四次吧,具体不详", TEN, NATIONAL).outcome())
                .isEqualTo(Outcome.UNREADABLE_ACTUAL);
        assertThat(Scoring.judge("加强信息传递,减少因城市风险带来的", "5次", TEN, NATIONAL).outcome())
                .isEqualTo(Outcome.UNREADABLE_TARGET);
        assertThat(Scoring.suggest(null, "4次", TEN, NATIONAL)).isNull();
    }

    @Test
    void aVerdictIsScoredEvenAgainstAClippedTarget() {
        assertSuggests("加强信息传递,减少因城市风险带来的", "达成指标", d("5.00"), "4.00", "5.00");
    }

    private static void assertSuggests(String target, String actual, BigDecimal weight, String min, String max) {
        SuggestedScore suggestion = Scoring.suggest(target, actual, weight, NATIONAL);
        assertThat(suggestion).as(target + " / " + actual).isNotNull();
        assertThat(suggestion.min()).as(target + " / " + actual + " min").isEqualByComparingTo(min);
        assertThat(suggestion.max()).as(target + " / " + actual + " max").isEqualByComparingTo(max);
        assertThat(suggestion.basis()).isNotBlank();
    }
}
