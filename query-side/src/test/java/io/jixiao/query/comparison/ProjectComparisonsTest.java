package io.jixiao.query.comparison;

import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.comparison.CompareProjectYearsQuery;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.query.dashboard.Money;
import io.jixiao.query.dashboard.TestForms;
import io.jixiao.query.support.AntingForm;
import io.jixiao.query.support.InMemoryMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static io.jixiao.query.comparison.ComparisonFixture.ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One project across years. The 三级等保 form of AT-CENTER in 2024 (万元, no code) and in 2023 (元, its name and
 * indicator names typed with full-width brackets and spaces, other figures); a coded project of SJ-BIGDATA whose
 * 2022 form had no code yet; and another project of the same name with another code.
 */
class ProjectComparisonsTest {
    private static InMemoryMongo mongo;
    private ComparisonFixture fixture;

    @BeforeAll
    static void startMongo() {
        mongo = new InMemoryMongo();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @BeforeEach
    void forms() {
        fixture = new ComparisonFixture(mongo);
        fixture.apply(TestForms.drafted("at-2024", 2024, "AT-CENTER", "AT-GOV", AmountUnit.TEN_THOUSAND_YUAN, "26.95", "24.83"),
                TestForms.submitted("at-2024", "AT-CENTER", "AT-GOV", ORGANIZATION),
                TestForms.approved("at-2024", ReviewLevel.UNIT, "AT-CENTER", false, "at-center-reviewer"));
        fixture.apply(TestForms.drafted("at-2023", 2023, "AT-CENTER", "AT-GOV", "信息化项目运维（信息安全三级等保）", null,
                AmountUnit.YUAN, "300000", "240000", indicators2023()));
        fixture.apply(TestForms.drafted("sj-2022", 2022, "SJ-BIGDATA", "SJ-OFFICE", "大数据平台运维", null,
                        AmountUnit.YUAN, "100", "90"),
                TestForms.drafted("sj-2023", 2023, "SJ-BIGDATA", "SJ-OFFICE", "大数据平台运维(2023)", "sj-001",
                        AmountUnit.YUAN, "100", "95"),
                TestForms.drafted("sj-2024", 2024, "SJ-BIGDATA", "SJ-OFFICE", "大数据平台运维", "SJ-001",
                        AmountUnit.YUAN, "100", "100"),
                TestForms.drafted("sj-other", 2024, "SJ-BIGDATA", "SJ-OFFICE", "大数据平台运维", "SJ-002",
                        AmountUnit.YUAN, "100", "100"));
    }

    /** The 2024 indicators, two names retyped with spaces, 使用人员满意度 at 85% against 90%, and one more indicator. */
    private static List<Indicator> indicators2023() {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : AntingForm.indicators()) {
            String name = switch (i.name()) {
                case "复测完成时间" -> "复测 完成时间";
                case "使用人员满意度" -> "使用人员\u3000满意度";
                default -> i.name();
            };
            String actual = i.name().equals("使用人员满意度") ? "85.00(%)" : i.actual();
            BigDecimal score = i.name().equals("使用人员满意度") ? new BigDecimal("9.44") : i.score();
            indicators.add(new Indicator(i.indicatorId(), i.level1(), i.level2(), name, i.target(), i.weight(), actual,
                    score, i.deviation()));
        }
        indicators.add(new Indicator("I10", "效益指标", "可持续影响指标", "【长效】管理机制", "健全", BigDecimal.ZERO,
                "健全", BigDecimal.ZERO, null));
        return indicators;
    }

    @Test
    void aProjectWithoutACodeIsFollowedByItsNormalizedNameAndTheAnswerSaysSo() {
        ProjectComparison comparison = fixture.projects.compare(new CompareProjectYearsQuery("AT-CENTER", null,
                "信息化项目运维 (信息安全三级等保)")).orElseThrow();

        assertThat(comparison.matchedBy()).isEqualTo(MatchedBy.NORMALIZED_NAME);
        assertThat(comparison.unitName()).isEqualTo("上海市嘉定区安亭镇城市运行管理中心");
        assertThat(comparison.projectName()).isEqualTo("信息化项目运维(信息安全三级等保)");
        assertThat(comparison.years()).extracting(ProjectYear::fiscalYear).containsExactly(2023, 2024);
        ProjectYear y2023 = comparison.years().get(0);
        assertThat(y2023.projectName()).isEqualTo("信息化项目运维（信息安全三级等保）");
        assertThat(y2023.amountUnit()).isEqualTo("YUAN");
        assertThat(y2023.adjustedBudget()).isEqualTo(new Money("300000.00", "30.00"));
        assertThat(y2023.executed()).isEqualTo(new Money("240000.00", "24.00"));
        assertThat(y2023.executionRate()).isEqualTo("80.00");
        assertThat(y2023.budgetScore()).isEqualTo("8.00");
        assertThat(y2023.totalScore()).isEqualTo("95.44");
        assertThat(y2023.grade()).isEqualTo("优");
        ProjectYear y2024 = comparison.years().get(1);
        assertThat(y2024.status()).isEqualTo("UNDER_REVIEW");
        assertThat(y2024.adjustedBudget()).isEqualTo(new Money("269500.00", "26.95"));
        assertThat(y2024.executionRate()).isEqualTo("92.13");
        assertThat(y2024.budgetWeight()).isEqualTo("10");
        assertThat(y2024.budgetScore()).isEqualTo("9.21");
        assertThat(y2024.totalScore()).isEqualTo("97.21");
    }

    @Test
    void indicatorsAreMatchedAcrossYearsByNormalizedName() {
        List<IndicatorAcrossYears> indicators = fixture.projects.compare(new CompareProjectYearsQuery("AT-CENTER", null,
                "信息化项目运维(信息安全三级等保)")).orElseThrow().indicators();

        assertThat(indicators).hasSize(10);
        IndicatorAcrossYears retest = find(indicators, "复测完成时间");
        assertThat(retest.name()).isEqualTo("复测完成时间");
        assertThat(retest.level2()).isEqualTo("时效指标");
        assertThat(retest.years()).extracting(IndicatorYear::name).containsExactly("复测 完成时间", "复测完成时间");
        IndicatorAcrossYears satisfaction = find(indicators, "使用人员满意度");
        assertThat(satisfaction.years()).containsExactly(
                new IndicatorYear(2023, "at-2023", "使用人员\u3000满意度", "≥90.00(%)", "85.00(%)", "10", "9.44"),
                new IndicatorYear(2024, "at-2024", "使用人员满意度", "≥90.00(%)", "95.00(%)", "10", "10.00"));
        IndicatorAcrossYears onlyIn2023 = find(indicators, "(长效)管理机制");
        assertThat(onlyIn2023.name()).isEqualTo("【长效】管理机制");
        assertThat(onlyIn2023.years()).extracting(IndicatorYear::fiscalYear).containsExactly(2023);
    }

    @Test
    void aProjectIsFollowedByItsCodeAndItsUncodedFormsByName() {
        ProjectComparison comparison = fixture.projects.compare(new CompareProjectYearsQuery("SJ-BIGDATA", "sj-001",
                null)).orElseThrow();

        assertThat(comparison.years()).extracting(ProjectYear::evaluationId).containsExactly("sj-2022", "sj-2023", "sj-2024");
        assertThat(comparison.years()).extracting(ProjectYear::matchedBy)
                .containsExactly(MatchedBy.NORMALIZED_NAME, MatchedBy.PROJECT_CODE, MatchedBy.PROJECT_CODE);
        assertThat(comparison.matchedBy()).isEqualTo(MatchedBy.PROJECT_CODE_AND_NORMALIZED_NAME);
        assertThat(comparison.projectCode()).isEqualTo("sj-001");
        assertThat(comparison.projectName()).isEqualTo("大数据平台运维");
    }

    @Test
    void askedByCodeAFormWithAnotherCodeIsAnotherProjectAskedByNameEveryFormOfThatNameMatches() {
        assertThat(fixture.projects.compare(new CompareProjectYearsQuery("SJ-BIGDATA", "SJ-002", null)).orElseThrow()
                .years()).extracting(ProjectYear::evaluationId).containsExactly("sj-2022", "sj-other");

        ProjectComparison byName = fixture.projects.compare(new CompareProjectYearsQuery("SJ-BIGDATA", null,
                "大数据平台运维")).orElseThrow();
        assertThat(byName.matchedBy()).isEqualTo(MatchedBy.NORMALIZED_NAME);
        assertThat(byName.years()).extracting(ProjectYear::evaluationId).containsExactly("sj-2022", "sj-2024", "sj-other");
    }

    @Test
    void onlyCodedFormsMatchedWhenEveryFormHasTheCode() {
        fixture.apply(TestForms.drafted("coded-2023", 2023, "AT-GOV", "AT-GOV", "A", "AT-9", AmountUnit.YUAN, "1", "1"),
                TestForms.drafted("coded-2024", 2024, "AT-GOV", "AT-GOV", "A (renamed)", "AT-9", AmountUnit.YUAN, "1", "1"));

        ProjectComparison comparison = fixture.projects.compare(new CompareProjectYearsQuery("AT-GOV", "AT-9", null))
                .orElseThrow();

        assertThat(comparison.matchedBy()).isEqualTo(MatchedBy.PROJECT_CODE);
        assertThat(comparison.years()).extracting(ProjectYear::projectName).containsExactly("A", "A (renamed)");
    }

    @Test
    void aProjectIsLookedForInTheUnitAskedForOnly() {
        assertThat(fixture.projects.compare(new CompareProjectYearsQuery("AT-GOV", null, TestForms.PROJECT))).isEmpty();
        assertThat(fixture.projects.compare(new CompareProjectYearsQuery("AT-CENTER", "NO-SUCH", null))).isEmpty();
    }

    private static IndicatorAcrossYears find(List<IndicatorAcrossYears> indicators, String normalizedName) {
        return indicators.stream().filter(i -> i.normalizedName().equals(normalizedName)).findFirst().orElseThrow();
    }
}
