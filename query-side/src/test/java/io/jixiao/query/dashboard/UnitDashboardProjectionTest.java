package io.jixiao.query.dashboard;

import com.mongodb.client.MongoDatabase;
import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.dashboard.FindUnitDashboardQuery;
import io.jixiao.kernel.dashboard.UnitDashboardChanged;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationStatus;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.scoring.Grade;
import io.jixiao.query.support.DemoOrganization;
import io.jixiao.query.support.InMemoryMongo;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** The dashboard documents as the projection writes them, against mongo-java-server in memory. */
class UnitDashboardProjectionTest {
    private static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");
    private static InMemoryMongo mongo;

    private final Organization organization = DemoOrganization.organization();
    private final QueryUpdateEmitter emitter = mock(QueryUpdateEmitter.class);
    private MongoDatabase database;
    private DashboardFormStore forms;
    private UnitYearStore unitYears;
    private UnitDashboardProjection projection;
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
    void newProjection() {
        database = mongo.freshDatabase();
        forms = new DashboardFormStore(database);
        unitYears = new UnitYearStore(database);
        projection = new UnitDashboardProjection(forms, unitYears, organization, emitter);
        feed = new Feed(projection, T0);
    }

    @Test
    void aFormIsARowInTheDocumentOfItsUnitAndYearWithTheKernelsFigures() {
        feed.apply(TestForms.drafted("f1", 2024, "AT-CENTER", "AT-GOV", AmountUnit.TEN_THOUSAND_YUAN, "26.95", "24.83"));

        Document stored = document("2024/AT-CENTER");
        assertThat(stored.getString("unitId")).isEqualTo("AT-CENTER");
        assertThat(stored.get("fiscalYear")).isEqualTo(2024);
        DashboardRow row = DashboardRow.of(stored.getList("rows", Document.class).get(0));
        assertThat(row.evaluationId()).isEqualTo("f1");
        assertThat(row.version()).isEqualTo(1);
        assertThat(row.status()).isEqualTo(EvaluationStatus.DRAFT);
        assertThat(row.amountUnit()).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
        assertThat(row.adjustedBudget()).isEqualByComparingTo("269500");
        assertThat(row.executed()).isEqualByComparingTo("248300");
        assertThat(row.executionRate()).isEqualByComparingTo("92.13");
        assertThat(row.budgetScore()).isEqualByComparingTo("9.21");
        assertThat(row.totalScore()).isEqualByComparingTo("97.21");
        assertThat(row.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(row.lastChangedAt()).isEqualTo(T0);
        assertThat(row.firstSubmittedAt()).isNull();
        assertThat(forms.find("f1").orElseThrow().state()).isEqualTo(EvaluationFold.replay(List.of(
                TestForms.drafted("f1", 2024, "AT-CENTER", "AT-GOV", AmountUnit.TEN_THOUSAND_YUAN, "26.95", "24.83"))));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        var drafted = TestForms.drafted("f1", 2024, "AT-CENTER", "AT-GOV", AmountUnit.TEN_THOUSAND_YUAN, "26.95", "24.83");
        var submitted = TestForms.submitted("f1", "AT-CENTER", "AT-GOV", organization);
        feed.apply(drafted, submitted);
        Document rowsBefore = document("2024/AT-CENTER");
        Document stateBefore = database.getCollection(DashboardFormStore.COLLECTION).find().first();

        projection.on(submitted, 1, T0.plusSeconds(86_400));
        projection.on(drafted, 0, T0.plusSeconds(86_400));

        assertThat(document("2024/AT-CENTER")).isEqualTo(rowsBefore);
        assertThat(database.getCollection(DashboardFormStore.COLLECTION).find().first()).isEqualTo(stateBefore);
        verify(emitter, times(2)).emit(eq(FindUnitDashboardQuery.class), any(), any(UnitDashboardChanged.class));
    }

    @Test
    void anEventRedeliveredAfterARowWasWrittenButNotItsStateWritesTheSameRow() {
        var drafted = TestForms.drafted("f1", 2024, "AT-CENTER", "AT-GOV", AmountUnit.TEN_THOUSAND_YUAN, "26.95", "24.83");
        var submitted = TestForms.submitted("f1", "AT-CENTER", "AT-GOV", organization);
        feed.apply(drafted);
        // The process stopped after writing the row of version 2 and before saving the state.
        unitYears.put(DashboardRow.of(EvaluationFold.replay(List.of(drafted, submitted)), T0, T0));
        Document rowsBefore = document("2024/AT-CENTER");

        projection.on(submitted, 1, T0);

        assertThat(document("2024/AT-CENTER")).isEqualTo(rowsBefore);
        assertThat(forms.find("f1").orElseThrow().state().version()).isEqualTo(2);
        assertThat(forms.find("f1").orElseThrow().firstSubmittedAt()).isEqualTo(T0);
    }

    @Test
    void anEventAfterAGapIsRefusedAndNothingChanges() {
        feed.apply(TestForms.drafted("f1", 2024, "AT-CENTER", "AT-GOV", AmountUnit.YUAN, "100", "90"));
        Document before = document("2024/AT-CENTER");

        assertThatThrownBy(() -> projection.on(TestForms.returned("f1", ReviewLevel.UNIT, "at-center-reviewer"), 3, T0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("version 1");
        assertThat(document("2024/AT-CENTER")).isEqualTo(before);
    }

    @Test
    void formsOfOneUnitAndYearShareADocumentAndOtherUnitsOrYearsHaveTheirOwn() {
        feed.apply(TestForms.drafted("b", 2024, "AT-CENTER", "AT-GOV", AmountUnit.YUAN, "100", "90"),
                TestForms.drafted("a", 2024, "AT-CENTER", "AT-GOV", AmountUnit.YUAN, "100", "90"),
                TestForms.drafted("c", 2023, "AT-CENTER", "AT-GOV", AmountUnit.YUAN, "100", "90"),
                TestForms.drafted("d", 2024, "AT-GOV", "AT-GOV", AmountUnit.YUAN, "100", "90"));

        assertThat(unitYears.rows("AT-CENTER", 2024)).extracting(DashboardRow::evaluationId).containsExactly("a", "b");
        assertThat(unitYears.rows("AT-CENTER", 2023)).extracting(DashboardRow::evaluationId).containsExactly("c");
        assertThat(unitYears.rows("AT-GOV", 2024)).extracting(DashboardRow::evaluationId).containsExactly("d");
        assertThat(unitYears.rows("JD-FIN", 2024)).isEmpty();
        assertThat(database.getCollection(UnitYearStore.COLLECTION).countDocuments()).isEqualTo(3);
    }

    @Test
    void theRowFollowsTheWorkflowAndCountsChangesAfterSubmissionAndAfterApproval() {
        String id = "f1";
        feed.apply(TestForms.drafted(id, 2024, "AT-CENTER", "AT-GOV", AmountUnit.TEN_THOUSAND_YUAN, "26.95", "24.83"));
        Instant submittedAt = T0.plusSeconds(60);
        feed.apply(TestForms.submitted(id, "AT-CENTER", "AT-GOV", organization),
                TestForms.approved(id, ReviewLevel.UNIT, "AT-CENTER", false, "at-center-reviewer"));
        assertThat(row(id).status()).isEqualTo(EvaluationStatus.UNDER_REVIEW);
        assertThat(row(id).reviewLevel()).isEqualTo(ReviewLevel.DEPARTMENT);
        assertThat(row(id).firstSubmittedAt()).isEqualTo(submittedAt);

        feed.apply(TestForms.returned(id, ReviewLevel.DEPARTMENT, "at-gov-approver"),
                TestForms.actual(id, "AT-CENTER", "I9", "96.00(%)"),
                TestForms.actual(id, "AT-CENTER", "I8", "达成指标"));
        assertThat(row(id).status()).isEqualTo(EvaluationStatus.RETURNED);
        assertThat(row(id).amendmentsAfterSubmission()).isEqualTo(2);

        feed.apply(TestForms.submitted(id, "AT-CENTER", "AT-GOV", organization),
                TestForms.approved(id, ReviewLevel.UNIT, "AT-CENTER", false, "at-center-reviewer"),
                TestForms.approved(id, ReviewLevel.DEPARTMENT, "AT-GOV", false, "at-gov-approver"),
                TestForms.approved(id, ReviewLevel.FINANCE, "JD-FIN", true, "jd-finance"),
                TestForms.reopened(id, "jd-finance"),
                TestForms.actual(id, "AT-CENTER", "I9", "97.00(%)"));

        DashboardRow row = row(id);
        assertThat(row.status()).isEqualTo(EvaluationStatus.REOPENED);
        assertThat(row.firstSubmittedAt()).isEqualTo(submittedAt);
        assertThat(row.amendmentsAfterSubmission()).isEqualTo(3);
        assertThat(row.amendmentsAfterApproval()).isEqualTo(1);
        assertThat(row.version()).isEqualTo(12);
    }

    @Test
    void everyChangeIsAnnouncedToTheDashboardsOfTheUnitAndTheUnitsAboveItForThatYear() {
        feed.apply(TestForms.drafted("f1", 2024, "AT-CENTER", "AT-GOV", AmountUnit.YUAN, "100", "90"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Predicate<? super FindUnitDashboardQuery>> which = ArgumentCaptor.forClass(Predicate.class);
        ArgumentCaptor<UnitDashboardChanged> update = ArgumentCaptor.forClass(UnitDashboardChanged.class);
        verify(emitter).emit(eq(FindUnitDashboardQuery.class), which.capture(), update.capture());
        assertThat(update.getValue()).isEqualTo(new UnitDashboardChanged("AT-CENTER", 2024, "f1", 1));
        List<FindUnitDashboardQuery> told = new ArrayList<>();
        for (String unit : List.of("AT-CENTER", "AT-GOV", "JD-FIN", "SJ-FIN", "SJ-OFFICE")) {
            for (int year : List.of(2023, 2024)) {
                FindUnitDashboardQuery query = new FindUnitDashboardQuery(unit, year);
                if (which.getValue().test(query)) {
                    told.add(query);
                }
            }
        }
        assertThat(told).containsExactly(new FindUnitDashboardQuery("AT-CENTER", 2024),
                new FindUnitDashboardQuery("AT-GOV", 2024), new FindUnitDashboardQuery("JD-FIN", 2024));
    }

    @Test
    void aResetEmptiesTheDocuments() {
        feed.apply(TestForms.drafted("f1", 2024, "AT-CENTER", "AT-GOV", AmountUnit.YUAN, "100", "90"));

        projection.reset();

        assertThat(unitYears.rows("AT-CENTER", 2024)).isEmpty();
        assertThat(forms.find("f1")).isEmpty();
    }

    private DashboardRow row(String evaluationId) {
        return unitYears.rows("AT-CENTER", 2024).stream().filter(r -> r.evaluationId().equals(evaluationId))
                .findFirst().orElseThrow();
    }

    private Document document(String id) {
        return database.getCollection(UnitYearStore.COLLECTION).find(new Document("_id", id)).first();
    }
}
