package io.jixiao.query.history;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The entries of the Anting form's history ({@link AntingHistory}), event by event. */
class HistoryEntriesTest {
    private static final FormTimeline TIMELINE = FormTimeline.replay(AntingHistory.recorded());

    private static List<Document> entriesOf(long version) {
        List<Document> entries = new ArrayList<>();
        for (Document entry : HistoryEntries.of(TIMELINE.at(version).orElseThrow())) {
            entries.add(HistoryEntries.withNames(entry, AntingHistory.ORGANIZATION));
        }
        return entries;
    }

    @Test
    void theDraftIsOneEntryWithoutAFieldFromNothingToDraft() {
        Document drafted = entriesOf(1).get(0);
        assertThat(entriesOf(1)).hasSize(1);
        assertThat(drafted.getString("action")).isEqualTo("DRAFTED");
        assertThat(drafted.getString("actionLabel")).isEqualTo("填报创建");
        assertThat(drafted.getString("field")).isNull();
        assertThat(drafted.get("stateBefore")).isNull();
        assertThat(drafted.get("stateAfter", Document.class).getString("status")).isEqualTo("DRAFT");
        assertThat(drafted.getString("time")).isEqualTo("2025-03-01T02:00:00Z");
        assertThat(drafted.get("actor", Document.class)).isEqualTo(new Document("id", "at-center-filler")
                .append("name", "安亭城运中心填报员").append("unitId", "AT-CENTER")
                .append("unitName", "上海市嘉定区安亭镇城市运行管理中心"));
    }

    @Test
    void oneFundsAmendmentGivesOneEntryPerFigureUnderTheSameVersion() {
        List<Document> entries = entriesOf(2);
        assertThat(entries).extracting(e -> e.getLong("version")).containsExactly(2L, 2L);
        assertThat(entries).extracting(e -> e.getString("action")).containsOnly("FUNDS_AMENDED");
        assertThat(entries).extracting(e -> e.getString("fieldLabel"))
                .containsExactly("资金 年度资金总额 全年预算数", "资金 年度资金总额 全年执行数");
        assertThat(entries).extracting(e -> e.getString("oldValue")).containsExactly("26.95", "24.83");
        assertThat(entries).extracting(e -> e.getString("newValue")).containsExactly("27.00", "25.00");
        assertThat(entries.get(0).getString("field")).isEqualTo("funds.total.adjustedBudget");
    }

    @Test
    void workflowStepsCarryTheirCommentOrReasonAndTheStateTheyMovedTheFormBetween() {
        Document submitted = entriesOf(4).get(0);
        assertThat(submitted.getString("action")).isEqualTo("SUBMITTED");
        assertThat(submitted.getString("reason")).isEqualTo("请审核");
        assertThat(submitted.get("stateBefore")).isEqualTo(new Document("status", "DRAFT").append("reviewLevel", null));
        assertThat(submitted.get("stateAfter"))
                .isEqualTo(new Document("status", "UNDER_REVIEW").append("reviewLevel", "UNIT"));

        Document passed = entriesOf(5).get(0);
        assertThat(passed.getString("actionLabel")).isEqualTo("审核通过（单位审核）");
        assertThat(passed.get("stateAfter", Document.class).getString("reviewLevel")).isEqualTo("DEPARTMENT");
        assertThat(passed.get("actor", Document.class).getString("id")).isEqualTo("at-center-reviewer");

        Document returned = entriesOf(6).get(0);
        assertThat(returned.getString("action")).isEqualTo("RETURNED");
        assertThat(returned.getString("actionLabel")).isEqualTo("退回（主管部门审核）");
        assertThat(returned.getString("reason")).isEqualTo("满意度须有问卷依据");
        assertThat(returned.get("actor", Document.class).getString("unitName")).isEqualTo("上海市嘉定区安亭镇人民政府");
        assertThat(returned.get("stateBefore", Document.class).getString("reviewLevel")).isEqualTo("DEPARTMENT");
        assertThat(returned.get("stateAfter", Document.class).getString("status")).isEqualTo("RETURNED");
        assertThat(returned.getString("field")).isNull();
    }

    @Test
    void anAmendmentAfterTheReturnCarriesItsReasonAndOldValue() {
        Document amended = entriesOf(7).get(0);
        assertThat(amended.getString("field")).isEqualTo("indicators.I9.actual");
        assertThat(amended.getString("fieldLabel")).isEqualTo("指标 满意度指标/服务对象满意度指标/使用人员满意度 实际完成值");
        assertThat(amended.getString("oldValue")).isEqualTo("96.00(%)");
        assertThat(amended.getString("newValue")).isEqualTo("93.00(%)");
        assertThat(amended.getString("reason")).isEqualTo("按问卷统计更正");
        assertThat(amended.get("stateBefore", Document.class).getString("status")).isEqualTo("RETURNED");
    }

    @Test
    void aScoreWithItsDeviationReasonIsTwoFigures() {
        assertThat(entriesOf(8)).extracting(e -> e.getString("field"))
                .containsExactly("indicators.I9.score", "indicators.I9.deviation");
        assertThat(entriesOf(8)).extracting(e -> e.getString("oldValue")).containsExactly("10.00", null);
        assertThat(entriesOf(8)).extracting(e -> e.getString("newValue")).containsExactly("9.00", "满意度低于预期");
    }

    @Test
    void theFinalApprovalAndTheReopeningShowTheStatusTheyLeft() {
        Document approved = entriesOf(12).get(0);
        assertThat(approved.getString("actionLabel")).isEqualTo("审核通过（财政复核）");
        assertThat(approved.get("stateAfter")).isEqualTo(new Document("status", "APPROVED").append("reviewLevel", null));
        Document reopened = entriesOf(13).get(0);
        assertThat(reopened.getString("action")).isEqualTo("REOPENED");
        assertThat(reopened.get("stateAfter", Document.class).getString("status")).isEqualTo("REOPENED");
        assertThat(entriesOf(14).get(0).getString("fieldLabel")).isEqualTo("资金 上年结转资金 全年执行数");
    }
}
