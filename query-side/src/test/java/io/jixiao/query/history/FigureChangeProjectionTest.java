package io.jixiao.query.history;

import com.mongodb.client.MongoDatabase;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.history.FigureChangeStore.SearchPlan;
import io.jixiao.query.support.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit projection, and its searches by both plans, which must agree. */
class FigureChangeProjectionTest {
    private static final Organization ORGANIZATION = AntingHistory.ORGANIZATION;
    private static InMemoryMongo mongo;
    private MongoDatabase database;
    private FigureChangeStore store;
    private FigureChangeProjection projection;

    @BeforeAll
    static void start() {
        mongo = new InMemoryMongo();
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @BeforeEach
    void feedBothForms() {
        database = mongo.freshDatabase();
        store = new FigureChangeStore(database, SearchPlan.SCAN);
        projection = new FigureChangeProjection(store);
        AuditFixture.feed(projection, AuditFixture.anting());
        AuditFixture.feed(projection, AuditFixture.bigdata());
    }

    private static AuditQuery query(String unitId, Integer year, String actorId, Instant from, Instant to,
                                    Boolean afterSubmission, Boolean afterApproval, int page, int size) {
        return new AuditQuery(ORGANIZATION.subtree(unitId), year, actorId, from, to, afterSubmission, afterApproval,
                page, size);
    }

    private static AuditQuery inRegion(String unitId) {
        return query(unitId, null, null, null, null, null, null, 0, 50);
    }

    private List<Document> all(String collection) {
        return database.getCollection(collection).find().into(new ArrayList<>());
    }

    @Test
    void everyFigureAmendmentIsOneDocumentHoldingTheEntryTheHistoryShows() {
        FormTimeline timeline = FormTimeline.replay(AuditFixture.anting());
        List<Document> expected = new ArrayList<>();
        timeline.steps().forEach(step -> HistoryEntries.of(step).stream()
                .filter(entry -> entry.getString("field") != null).forEach(expected::add));
        assertThat(expected).hasSize(7);
        for (Document entry : expected) {
            String id = FigureChangeStore.changeId(AntingHistory.ID, entry.getLong("version"), entry.getString("field"));
            Document stored = database.getCollection(FigureChangeStore.CHANGES).find(new Document("_id", id)).first();
            assertThat(stored).as(id).isNotNull();
            for (Map.Entry<String, Object> field : entry.entrySet()) {
                assertThat(stored.get(field.getKey())).as(id + " " + field.getKey()).isEqualTo(field.getValue());
            }
            assertThat(stored.getString("implementingUnitId")).isEqualTo("AT-CENTER");
            assertThat(stored.getInteger("fiscalYear")).isEqualTo(2024);
        }
        assertThat(all(FigureChangeStore.CHANGES)).hasSize(9);
        assertThat(all(FigureChangeStore.KEYS)).hasSize(9);
    }

    @Test
    void theKeysAreCompactAndPointAtTheirChange() {
        Document key = database.getCollection(FigureChangeStore.KEYS)
                .find(new Document("_id", AntingHistory.ID + "|0000000007|indicators.I9.actual")).first();
        assertThat(key).isNotNull();
        assertThat(key.keySet()).containsExactly("_id", "u", "y", "a", "t", "s", "p");
        assertThat(key.getString("u")).isEqualTo("AT-CENTER");
        assertThat(key.getString("a")).isEqualTo("at-center-filler");
        assertThat(key.getBoolean("s")).isTrue();
        assertThat(key.getBoolean("p")).isFalse();
    }

    @Test
    void handlingEveryEventAgainChangesNothing() {
        Set<Document> before = new HashSet<>(all(FigureChangeStore.CHANGES));
        before.addAll(all(FigureChangeStore.KEYS));
        AuditFixture.feed(projection, AuditFixture.anting());
        AuditFixture.feed(projection, AuditFixture.bigdata().subList(1, 3));
        Set<Document> after = new HashSet<>(all(FigureChangeStore.CHANGES));
        after.addAll(all(FigureChangeStore.KEYS));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aCrashBetweenWritingTheChangesAndTheStateOnlyRewritesTheSameDocuments() {
        Set<Document> before = new HashSet<>(all(FigureChangeStore.CHANGES));
        FormTimeline timeline = FormTimeline.replay(AuditFixture.anting());
        assertThat(store.saveState(timeline.at(6).orElseThrow().after(), 14)).isTrue();
        // The process that crashed is gone, and its memory of the forms with it.
        store = new FigureChangeStore(database, SearchPlan.SCAN);
        AuditFixture.feed(new FigureChangeProjection(store), AuditFixture.anting().subList(6, 14));
        assertThat(new HashSet<>(all(FigureChangeStore.CHANGES))).isEqualTo(before);
        assertThat(all(FigureChangeStore.KEYS)).hasSize(9);
        assertThat(store.state(AntingHistory.ID).orElseThrow()).isEqualTo(timeline.current());
    }

    @Test
    void anEventAfterAGapStopsTheProjectionInsteadOfRecordingWrongOldValues() {
        List<RecordedEvent> other = AntingHistory.recorded(AntingHistory.events("ev-gap", "AT-CENTER", "AT-GOV"),
                AntingHistory.START);
        projection.on(other.get(0).event(), 0, other.get(0).time());
        assertThatThrownBy(() -> projection.on(other.get(2).event(), 2, other.get(2).time()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stands at version 1");
    }

    @ParameterizedTest
    @EnumSource(SearchPlan.class)
    void aSearchSeesOnlyItsSubtreeNewestFirst(SearchPlan plan) {
        FigureChangeStore store = new FigureChangeStore(database, plan);
        FigureChangeStore.Page jiading = store.search(inRegion("JD-FIN"));
        assertThat(jiading.total()).isEqualTo(7);
        assertThat(jiading.changes()).extracting(c -> c.getString("evaluationId")).containsOnly(AntingHistory.ID);
        assertThat(jiading.changes()).extracting(c -> c.getLong("version"))
                .containsExactly(14L, 8L, 8L, 7L, 3L, 2L, 2L);
        assertThat(jiading.changes().get(0).getString("fieldLabel")).isEqualTo("资金 上年结转资金 全年执行数");
        assertThat(jiading.changes().get(0).get("_id")).isNull();
        FigureChangeStore.Page songjiang = store.search(inRegion("SJ-FIN"));
        assertThat(songjiang.total()).isEqualTo(2);
        assertThat(store.search(inRegion("SJ-BIGDATA")).total()).isEqualTo(2);
        assertThat(store.search(inRegion("AT-GOV")).total()).isEqualTo(7);
    }

    @ParameterizedTest
    @EnumSource(SearchPlan.class)
    void aSearchFiltersByActorYearTimeAndWhetherTheFormWasSubmittedOrApproved(SearchPlan plan) {
        FigureChangeStore store = new FigureChangeStore(database, plan);
        assertThat(store.search(query("JD-FIN", null, "at-center-filler", null, null, null, null, 0, 50)).total())
                .isEqualTo(7);
        assertThat(store.search(query("JD-FIN", null, "at-gov-approver", null, null, null, null, 0, 50)).total())
                .isZero();
        assertThat(store.search(query("SJ-FIN", 2023, null, null, null, null, null, 0, 50)).total()).isEqualTo(2);
        assertThat(store.search(query("JD-FIN", 2023, null, null, null, null, null, 0, 50)).total()).isZero();
        Instant seven = AntingHistory.START.plusSeconds(6 * 3600);
        FigureChangeStore.Page window = store.search(query("JD-FIN", null, null, seven, seven.plusSeconds(3600),
                null, null, 0, 50));
        assertThat(window.changes()).extracting(c -> c.getLong("version")).containsExactly(7L);
        FigureChangeStore.Page submitted = store.search(query("JD-FIN", null, null, null, null, true, null, 0, 50));
        assertThat(submitted.changes()).extracting(c -> c.getLong("version")).containsExactly(14L, 8L, 8L, 7L);
        assertThat(submitted.changes()).allSatisfy(c -> assertThat(c.getBoolean("afterSubmission")).isTrue());
        assertThat(store.search(query("JD-FIN", null, null, null, null, false, null, 0, 50)).total()).isEqualTo(3);
        FigureChangeStore.Page approved = store.search(query("JD-FIN", null, null, null, null, null, true, 0, 50));
        assertThat(approved.changes()).extracting(c -> c.getString("reason")).containsExactly("结转资金更正");
        assertThat(store.search(query("JD-FIN", 2024, "at-center-filler", null, null, true, false, 0, 50)).total())
                .isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(SearchPlan.class)
    void pagesCountFromZeroAndTheTotalCountsEveryMatch(SearchPlan plan) {
        FigureChangeStore store = new FigureChangeStore(database, plan);
        FigureChangeStore.Page first = store.search(query("JD-FIN", null, null, null, null, null, null, 0, 3));
        assertThat(first.total()).isEqualTo(7);
        assertThat(first.changes()).extracting(c -> c.getLong("version")).containsExactly(14L, 8L, 8L);
        FigureChangeStore.Page last = store.search(query("JD-FIN", null, null, null, null, null, null, 2, 3));
        assertThat(last.changes()).extracting(c -> c.getLong("version")).containsExactly(2L);
        assertThat(store.search(query("JD-FIN", null, null, null, null, null, null, 3, 3)).changes()).isEmpty();
    }

    @Test
    void aResetDropsEverythingAndAReplayRebuildsTheSame() {
        List<Document> before = all(FigureChangeStore.CHANGES);
        projection.reset();
        assertThat(all(FigureChangeStore.CHANGES)).isEmpty();
        assertThat(all(FigureChangeStore.KEYS)).isEmpty();
        assertThat(all(FigureChangeStore.FORMS)).isEmpty();
        AuditFixture.feed(projection, AuditFixture.anting());
        AuditFixture.feed(projection, AuditFixture.bigdata());
        assertThat(new HashSet<>(all(FigureChangeStore.CHANGES))).isEqualTo(new HashSet<>(before));
    }
}
