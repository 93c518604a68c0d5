package io.jixiao.command.evaluation;

import com.mongodb.MongoClientSettings;
import io.jixiao.command.imports.FormContent;
import io.jixiao.command.imports.FormImporter;
import io.jixiao.command.imports.FormReading;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.DraftEvaluationCommand;
import io.jixiao.kernel.evaluation.EvaluationIds;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.ImportEvaluationCommand;
import io.jixiao.kernel.evaluation.NormalizedNames;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Role;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.jixiao.command.evaluation.ProjectEvaluationTest.FILLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A unit has one self-evaluation form per project (by code, and by normalized name) and fiscal year, enforced on
 * the command bus by a unique key on the command side, for drafts and imports alike; no read model is involved.
 */
class OneFormPerProjectYearTest {
    static final String PROJECT = "信息化项目运维(信息安全三级等保)";
    static final Actor BIGDATA_FILLER = new Actor("sj-bigdata-filler", "大数据中心填报员", "SJ-BIGDATA",
            Set.of(Role.FILLER));

    CommandSideOnMongo side;

    @BeforeEach
    void start() {
        side = new CommandSideOnMongo();
        side.checkDrafts();
    }

    @AfterEach
    void stop() {
        side.close();
    }

    static DraftEvaluationCommand draft(String id, int year, String name, String code) {
        return new DraftEvaluationCommand(id, year, name, code, "AT-GOV", "AT-CENTER", AmountUnit.TEN_THOUSAND_YUAN,
                null, ProjectEvaluationTest.fundsTyped(), new Goals("完成三级等保复测", "已完成复测"),
                ProjectEvaluationTest.completeIndicators(), "test", FILLER);
    }

    static ImportEvaluationCommand imported(String id, String name) {
        return new ImportEvaluationCommand(id, 2024, name, null, "AT-GOV", "AT-CENTER", AmountUnit.TEN_THOUSAND_YUAN,
                ProjectEvaluationTest.fundsTyped(), new Goals("完成三级等保复测", "已完成复测"),
                ProjectEvaluationTest.completeIndicators(), "anting.json · 1 · job j", FILLER);
    }

    private Refusal refusalOf(Object command) {
        return refusalOf(side, command);
    }

    private static void assertDuplicateOf(Refusal refusal, String holder, String matchedBy) {
        assertThat(refusal).as("refused as a duplicate").isNotNull();
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusal.code()).isEqualTo("DUPLICATE_PROJECT_YEAR");
        assertThat(refusal.details()).containsEntry("evaluationId", holder).containsEntry("matchedBy", matchedBy)
                .containsEntry("fiscalYear", 2024).containsEntry("implementingUnitId", "AT-CENTER");
        assertThat(refusal.getMessage()).contains(holder);
        assertThat(refusal.messageZh()).contains(holder).contains("只有一张自评表");
    }

    @Test
    void aSecondDraftWithTheSameProjectCodeInTheUnitAndYearIsRefusedNamingTheFirst() {
        side.commands().sendAndWait(draft("first", 2024, PROJECT, "AT-XM-001"));

        Refusal refused = refusalOf(draft("second", 2024, "另一个名称", " at-xm-001"));

        assertDuplicateOf(refused, "first", "projectCode");
        assertThat(refused.details()).containsEntry("projectCode", "at-xm-001");
        assertThat(side.stored("second")).as("nothing of the refused draft is stored").isFalse();
    }

    @Test
    void theSameNameTypedWithOtherSpacesOrFullWidthBracketsIsTheSameProject() {
        side.commands().sendAndWait(draft("first", 2024, PROJECT, null));

        assertDuplicateOf(refusalOf(draft("spaced", 2024, " 信息化项目运维 （信息安全三级等保）", null)), "first",
                "projectName");
        assertDuplicateOf(refusalOf(draft("coded", 2024, "信息化项目运维【信息安全三级等保】", "AT-XM-009")), "first",
                "projectName");
        assertThat(side.stored("spaced") || side.stored("coded")).isFalse();
    }

    @Test
    void anotherYearOrAnotherUnitHasItsOwnForm() {
        side.commands().sendAndWait(draft("2024", 2024, PROJECT, "AT-XM-001"));

        side.commands().sendAndWait(draft("2023", 2023, PROJECT, "AT-XM-001"));
        side.commands().sendAndWait(new DraftEvaluationCommand("bigdata", 2024, PROJECT, "AT-XM-001", "SJ-OFFICE",
                "SJ-BIGDATA", AmountUnit.TEN_THOUSAND_YUAN, null, ProjectEvaluationTest.fundsTyped(), null,
                ProjectEvaluationTest.completeIndicators(), "test", BIGDATA_FILLER));

        assertThat(side.stored("2023")).isTrue();
        assertThat(side.stored("bigdata")).isTrue();
    }

    @Test
    void aRefusedDraftReleasesWhatItClaimedSoTheNextDraftNeedNotWait() {
        side.commands().sendAndWait(draft("first", 2024, PROJECT, "AT-XM-001"));
        // claims code AT-XM-002, then finds the name taken: the code claim is released on rollback
        assertDuplicateOf(refusalOf(draft("refused", 2024, PROJECT, "AT-XM-002")), "first", "projectName");

        side.commands().sendAndWait(draft("next", 2024, "网格化管理", "AT-XM-002"));

        assertThat(side.stored("next")).isTrue();
    }

    @Test
    void anImportOfAProjectDraftedByHandAMomentBeforeIsRefusedWithoutAnyReadModel() {
        side.commands().sendAndWait(draft("by-hand", 2024, PROJECT, null));
        String importedId = EvaluationIds.imported(2024, "AT-CENTER", PROJECT);

        assertDuplicateOf(refusalOf(imported(importedId, "信息化项目运维（信息安全三级等保）")), "by-hand", "projectName");
        assertThat(side.stored(importedId)).isFalse();
    }

    @Test
    void theImporterSkipsAFormOfAProjectDraftedByHandAMomentBeforeNamingIt() {
        side.commands().sendAndWait(draft("by-hand", 2024, PROJECT, null));
        FormImporter importer = new FormImporter(side.commands(), side.eventStore(), side.directory);
        FormContent content = new FormContent(2024, "信息化项目运维 (信息安全三级等保)", null, "AT-GOV", null, "AT-CENTER",
                null, AmountUnit.TEN_THOUSAND_YUAN, ProjectEvaluationTest.fundsTyped(),
                new Goals("完成三级等保复测", "已完成复测"), ProjectEvaluationTest.completeIndicators());

        BsonDocument outcome = importer.importForm(new FormReading("Sheet1", content, List.of()), "anting.xlsx",
                "job-1", FILLER).update().toBsonDocument(BsonDocument.class,
                MongoClientSettings.getDefaultCodecRegistry());

        BsonDocument skipped = outcome.getDocument("$push").getDocument("skipped");
        assertThat(skipped.getString("evaluationId").getValue()).isEqualTo("by-hand");
        assertThat(skipped.getString("reasonZh").getValue()).contains("已有本项目");
        assertThat(side.stored(EvaluationIds.imported(2024, "AT-CENTER", content.projectName()))).isFalse();
    }

    @Test
    void importingTheSameFormAgainIsNotADuplicateOfItselfAndKeepsItsKey() {
        String id = EvaluationIds.imported(2024, "AT-CENTER", PROJECT);
        side.commands().sendAndWait(imported(id, PROJECT));

        // two import runners at once: the second fails on the form's own id, not as a duplicate, and releases nothing
        assertThatThrownBy(() -> side.commands().sendAndWait(imported(id, PROJECT)))
                .isInstanceOf(AggregateStreamCreationException.class);

        assertDuplicateOf(refusalOf(draft("by-hand", 2024, PROJECT, null)), id, "projectName");
    }

    @Test
    void aClaimLeftWithoutItsFormIsRespectedWhileItMayBeInFlightThenTakenOver() {
        ProjectYearKey key = new ProjectYearKey("AT-CENTER", 2024, ProjectYearKey.MatchedBy.PROJECT_NAME,
                NormalizedNames.of(PROJECT));
        // a process claimed the key and died before its draft's events were appended
        assertThat(side.keys.claim(key, "crashed", side::stored).written()).isTrue();

        assertDuplicateOf(refusalOf(draft("too-soon", 2024, PROJECT, null)), "crashed", "projectName");

        side.clock.advance(CommandSideOnMongo.CLAIM_TIMEOUT.plus(Duration.ofSeconds(1)));
        side.commands().sendAndWait(draft("after-timeout", 2024, PROJECT, null));

        assertThat(side.stored("after-timeout")).isTrue();
        assertThat(side.keys.holder(key)).contains("after-timeout");
    }

    @Test
    void formsStoredBeforeKeysExistedGetTheirKeysOnceBeforeTheCheckStarts() {
        try (CommandSideOnMongo earlier = new CommandSideOnMongo()) {
            // an installation of the version before: no keys, and a duplicate it let in
            earlier.commands().sendAndWait(draft("old-1", 2024, PROJECT, "AT-XM-001"));
            earlier.commands().sendAndWait(draft("old-2", 2024, " " + PROJECT, null));
            earlier.commands().sendAndWait(draft("old-3", 2024, "网格化管理", null));

            ExistingFormKeys.fillOnce(earlier.keys, earlier.storageEngine);
            earlier.checkDrafts();

            assertThat(earlier.keys.filled()).isTrue();
            assertDuplicateOf(refusalOf(earlier, draft("new-1", 2024, PROJECT, null)), "old-1", "projectName");
            assertDuplicateOf(refusalOf(earlier, draft("new-2", 2024, "其他", "AT-XM-001")), "old-1", "projectCode");
            assertDuplicateOf(refusalOf(earlier, draft("new-3", 2024, "网格化 管理", null)), "old-3", "projectName");
            earlier.commands().sendAndWait(draft("new-4", 2025, PROJECT, "AT-XM-001"));

            ProjectYearKey grid = new ProjectYearKey("AT-CENTER", 2024, ProjectYearKey.MatchedBy.PROJECT_NAME, "网格化管理");
            earlier.keys.release(grid, "old-3");
            ExistingFormKeys.fillOnce(earlier.keys, earlier.storageEngine);
            assertThat(earlier.keys.holder(grid)).as("filled once: a second start reads nothing").isEmpty();
        }
    }

    private static Refusal refusalOf(CommandSideOnMongo on, Object command) {
        return catchThrowableOfType(Refusal.class, () -> on.commands().sendAndWait(command));
    }

    @Test
    void ofTwoConcurrentDraftsOfTheSameProjectExactlyOneWins() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 25; round++) {
                String name = PROJECT + " 第" + round + "轮";
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> drafts = new ArrayList<>();
                List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
                for (String id : ids) {
                    drafts.add(threads.submit(() -> {
                        go.await();
                        try {
                            side.commands().sendAndWait(draft(id, 2024, name, null));
                            return true;
                        } catch (Refusal refusal) {
                            assertThat(refusal.code()).isEqualTo("DUPLICATE_PROJECT_YEAR");
                            return false;
                        }
                    }));
                }
                go.countDown();
                int won = 0;
                for (Future<Boolean> draft : drafts) {
                    won += draft.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(won).as("drafts that won in round " + round).isEqualTo(1);
                assertThat(ids.stream().filter(side::stored)).as("forms stored in round " + round).hasSize(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
