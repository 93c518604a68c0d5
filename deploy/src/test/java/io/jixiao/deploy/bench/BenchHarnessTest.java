package io.jixiao.deploy.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness at scale tiny, as part of the test suite so that it keeps working: the generated events fold clean
 * (read back from the store, upcasters included) and every figure of the issue is produced.
 */
class BenchHarnessTest {

    @Test
    void aTinyRunProducesEveryFigureOnEventsThatFoldClean(@TempDir Path dir) throws Exception {
        BenchHarness harness = new BenchHarness("--scale=tiny", "--seed=7", "--heap=512m", "--dir=" + dir,
                "--load-seconds=2", "--burst-seconds=3");
        String block = harness.run();

        assertThat(harness.differing).as("generated forms whose stored events fold otherwise").isEmpty();
        for (String figure : List.of("generated district", "fold check", "first start", "raw read",
                "rebuild evaluation-forms", "rebuild unit-dashboards", "rebuild figure-changes", "rebuild all together",
                "query dashboard", "query comparison", "query audit search", "query history", "query time travel",
                "HTTP commands, 4 users", "HTTP commands, 8 users", "read-model lag, burst", "freshness, 4 users",
                "Excel import, a unit's year", "Excel import, the district's year", "memory")) {
            assertThat(harness.figures.has(figure)).as(figure + " in\n" + block).isTrue();
        }
        assertThat(block).doesNotContain("NaN");
    }
}
