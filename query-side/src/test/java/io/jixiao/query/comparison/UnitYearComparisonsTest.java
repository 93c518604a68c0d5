package io.jixiao.query.comparison;

import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.comparison.CompareUnitYearsQuery;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.query.dashboard.Money;
import io.jixiao.query.dashboard.TestForms;
import io.jixiao.query.support.InMemoryMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.jixiao.query.comparison.ComparisonFixture.ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;

/** A unit's dashboard totals year by year, with the change from each year to the next. */
class UnitYearComparisonsTest {
    private static InMemoryMongo mongo;

    @BeforeAll
    static void startMongo() {
        mongo = new InMemoryMongo();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @Test
    void everyYearOfTheRangeHasTheTotalsOfItsDashboardAndTheChangeFromTheYearBefore() {
        ComparisonFixture fixture = new ComparisonFixture(mongo).apply(
                TestForms.drafted("a-2022", 2022, "AT-CENTER", "AT-GOV", AmountUnit.YUAN, "300000", "240000"),
                TestForms.submitted("a-2022", "AT-CENTER", "AT-GOV", ORGANIZATION),
                TestForms.drafted("a-2024", 2024, "AT-CENTER", "AT-GOV", AmountUnit.TEN_THOUSAND_YUAN, "26.95", "24.83"),
                TestForms.submitted("a-2024", "AT-CENTER", "AT-GOV", ORGANIZATION),
                TestForms.approved("a-2024", ReviewLevel.UNIT, "AT-CENTER", false, "at-center-reviewer"),
                TestForms.drafted("g-2024", 2024, "AT-GOV", "AT-GOV", AmountUnit.YUAN, "10000.5", "10000.5"),
                TestForms.drafted("sj-2024", 2024, "SJ-OFFICE", "SJ-OFFICE", AmountUnit.YUAN, "1", "1"));

        UnitYearsComparison comparison = fixture.units.compare(new CompareUnitYearsQuery("JD-FIN", 2022, 2024));

        assertThat(comparison.unitName()).isEqualTo("上海市嘉定区财政局");
        assertThat(comparison.asOf()).isEqualTo(Instant.parse("2025-06-01T00:00:00Z").toString());
        assertThat(comparison.years()).extracting(UnitYear::fiscalYear).containsExactly(2022, 2023, 2024);
        for (UnitYear year : comparison.years()) {
            assertThat(year.figures()).isEqualTo(fixture.dashboards.totals("JD-FIN", year.fiscalYear(),
                    ComparisonFixture.NOW));
        }
        UnitYear y2022 = comparison.years().get(0);
        assertThat(y2022.changeFromPreviousYear()).isNull();
        assertThat(y2022.deadline().date()).isEqualTo("2023-03-31");
        assertThat(y2022.figures().funds().adjustedBudget()).isEqualTo(new Money("300000.00", "30.00"));
        assertThat(y2022.figures().scores().averageScore()).isEqualTo("96.00");

        UnitYear y2023 = comparison.years().get(1);
        assertThat(y2023.figures().forms().count()).isZero();
        assertThat(y2023.changeFromPreviousYear()).isEqualTo(new YearChange(-1, new Money("-300000.00", "-30.00"),
                new Money("-240000.00", "-24.00"), null, null));

        UnitYear y2024 = comparison.years().get(2);
        assertThat(y2024.figures().forms().evaluationIds()).containsExactlyInAnyOrder("a-2024", "g-2024");
        assertThat(y2024.figures().funds().adjustedBudget()).isEqualTo(new Money("279500.50", "27.95005"));
        assertThat(y2024.figures().byStatus().get("UNDER_REVIEW").evaluationIds()).containsExactly("a-2024");
        assertThat(y2024.changeFromPreviousYear().forms()).isEqualTo(2);
        assertThat(y2024.changeFromPreviousYear().adjustedBudget()).isEqualTo(new Money("279500.50", "27.95005"));
    }

    @Test
    void consecutiveYearsWithFiguresShowTheChangeOfRateAndAverageInPoints() {
        ComparisonFixture fixture = new ComparisonFixture(mongo).apply(
                TestForms.drafted("a-2023", 2023, "AT-CENTER", "AT-GOV", AmountUnit.YUAN, "300000", "240000"),
                TestForms.submitted("a-2023", "AT-CENTER", "AT-GOV", ORGANIZATION),
                TestForms.drafted("a-2024", 2024, "AT-CENTER", "AT-GOV", AmountUnit.TEN_THOUSAND_YUAN, "26.95", "24.83"),
                TestForms.submitted("a-2024", "AT-CENTER", "AT-GOV", ORGANIZATION));

        YearChange change = fixture.units.compare(new CompareUnitYearsQuery("AT-CENTER", 2023, 2024)).years().get(1)
                .changeFromPreviousYear();

        assertThat(change.executionRatePoints()).isEqualTo("12.13");
        assertThat(change.averageScorePoints()).isEqualTo("1.21");
        assertThat(change.adjustedBudget()).isEqualTo(new Money("-30500.00", "-3.05"));
        assertThat(change.executed()).isEqualTo(new Money("8300.00", "0.83"));
    }
}
