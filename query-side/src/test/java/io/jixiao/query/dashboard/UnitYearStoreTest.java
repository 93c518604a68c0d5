package io.jixiao.query.dashboard;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.query.support.DemoOrganization;
import io.jixiao.query.support.InMemoryMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The unit-year document under writers that race: no row is lost and none goes back to an older version. */
class UnitYearStoreTest {
    private static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");
    private static InMemoryMongo mongo;
    private UnitYearStore store;

    @BeforeAll
    static void startMongo() {
        mongo = new InMemoryMongo();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @BeforeEach
    void newStore() {
        store = new UnitYearStore(mongo.freshDatabase());
    }

    @Test
    void writersOfDifferentFormsOfOneUnitAndYearNeverLoseARow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> writes = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                DashboardRow row = row("form-" + i);
                writes.add(() -> store.put(row));
            }
            for (Future<Boolean> written : pool.invokeAll(writes)) {
                assertThat(written.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(store.rows("AT-CENTER", 2024)).hasSize(120);
    }

    @Test
    void anOlderRowNeverReplacesANewerOne() {
        var drafted = TestForms.drafted("f1", 2024, "AT-CENTER", "AT-GOV", AmountUnit.YUAN, "100", "90");
        var submitted = TestForms.submitted("f1", "AT-CENTER", "AT-GOV", DemoOrganization.organization());
        DashboardRow first = DashboardRow.of(EvaluationFold.replay(List.of(drafted)), null, T0);
        DashboardRow second = DashboardRow.of(EvaluationFold.replay(List.of(drafted, submitted)), T0, T0);

        assertThat(store.put(second)).isTrue();
        assertThat(store.put(first)).isFalse();
        assertThat(store.put(second)).isFalse();

        assertThat(store.rows("AT-CENTER", 2024)).containsExactly(second);
    }

    private static DashboardRow row(String id) {
        EvaluationState state = EvaluationFold.replay(List.of(
                TestForms.drafted(id, 2024, "AT-CENTER", "AT-GOV", AmountUnit.YUAN, "100", "90")));
        return DashboardRow.of(state, null, T0);
    }
}
