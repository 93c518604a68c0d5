package io.jixiao.query.dashboard;

import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.dashboard.FindUnitDashboardQuery;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.support.DemoOrganization;
import io.jixiao.query.support.InMemoryMongo;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Dashboards combined from the documents of a subtree: AT-CENTER has three 2024 forms (one approved, one
 * returned and amended, one draft in 元), AT-GOV one under review at finance, SJ-BIGDATA one that no Jiading
 * dashboard may count, AT-CENTER one 2023 form that no 2024 dashboard may count.
 */
class UnitDashboardsTest {
    /** The default 2024 deadline, 31 March 2025, ends at midnight in Shanghai: 16:00 UTC. */
    private static final Instant DEADLINE_END = Instant.parse("2025-03-31T16:00:00Z");
    private static InMemoryMongo mongo;

    private final Organization organization = DemoOrganization.organization();
    private UnitYearStore unitYears;
    private Feed feed;

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
        var database = mongo.freshDatabase();
        unitYears = new UnitYearStore(database);
        feed = new Feed(new UnitDashboardProjection(new DashboardFormStore(database), unitYears, organization,
                mock(QueryUpdateEmitter.class)), Instant.parse("2025-03-01T00:00:00Z"));
        feed.apply(TestForms.drafted("approved", 2024, "AT-CENTER", "AT-GOV", AmountUnit.TEN_THOUSAND_YUAN, "26.95", "24.83"),
                TestForms.submitted("approved", "AT-CENTER", "AT-GOV", organization),
                TestForms.approved("approved", ReviewLevel.UNIT, "AT-CENTER", false, "at-center-reviewer"),
                TestForms.approved("approved", ReviewLevel.DEPARTMENT, "AT-GOV", false, "at-gov-approver"),
                TestForms.approved("approved", ReviewLevel.FINANCE, "JD-FIN", true, "jd-finance"));
        feed.apply(TestForms.drafted("returned", 2024, "AT-CENTER", "AT-GOV", AmountUnit.TEN_THOUSAND_YUAN, "75.00", "59.09"),
                TestForms.submitted("returned", "AT-CENTER", "AT-GOV", organization),
                TestForms.returned("returned", ReviewLevel.UNIT, "at-center-reviewer"),
                TestForms.actual("returned", "AT-CENTER", "I9", "80.00(%)"));
        feed.apply(TestForms.drafted("draft-yuan", 2024, "AT-CENTER", "AT-GOV", AmountUnit.YUAN, "400000.50", "300000.25"),
                TestForms.drafted("no-funds", 2024, "AT-CENTER", "AT-GOV", AmountUnit.YUAN, null, null));
        feed.at(Instant.parse("2025-04-02T01:00:00Z")).apply(
                TestForms.drafted("gov", 2024, "AT-GOV", "AT-GOV", AmountUnit.TEN_THOUSAND_YUAN, "143.50", "139.41"),
                TestForms.submitted("gov", "AT-GOV", "AT-GOV", organization),
                TestForms.approved("gov", ReviewLevel.DEPARTMENT, "AT-GOV", false, "at-gov-approver"));
        feed.apply(TestForms.drafted("songjiang", 2024, "SJ-BIGDATA", "SJ-OFFICE", AmountUnit.YUAN, "1000", "1000"),
                TestForms.drafted("last-year", 2023, "AT-CENTER", "AT-GOV", AmountUnit.YUAN, "1000", "1000"));
    }

    private UnitDashboards dashboards(Instant now) {
        return new UnitDashboards(unitYears, organization, new Deadlines(Map.of(), Deadlines.DEFAULT_ZONE,
                Clock.fixed(now, ZoneOffset.UTC)));
    }

    private UnitDashboard dashboard(String unitId, Instant now) {
        return dashboards(now).find(new FindUnitDashboardQuery(unitId, 2024));
    }

    @Test
    void theFinanceBureauCountsEveryFormOfItsSubtreeAndYearByStatusAndLevel() {
        Figures totals = dashboard("JD-FIN", DEADLINE_END).totals();

        assertThat(totals.forms().evaluationIds())
                .containsExactlyInAnyOrder("approved", "returned", "draft-yuan", "no-funds", "gov");
        assertThat(totals.byStatus().keySet()).containsExactly("DRAFT", "UNDER_REVIEW", "RETURNED", "APPROVED", "REOPENED");
        assertThat(totals.byStatus().get("DRAFT").evaluationIds()).containsExactlyInAnyOrder("draft-yuan", "no-funds");
        assertThat(totals.byStatus().get("UNDER_REVIEW")).isEqualTo(new FormSet(1, List.of("gov")));
        assertThat(totals.byStatus().get("RETURNED")).isEqualTo(new FormSet(1, List.of("returned")));
        assertThat(totals.byStatus().get("APPROVED")).isEqualTo(new FormSet(1, List.of("approved")));
        assertThat(totals.byStatus().get("REOPENED").count()).isZero();
        assertThat(totals.underReviewByLevel().get("FINANCE")).isEqualTo(new FormSet(1, List.of("gov")));
        assertThat(totals.underReviewByLevel().get("UNIT").count()).isZero();
        assertThat(totals.underReviewByLevel().get("DEPARTMENT").count()).isZero();
    }

    @Test
    void theDashboardOfAUnitBreaksItsSubtreeDownUnitByUnit() {
        UnitDashboard dashboard = dashboard("JD-FIN", DEADLINE_END);

        assertThat(dashboard.unitName()).isEqualTo("上海市嘉定区财政局");
        assertThat(dashboard.byUnit()).extracting(UnitFigures::unitId).containsExactly("JD-FIN", "AT-GOV", "AT-CENTER");
        assertThat(dashboard.byUnit().get(0).figures().forms().count()).isZero();
        assertThat(dashboard.byUnit().get(1).figures().forms().evaluationIds()).containsExactly("gov");
        assertThat(dashboard.byUnit().get(2).figures().forms().evaluationIds())
                .containsExactlyInAnyOrder("approved", "returned", "draft-yuan", "no-funds");
        assertThat(dashboard.forms()).extracting(FormLine::evaluationId)
                .containsExactlyInAnyOrder("approved", "returned", "draft-yuan", "no-funds", "gov");

        UnitDashboard center = dashboard("AT-CENTER", DEADLINE_END);
        assertThat(center.byUnit()).extracting(UnitFigures::unitId).containsExactly("AT-CENTER");
        assertThat(center.totals()).isEqualTo(dashboard.byUnit().get(2).figures());
        assertThat(dashboard("SJ-FIN", DEADLINE_END).totals().forms().evaluationIds()).containsExactly("songjiang");
    }

    @Test
    void amountsInYuanAndTenThousandYuanAreSummedExactlyInYuan() {
        FundFigures funds = dashboard("AT-CENTER", DEADLINE_END).totals().funds();

        // 269500 + 750000 + 400000.50 元 budgeted; 248300 + 590900 + 300000.25 元 executed.
        assertThat(funds.adjustedBudget()).isEqualTo(new Money("1419500.50", "141.95005"));
        assertThat(funds.executed()).isEqualTo(new Money("1139200.25", "113.920025"));
        assertThat(funds.executionRate()).isEqualTo("80.25");
        assertThat(funds.counted().evaluationIds()).containsExactlyInAnyOrder("approved", "returned", "draft-yuan");
        assertThat(funds.incomplete()).isEqualTo(new FormSet(1, List.of("no-funds")));

        FormLine draft = dashboard("AT-CENTER", DEADLINE_END).forms().stream()
                .filter(f -> f.evaluationId().equals("draft-yuan")).findFirst().orElseThrow();
        assertThat(draft.amountUnit()).isEqualTo("YUAN");
        assertThat(draft.adjustedBudget()).isEqualTo(new Money("400000.50", "40.00005"));
    }

    @Test
    void overdueFormsAreThoseStillWithTheirUnitOnceTheDeadlineDayHasEnded() {
        Instant lastSecond = DEADLINE_END.minusSeconds(1);
        assertThat(dashboard("JD-FIN", lastSecond).totals().overdue().count()).isZero();
        assertThat(dashboard("JD-FIN", lastSecond).deadline())
                .isEqualTo(new DeadlineView("2025-03-31", "Asia/Shanghai", false, false));

        UnitDashboard after = dashboard("JD-FIN", DEADLINE_END);
        assertThat(after.deadline().passed()).isTrue();
        assertThat(after.totals().overdue().evaluationIds())
                .containsExactlyInAnyOrder("returned", "draft-yuan", "no-funds");
        assertThat(after.forms()).filteredOn(FormLine::overdue).extracting(FormLine::evaluationId)
                .containsExactlyInAnyOrder("returned", "draft-yuan", "no-funds");
    }

    @Test
    void aFormFirstSubmittedAfterTheDeadlineIsLate() {
        Figures totals = dashboard("JD-FIN", DEADLINE_END).totals();

        assertThat(totals.submittedLate()).isEqualTo(new FormSet(1, List.of("gov")));
    }

    @Test
    void aConfiguredDeadlineReplacesTheDefault() {
        UnitDashboards dashboards = new UnitDashboards(unitYears, organization, new Deadlines(
                Map.of(2024, LocalDate.of(2025, 5, 31)), Deadlines.DEFAULT_ZONE, Clock.fixed(DEADLINE_END, ZoneOffset.UTC)));

        UnitDashboard dashboard = dashboards.find(new FindUnitDashboardQuery("JD-FIN", 2024));

        assertThat(dashboard.deadline()).isEqualTo(new DeadlineView("2025-05-31", "Asia/Shanghai", true, false));
        assertThat(dashboard.totals().overdue().count()).isZero();
        assertThat(dashboard.totals().submittedLate().count()).isZero();
    }

    @Test
    void scoresAndGradesCountFormsSubmittedAtLeastOnce() {
        ScoreFigures scores = dashboard("JD-FIN", DEADLINE_END).totals().scores();

        assertThat(scores.scored().evaluationIds()).containsExactlyInAnyOrder("approved", "returned", "gov");
        assertThat(scores.grades().keySet()).containsExactly("优", "良", "中", "差");
        // 9.21 + 88, 7.88 + 88 and 9.72 + 88 (the fixture's indicator scores add up to 88).
        assertThat(scores.averageScore()).isEqualTo("96.94");
        assertThat(scores.grades().get("优").evaluationIds()).containsExactlyInAnyOrder("approved", "returned", "gov");
        assertThat(scores.grades().get("差").count()).isZero();
    }

    @Test
    void changesAfterSubmissionAreCountedPerFigureAndPerForm() {
        Figures totals = dashboard("JD-FIN", DEADLINE_END).totals();

        assertThat(totals.changesAfterSubmission()).isEqualTo(new Changes(1, new FormSet(1, List.of("returned"))));
        assertThat(totals.changesAfterApproval()).isEqualTo(new Changes(0, new FormSet(0, List.of())));
    }

    @Test
    void failingChecksAreGroupedByCodeWithTheFormsBehindThem() {
        Map<String, FormSet> checks = dashboard("JD-FIN", DEADLINE_END).totals().failingChecks();

        assertThat(List.copyOf(checks.keySet())).isSorted();
        // The returned form's 使用人员满意度 fell to 80% of a >=90% target and still has full marks.
        assertThat(checks.get("FULL_MARKS_BELOW_TARGET")).isEqualTo(new FormSet(1, List.of("returned")));
        assertThat(checks.get("CHANGED_AFTER_SUBMISSION")).isEqualTo(new FormSet(1, List.of("returned")));
        for (FormLine form : dashboard("JD-FIN", DEADLINE_END).forms()) {
            for (String code : form.failingChecks()) {
                assertThat(checks.get(code).evaluationIds()).contains(form.evaluationId());
            }
        }
    }
}
