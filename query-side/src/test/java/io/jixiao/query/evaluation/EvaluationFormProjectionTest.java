package io.jixiao.query.evaluation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.FundsAmendedEvent;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.support.AntingForm;
import io.jixiao.query.support.DemoOrganization;
import io.jixiao.query.support.FixedRules;
import io.jixiao.query.support.InMemoryMongo;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.jixiao.query.support.DemoOrganization.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationFormProjectionTest {
    private static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");
    private static InMemoryMongo mongo;

    private final Organization organization = DemoOrganization.organization();
    private final FixedRules rules = new FixedRules();
    private final List<EvaluationEvent> applied = new ArrayList<>();
    private MongoDatabase database;
    private EvaluationFormStore store;
    private EvaluationFormProjection projection;

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
        store = new EvaluationFormStore(database);
        projection = new EvaluationFormProjection(store, organization, rules);
    }

    @Test
    void aDraftedFormHoldsTheFoldStateAndTheFormWithoutWhatItTakesFromTheOrganization() {
        apply(AntingForm.drafted());

        Document form = stored(AntingForm.ID);
        assertThat(form.keySet()).containsExactly("_id", "state", "evaluationId", "version", "fiscalYear",
                "projectName", "projectCode", "competentDepartmentId", "implementingUnitId", "amountUnit", "status",
                "reviewLevel", "funds", "budgetExecution", "goals", "indicators", "totalScore", "grade", "checks", "lastChangedAt",
                "awaited");
        assertThat(form.get("awaited", Document.class)).as("whom it awaits, named when asked")
                .isEqualTo(new Document("fillersOf", "AT-CENTER"));
        assertThat(form.getString("_id")).isEqualTo(AntingForm.ID);
        assertThat(form.getString("evaluationId")).isEqualTo(AntingForm.ID);
        assertThat(form.get("version")).isEqualTo(1L);
        assertThat(form.get("fiscalYear")).isEqualTo(2024);
        assertThat(form.getString("projectName")).isEqualTo("信息化项目运维(信息安全三级等保)");
        assertThat(form.get("projectCode")).isNull();
        assertThat(form.getString("competentDepartmentId")).isEqualTo("AT-GOV");
        assertThat(form.getString("implementingUnitId")).isEqualTo("AT-CENTER");
        assertThat(form.getString("amountUnit")).isEqualTo("TEN_THOUSAND_YUAN");
        assertThat(form.getString("status")).isEqualTo("DRAFT");
        assertThat(form.get("reviewLevel")).isNull();
        assertThat(form.get("goals", Document.class)).isEqualTo(new Document("expected",
                "符合《信息系统安全等级保护基本要求》所规定第三级要求").append("actual", "项目于12月底前完成建设"));
        assertThat(form.getString("lastChangedAt")).isEqualTo("2025-03-01T02:00:00Z");
        assertThat(EvaluationStateJson.read(form.getString("state"))).isEqualTo(EvaluationFold.replay(applied));
        assertNoBinaryFloatingPoint(form);

        Document answered = store.find(AntingForm.ID, organization).orElseThrow();
        assertThat(answered.keySet()).as("the names after their ids, who must act next after the review level")
                .containsSubsequence("competentDepartmentId", "competentDepartmentName", "implementingUnitId",
                        "implementingUnitName", "reviewLevel", "nextActors", "funds")
                .doesNotContain("_id", "state", "awaited");
        assertThat(answered.getString("competentDepartmentName")).isEqualTo("上海市嘉定区安亭镇人民政府");
        assertThat(answered.getString("implementingUnitName")).isEqualTo("上海市嘉定区安亭镇城市运行管理中心");
        assertThat(answered.getList("nextActors", String.class)).containsExactly("at-center-filler");
    }

    @Test
    void scoresSuggestionsAndChecksComeFromTheRulesAsDecimalStrings() {
        apply(AntingForm.drafted());

        Document form = stored(AntingForm.ID);
        assertThat(form.get("budgetExecution", Document.class)).isEqualTo(
                new Document("weight", "10").append("rate", "92.13").append("score", "9.20"));
        assertThat(form.getString("totalScore")).isEqualTo("97.00");
        assertThat(form.getString("grade")).isEqualTo("优");
        assertThat(form.getList("checks", Document.class)).containsExactly(new Document("code",
                "SCORE_OUTSIDE_SUGGESTION").append("message", FixedRules.CHECK.message())
                .append("messageZh", "得分超出实际完成值对应的区间").append("indicatorId", "I6").append("field", null));

        List<Document> indicators = form.getList("indicators", Document.class);
        assertThat(indicators).extracting(i -> i.getString("indicatorId"))
                .containsExactly("I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9");
        assertThat(indicators.get(5)).isEqualTo(new Document("indicatorId", "I6").append("level1", "产出指标")
                .append("level2", "时效指标").append("name", "复测完成时间").append("target", "2024年9月前")
                .append("actual", "部分达成指标并具有一定效果").append("weight", "10").append("score", "8.00")
                .append("suggestedScore", new Document("min", "6.00").append("max", "7.99")
                        .append("basis", "部分达成: 60%-80% of the weight"))
                .append("deviation", "2024年新出的测评方式与往年不同,重新提交材料,导致测评延长"));
        assertThat(indicators.get(0).get("suggestedScore")).isNull();
        assertThat(indicators.get(0).containsKey("suggestedScore")).isTrue();
    }

    @Test
    void theRulesJudgeTheStateTheKernelFoldMade() {
        apply(AntingForm.drafted());
        apply(AntingForm.submitted(organization, actor(AntingForm.FILLER)));

        assertThat(rules.scored).last().isEqualTo(EvaluationFold.replay(applied));
        assertThat(rules.scored.get(rules.scored.size() - 1).version()).isEqualTo(2);
    }

    @Test
    void amountsAreAnsweredInTenThousandYuanForAFormFilledInThem() {
        apply(AntingForm.drafted());

        Document form = stored(AntingForm.ID);
        Document funds = form.get("funds", Document.class);
        assertThat(funds.keySet()).containsExactly("total", "currentYearAppropriation", "carryover", "other");
        assertThat(funds.get("total", Document.class)).isEqualTo(new Document("initialBudget", "28.10")
                .append("adjustedBudget", "26.95").append("executed", "24.83").append("executionRate", "92.10"));
        assertThat(funds.get("carryover", Document.class)).isEqualTo(new Document("initialBudget", "0.00")
                .append("adjustedBudget", "0.00").append("executed", "0.00").append("executionRate", "92.10"));
        EvaluationState state = EvaluationStateJson.read(form.getString("state"));
        assertThat(state.funds().total().adjustedBudget()).isEqualByComparingTo("269500");
        assertThat(state.funds().total().executed()).isEqualByComparingTo("248300");
    }

    @Test
    void amountsAreAnsweredInYuanForAFormFilledInYuanAndBlankCellsStayBlank() {
        EvaluationDraftedEvent yuan = new EvaluationDraftedEvent("ev-sj-2023", 2023, "疫情防控", "SJ-2023-001",
                "SJ-OFFICE", "SJ-BIGDATA", AmountUnit.YUAN, null,
                new Funds(new FundLine(new BigDecimal("400000"), new BigDecimal("15475823"), new BigDecimal("15475822.5")),
                        null, null, null),
                Goals.BLANK, List.of(), "test", actor("sj-bigdata-filler"));
        projection.on(yuan, 0, T0);

        Document funds = stored("ev-sj-2023").get("funds", Document.class);
        assertThat(funds.get("total", Document.class)).isEqualTo(new Document("initialBudget", "400000.00")
                .append("adjustedBudget", "15475823.00").append("executed", "15475822.50")
                .append("executionRate", "92.10"));
        assertThat(funds.get("other", Document.class)).isEqualTo(new Document("initialBudget", null)
                .append("adjustedBudget", null).append("executed", null).append("executionRate", null));
    }

    @Test
    void amountsKeepEveryDigitInTheStateAndInTheAnswer() {
        apply(AntingForm.drafted());
        BigDecimal huge = new BigDecimal("12345678901234567.89");
        apply(new FundsAmendedEvent(AntingForm.ID, FundSource.OTHER, new FundLine(huge, huge, new BigDecimal("0.01")),
                null, actor(AntingForm.FILLER)));

        Document form = stored(AntingForm.ID);
        EvaluationState state = EvaluationStateJson.read(form.getString("state"));
        assertThat(state.funds().other().initialBudget()).isEqualTo(huge);
        assertThat(state).isEqualTo(EvaluationFold.replay(applied));
        Document other = form.get("funds", Document.class).get("other", Document.class);
        assertThat(other.getString("initialBudget")).isEqualTo("1234567890123.456789");
        assertThat(other.getString("executed")).isEqualTo("0.000001");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        apply(AntingForm.drafted());
        EvaluationEvent submitted = AntingForm.submitted(organization, actor(AntingForm.FILLER));
        apply(submitted);
        apply(AntingForm.approved(ReviewLevel.UNIT, "AT-CENTER", false, "at-center-reviewer"));
        Document before = stored(AntingForm.ID);
        int judged = rules.scored.size();

        projection.on(submitted, 1, T0.plusSeconds(3600));
        projection.on(AntingForm.drafted(), 0, T0.plusSeconds(7200));

        assertThat(stored(AntingForm.ID)).isEqualTo(before);
        assertThat(rules.scored).hasSize(judged);
    }

    @Test
    void everyEventAdvancesTheVersionAndTheTimeOfTheLastChange() {
        apply(AntingForm.drafted());
        apply(AntingForm.submitted(organization, actor(AntingForm.FILLER)));

        Document form = stored(AntingForm.ID);
        assertThat(form.get("version")).isEqualTo(2L);
        assertThat(form.getString("lastChangedAt")).isEqualTo("2025-03-01T02:00:01Z");
        assertThat(EvaluationStateJson.read(form.getString("state")).version()).isEqualTo(2);
    }

    @Test
    void anEventAfterAGapIsRefusedAndTheFormStaysAsItWas() {
        apply(AntingForm.drafted());
        Document before = stored(AntingForm.ID);

        assertThatThrownBy(() -> projection.on(AntingForm.withdrawn(), 2, T0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("version 1");
        assertThat(stored(AntingForm.ID)).isEqualTo(before);
    }

    @Test
    void anEventOfAFormNeverDraftedIsRefused() {
        assertThatThrownBy(() -> projection.on(AntingForm.withdrawn(), 0, T0)).isInstanceOf(RuntimeException.class);
        assertThat(forms().countDocuments()).isZero();
    }

    @Test
    void aWriterThatFellBehindDoesNotOverwriteANewerForm() {
        apply(AntingForm.drafted());
        apply(AntingForm.submitted(organization, actor(AntingForm.FILLER)));
        Document newer = stored(AntingForm.ID);
        EvaluationState drafted = EvaluationFold.replay(applied.subList(0, 1));

        boolean saved = store.save(drafted, new Document("evaluationId", AntingForm.ID).append("version", 1L), 0);

        assertThat(saved).isFalse();
        assertThat(stored(AntingForm.ID)).isEqualTo(newer);
    }

    @Test
    void resetDropsEveryFormSoAReplayStartsFromNothing() {
        apply(AntingForm.drafted());

        projection.reset();
        assertThat(forms().countDocuments()).isZero();
        assertThat(uniqueVersionIndex()).isPresent();

        applied.clear();
        apply(AntingForm.drafted());
        assertThat(stored(AntingForm.ID).get("version")).isEqualTo(1L);
    }

    @Test
    void formsAreWrittenThroughAUniqueIndexOnFormAndVersion() {
        assertThat(uniqueVersionIndex()).isPresent();
    }

    /** The embedded server looks a write up only through a unique index naming exactly the filter's keys. */
    private Optional<Document> uniqueVersionIndex() {
        return forms().listIndexes().into(new ArrayList<>()).stream()
                .filter(index -> index.get("key", Document.class)
                        .equals(new Document("evaluationId", 1).append("version", 1)))
                .filter(index -> index.getBoolean("unique", false))
                .findFirst();
    }

    private void apply(EvaluationEvent event) {
        long sequence = applied.size();
        applied.add(event);
        projection.on(event, sequence, T0.plusSeconds(sequence));
    }

    private Document stored(String evaluationId) {
        return forms().find(Filters.eq("_id", evaluationId)).first();
    }

    private MongoCollection<Document> forms() {
        return database.getCollection(EvaluationFormStore.COLLECTION);
    }

    private static void assertNoBinaryFloatingPoint(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(EvaluationFormProjectionTest::assertNoBinaryFloatingPoint);
        } else if (value instanceof List<?> list) {
            list.forEach(EvaluationFormProjectionTest::assertNoBinaryFloatingPoint);
        } else if (value != null) {
            assertThat(value).isNotInstanceOfAny(Double.class, Float.class, Decimal128.class);
        }
    }
}
