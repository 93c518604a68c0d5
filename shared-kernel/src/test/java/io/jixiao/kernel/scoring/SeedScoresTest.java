package io.jixiao.kernel.scoring;

import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.seeds.SeedForm;
import io.jixiao.kernel.seeds.SeedForms;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 24 seed forms recomputed: execution rate, budget score, total and grade against what was published. No
 * seed form is off by more than 0.01; the few 0.01 differences and every blank published figure are explained
 * below, and the test fails if the data stop matching these explanations.
 */
class SeedScoresTest {
    private static final BigDecimal ONE_CENT = new BigDecimal("0.01");

    /** Published figures that differ from the recomputation by exactly 0.01, and why. */
    private static final Map<String, String> ONE_CENT_OFF = Map.of(
            "anting-2024#0 rate", "published from 元 amounts; the 万元 figures 758.02 / 762.25 give 99.45",
            "anting-2024#0 budgetRate", "same figure as the total row's rate",
            "anting-2024#0 budgetScore", "9.94 follows from 99.44; 99.45 gives 9.95",
            "anting-2024#0 total", "carries the budget score's 0.01",
            "anting-2024#1 rate", "printed 78.78 is 59.09 / 75.00 truncated (78.7866...), not rounded",
            "anting-2024#1 budgetRate", "same figure as the total row's rate");

    /** Published figures left blank in the source, and why. */
    private static final Map<String, String> BLANK_PUBLISHED = new LinkedHashMap<>();

    static {
        BLANK_PUBLISHED.put("anting-2024#5 grade", "no 评分等级 row was captured for 司法调解员费");
        BLANK_PUBLISHED.put("anting-2024#6 rate", "the total row's 执行率 cell was not captured (the 当年财政拨款 row has it)");
        BLANK_PUBLISHED.put("anting-2024#6 budgetRate", "same cell as the total row's rate");
        for (int i = 0; i < 14; i++) {
            BLANK_PUBLISHED.put("songjiang-2023#" + i + " grade", "the 2023 Songjiang template prints no 评分等级");
            BLANK_PUBLISHED.put("songjiang-2023#" + i + " rate",
                    "the Songjiang template prints the rate only in the budget execution row");
        }
        for (int i : new int[]{2, 3, 6, 13}) {
            BLANK_PUBLISHED.put("songjiang-2023#" + i + " total", "总分 row printed blank");
        }
    }

    @Test
    void everySeedFormReproducesItsPublishedFiguresWithinOneCent() {
        List<String> failures = new ArrayList<>();
        TreeSet<String> blanks = new TreeSet<>();
        TreeSet<String> oneCentOff = new TreeSet<>();
        for (SeedForm form : SeedForms.all()) {
            ScoreSheet sheet = Scoring.score(form.state(), ScoringPolicy.NATIONAL);
            Map<String, BigDecimal[]> figures = new LinkedHashMap<>();
            figures.put("rate", new BigDecimal[]{sheet.executionRate(), form.published("funds", "total", "publishedRate")});
            figures.put("budgetRate", new BigDecimal[]{sheet.executionRate(), form.published("budgetExecution", "publishedRate")});
            figures.put("budgetScore", new BigDecimal[]{sheet.budgetScore(), form.published("budgetExecution", "publishedScore")});
            figures.put("total", new BigDecimal[]{sheet.totalScore(), form.published("publishedTotal")});
            for (Map.Entry<String, BigDecimal[]> figure : figures.entrySet()) {
                String key = key(form, figure.getKey());
                BigDecimal computed = figure.getValue()[0];
                BigDecimal published = figure.getValue()[1];
                if (published == null) {
                    blanks.add(key);
                    continue;
                }
                BigDecimal difference = computed.subtract(published).abs();
                if (difference.compareTo(ONE_CENT) > 0) {
                    failures.add(key + ": computed " + computed + ", published " + published);
                } else if (difference.signum() != 0) {
                    oneCentOff.add(key);
                }
            }
            if (form.publishedGrade() == null) {
                blanks.add(key(form, "grade"));
            } else if (!sheet.grade().label().equals(form.publishedGrade())) {
                failures.add(key(form, "grade") + ": computed " + sheet.grade().label() + ", published " + form.publishedGrade());
            }
        }

        assertThat(SeedForms.all()).hasSize(24);
        assertThat(failures).isEmpty();
        assertThat(oneCentOff).isEqualTo(new TreeSet<>(ONE_CENT_OFF.keySet()));
        assertThat(blanks).isEqualTo(new TreeSet<>(BLANK_PUBLISHED.keySet()));
    }

    @Test
    void whereTheTotalRowRateIsBlankTheCurrentYearRowConfirmsIt() {
        SeedForm form = SeedForms.get(SeedForms.ANTING, "其他专项工作经费(维稳安保费)");

        assertThat(Scoring.executionRate(form.state().funds().line(FundSource.CURRENT_YEAR_APPROPRIATION)))
                .isEqualByComparingTo(form.published("funds", "currentYearAppropriation", "publishedRate"));
        assertThat(Scoring.score(form.state(), ScoringPolicy.NATIONAL).executionRate()).isEqualByComparingTo("99.99");
    }

    @Test
    void blankSeedTotalsAreComputedFromTheScores() {
        assertThat(Scoring.score(SeedForms.state(SeedForms.SONGJIANG, "合作与交流"), ScoringPolicy.NATIONAL).totalScore())
                .isEqualByComparingTo("96.00");
        assertThat(Scoring.score(SeedForms.state(SeedForms.SONGJIANG, "稳增长专班"), ScoringPolicy.NATIONAL).totalScore())
                .isEqualByComparingTo("100.00");
    }

    @Test
    void seedBudgetWeightsAreThePolicyWeight() {
        for (SeedForm form : SeedForms.all()) {
            assertThat(form.published("budgetExecution", "weight")).as(form.toString())
                    .isEqualByComparingTo(ScoringPolicy.NATIONAL.budgetWeight());
        }
    }

    /** The example of docs/DOMAIN.md "The form as answered". */
    @Test
    void theApiExampleForm() {
        var state = SeedForms.state(SeedForms.ANTING, "信息化项目运维(信息安全三级等保)");

        ScoreSheet sheet = Scoring.score(state, ScoringPolicy.NATIONAL);

        assertThat(sheet.executionRate()).isEqualByComparingTo("92.13");
        assertThat(sheet.budgetWeight()).isEqualByComparingTo("10");
        assertThat(sheet.budgetScore()).isEqualByComparingTo("9.21");
        assertThat(sheet.totalScore()).isEqualByComparingTo("97.21");
        assertThat(sheet.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(sheet.grade().label()).isEqualTo("优");
        assertThat(sheet.indicatorWeightTotal()).isEqualByComparingTo("90");
        assertThat(sheet.indicatorScoreTotal()).isEqualByComparingTo("88");
        assertThat(sheet.weightTotal()).isEqualByComparingTo("100");
        Indicator retest = state.indicators().stream().filter(i -> i.name().equals("复测完成时间")).findFirst().orElseThrow();
        assertThat(retest.target()).isEqualTo("2024年9月前");
        SuggestedScore suggestion = sheet.suggestions().get(retest.indicatorId());
        assertThat(suggestion.min()).isEqualByComparingTo("6.00");
        assertThat(suggestion.max()).isEqualByComparingTo("7.99");
        assertThat(suggestion.min().toPlainString()).isEqualTo("6.00");
        Indicator noTarget = state.indicators().stream().filter(i -> i.name().equals("数据安全防范能力")).findFirst().orElseThrow();
        assertThat(sheet.suggestions()).doesNotContainKey(noTarget.indicatorId());
    }

    private static String key(SeedForm form, String figure) {
        return form.file() + "#" + form.index() + " " + figure;
    }
}
