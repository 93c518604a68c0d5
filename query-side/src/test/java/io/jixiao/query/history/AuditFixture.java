package io.jixiao.query.history;

import io.jixiao.kernel.evaluation.ActualValueAmendedEvent;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.GoalsAmendedEvent;
import io.jixiao.query.support.AntingForm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.jixiao.query.support.DemoOrganization.actor;

/**
 * Two forms for the audit search: {@link AntingHistory} (AT-CENTER, 2024; seven figure changes, four of them
 * after the first submission and one after the final approval) and a 2023 form of SJ-BIGDATA with two changes
 * before any submission, on 2025-03-02.
 */
final class AuditFixture {
    static final String BIGDATA_ID = "ev-bigdata-2023";
    static final Instant BIGDATA_START = Instant.parse("2025-03-02T02:00:00Z");

    private AuditFixture() {
    }

    static List<RecordedEvent> anting() {
        return AntingHistory.recorded();
    }

    static List<RecordedEvent> bigdata() {
        EvaluationDraftedEvent template = AntingForm.drafted(BIGDATA_ID, "SJ-BIGDATA", "SJ-OFFICE");
        List<EvaluationEvent> events = new ArrayList<>();
        events.add(new EvaluationDraftedEvent(BIGDATA_ID, 2023, "大数据平台运维", "DSJ-01", "SJ-OFFICE", "SJ-BIGDATA",
                template.amountUnit(), template.scoringPolicy(), template.funds(), template.goals(),
                template.indicators(), "test", actor("sj-bigdata-filler")));
        events.add(new ActualValueAmendedEvent(BIGDATA_ID, "I9", "91.00(%)", null, actor("sj-bigdata-filler")));
        events.add(new GoalsAmendedEvent(BIGDATA_ID, new Goals(template.goals().expected(), "平台全年稳定运行"), null,
                actor("sj-bigdata-filler")));
        return AntingHistory.recorded(events, BIGDATA_START);
    }

    static void feed(FigureChangeProjection projection, List<RecordedEvent> events) {
        for (RecordedEvent recorded : events) {
            projection.on(recorded.event(), recorded.sequence(), recorded.time());
        }
    }
}
