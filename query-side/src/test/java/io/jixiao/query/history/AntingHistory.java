package io.jixiao.query.history;

import io.jixiao.kernel.approval.ApprovalPolicy;
import io.jixiao.kernel.approval.EvaluationApprovedEvent;
import io.jixiao.kernel.approval.EvaluationReopenedEvent;
import io.jixiao.kernel.approval.EvaluationReturnedEvent;
import io.jixiao.kernel.approval.EvaluationSubmittedEvent;
import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.evaluation.ActualValueAmendedEvent;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.FundsAmendedEvent;
import io.jixiao.kernel.evaluation.IndicatorScoredEvent;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.support.AntingForm;
import io.jixiao.query.support.DemoOrganization;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.jixiao.query.support.DemoOrganization.actor;

/**
 * The life of the Anting 2024 信息安全三级等保 form (in 万元) as its events, one hour apart from 2025-03-01T02:00Z:
 * <ol>
 * <li>drafted by at-center-filler</li>
 * <li>total row: adjusted 26.95 -> 27.00 and executed 24.83 -> 25.00 in one amendment</li>
 * <li>I9 使用人员满意度 actual 95.00(%) -> 96.00(%)</li>
 * <li>submitted ("请审核")</li>
 * <li>passed by at-center-reviewer ("同意")</li>
 * <li>returned by at-gov-approver ("满意度须有问卷依据")</li>
 * <li>I9 actual 96.00(%) -> 93.00(%), reason "按问卷统计更正"</li>
 * <li>I9 scored 10.00 -> 9.00 with a deviation reason, reason "按问卷更正得分"</li>
 * <li>submitted again; 10-12. passed by the unit, the department and finance (final)</li>
 * <li>reopened by jd-finance ("决算公开前更正"); 14. carryover row executed 0.00 -> 1.50 ("结转资金更正")</li>
 * </ol>
 */
public final class AntingHistory {
    static final String ID = "ev-anting-history";
    static final Instant START = Instant.parse("2025-03-01T02:00:00Z");
    static final Organization ORGANIZATION = DemoOrganization.organization();
    private static final String FILLER = "at-center-filler";

    private AntingHistory() {
    }

    static List<EvaluationEvent> events() {
        return events(ID, "AT-CENTER", "AT-GOV");
    }

    public static List<EvaluationEvent> events(String id, String unitId, String departmentId) {
        List<EvaluationEvent> events = new ArrayList<>();
        events.add(AntingForm.drafted(id, unitId, departmentId));
        events.add(new FundsAmendedEvent(id, FundSource.TOTAL, AntingForm.line("28.10", "27.00", "25.00"), null,
                actor(FILLER)));
        events.add(new ActualValueAmendedEvent(id, "I9", "96.00(%)", null, actor(FILLER)));
        events.add(new EvaluationSubmittedEvent(id, "请审核",
                ApprovalPolicy.reviewChain(ORGANIZATION, unitId, departmentId), actor(FILLER)));
        events.add(new EvaluationApprovedEvent(id, ReviewLevel.UNIT, unitId, false, "同意",
                actor("at-center-reviewer")));
        events.add(new EvaluationReturnedEvent(id, ReviewLevel.DEPARTMENT, "满意度须有问卷依据",
                actor("at-gov-approver")));
        events.add(new ActualValueAmendedEvent(id, "I9", "93.00(%)", "按问卷统计更正", actor(FILLER)));
        events.add(new IndicatorScoredEvent(id, "I9", new BigDecimal("9.00"), "满意度低于预期", "按问卷更正得分",
                actor(FILLER)));
        events.add(new EvaluationSubmittedEvent(id, null,
                ApprovalPolicy.reviewChain(ORGANIZATION, unitId, departmentId), actor(FILLER)));
        events.add(new EvaluationApprovedEvent(id, ReviewLevel.UNIT, unitId, false, null, actor("at-center-reviewer")));
        events.add(new EvaluationApprovedEvent(id, ReviewLevel.DEPARTMENT, departmentId, false, null,
                actor("at-gov-approver")));
        events.add(new EvaluationApprovedEvent(id, ReviewLevel.FINANCE, "JD-FIN", true, "审定", actor("jd-finance")));
        events.add(new EvaluationReopenedEvent(id, "决算公开前更正", actor("jd-finance")));
        events.add(new FundsAmendedEvent(id, FundSource.CARRYOVER, AntingForm.line("0.00", "0.00", "1.50"),
                "结转资金更正", actor(FILLER)));
        return events;
    }

    /** The events as the event store records them: sequence numbers from 0, one hour apart from {@code start}. */
    static List<RecordedEvent> recorded(List<EvaluationEvent> events, Instant start) {
        List<RecordedEvent> recorded = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            recorded.add(new RecordedEvent(i, start.plusSeconds(3600L * i), events.get(i)));
        }
        return recorded;
    }

    static List<RecordedEvent> recorded() {
        return recorded(events(), START);
    }
}
