package io.jixiao.kernel.scoring;

import io.jixiao.kernel.scoring.ScoringPolicy.NegativeIndicatorFormula;
import io.jixiao.kernel.seeds.SeedForms;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringPolicyOptionsTest {
    private static final BigDecimal TEN = new BigDecimal("10");
    private static final ScoringPolicy NATIONAL = ScoringPolicy.NATIONAL;
    private static final ScoringPolicy LINEAR = NATIONAL.withNegativeFormula(NegativeIndicatorFormula.LINEAR_TO_ZERO_AT_DOUBLE);
    private static final ScoringPolicy WHOLE = NATIONAL.withWholePointScores(true);
    private static final ScoringPolicy CAPPED = NATIONAL.withCapTotalByExecutionRate(true);

    @Test
    void nationalIsTheDefault() {
        assertThat(ScoringPolicy.byName(null)).isSameAs(NATIONAL);
        assertThat(ScoringPolicy.byName("NATIONAL")).isSameAs(NATIONAL);
        assertThat(NATIONAL.negativeFormula()).isEqualTo(NegativeIndicatorFormula.TARGET_OVER_ACTUAL);
        assertThat(NATIONAL.wholePointScores()).isFalse();
        assertThat(NATIONAL.capTotalByExecutionRate()).isFalse();
        assertThat(NATIONAL.totalWeight()).isEqualByComparingTo("100");
        assertThatThrownBy(() -> ScoringPolicy.byName("MARS")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeIndicatorFormulas() {
        assertThat(point("<=5%", "8%", NATIONAL)).isEqualByComparingTo("6.25");
        assertThat(point("<=5%", "8%", LINEAR)).isEqualByComparingTo("4.00");
        assertThat(point("<=5%", "10%", NATIONAL)).isEqualByComparingTo("5.00");
        assertThat(point("<=5%", "10%", LINEAR)).isEqualByComparingTo("0.00");
        assertThat(point("<=5%", "12%", LINEAR)).isEqualByComparingTo("0.00");
        assertThat(point("<=5%", "5%", LINEAR)).isEqualByComparingTo("10.00");
        assertThat(point("≤30.00(分钟)", "45.00(分钟)", NATIONAL)).isEqualByComparingTo("6.67");
        assertThat(point("≤30.00(分钟)", "45.00(分钟)", LINEAR)).isEqualByComparingTo("5.00");
    }

    @Test
    void wholePointScores() {
        assertThat(Scoring.budgetScore(new BigDecimal("86.00"), WHOLE)).isEqualByComparingTo("9");
        assertThat(Scoring.budgetScore(new BigDecimal("92.13"), WHOLE)).isEqualByComparingTo("9");
        assertThat(Scoring.budgetScore(new BigDecimal("84.99"), WHOLE)).isEqualByComparingTo("8");
        assertThat(point(">=5000人", "1669人次", WHOLE)).isEqualByComparingTo("3");
        SuggestedScore partly = Scoring.suggest("2024年9月前", "部分达成指标并具有一定效果", TEN, WHOLE);
        assertThat(partly.min()).isEqualByComparingTo("6");
        assertThat(partly.max()).isEqualByComparingTo("7");
        SuggestedScore achievedOfThree = Scoring.suggest("建立", "达成指标", new BigDecimal("3"), WHOLE);
        assertThat(achievedOfThree.min()).isEqualByComparingTo("3");
        assertThat(achievedOfThree.max()).isEqualByComparingTo("3");
        SuggestedScore partlyOfOne = Scoring.suggest("建立", "部分达成指标并具有一定效果", BigDecimal.ONE, WHOLE);
        assertThat(partlyOfOne.min()).isEqualByComparingTo(partlyOfOne.max());
    }

    @Test
    void capTotalByExecutionRate() {
        assertThat(Scoring.totalCap(new BigDecimal("49.99"), CAPPED)).isEqualByComparingTo("59");
        assertThat(Scoring.totalCap(new BigDecimal("50.00"), CAPPED)).isEqualByComparingTo("69");
        assertThat(Scoring.totalCap(new BigDecimal("65.00"), CAPPED)).isEqualByComparingTo("79");
        assertThat(Scoring.totalCap(new BigDecimal("79.99"), CAPPED)).isEqualByComparingTo("89");
        assertThat(Scoring.totalCap(new BigDecimal("80.00"), CAPPED)).isNull();
        assertThat(Scoring.totalCap(new BigDecimal("40.00"), NATIONAL)).isNull();

        var rate7879 = SeedForms.state(SeedForms.ANTING, "其他专项工作经费(一网统管网格案件应急处置费)");
        ScoreSheet uncapped = Scoring.score(rate7879, NATIONAL);
        ScoreSheet capped = Scoring.score(rate7879, CAPPED);
        assertThat(uncapped.totalScore()).isEqualByComparingTo("97.88");
        assertThat(uncapped.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(capped.executionRate()).isEqualByComparingTo("78.79");
        assertThat(capped.totalScore()).isEqualByComparingTo("89.00");
        assertThat(capped.grade()).isEqualTo(Grade.GOOD);
        var rate9213 = SeedForms.state(SeedForms.ANTING, "信息化项目运维(信息安全三级等保)");
        assertThat(Scoring.score(rate9213, CAPPED).totalScore()).isEqualByComparingTo("97.21");
    }

    private static BigDecimal point(String target, String actual, ScoringPolicy policy) {
        SuggestedScore suggestion = Scoring.suggest(target, actual, TEN, policy);
        assertThat(suggestion.min()).isEqualByComparingTo(suggestion.max());
        return suggestion.min();
    }
}
