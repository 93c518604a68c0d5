package io.jixiao.query.dashboard;

import io.jixiao.kernel.approval.ApprovalPolicy;
import io.jixiao.kernel.approval.EvaluationApprovedEvent;
import io.jixiao.kernel.approval.EvaluationReopenedEvent;
import io.jixiao.kernel.approval.EvaluationReturnedEvent;
import io.jixiao.kernel.approval.EvaluationSubmittedEvent;
import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.evaluation.ActualValueAmendedEvent;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.support.AntingForm;

import java.math.BigDecimal;
import java.util.List;

import static io.jixiao.query.support.DemoOrganization.actor;

/**
 * Events of forms shaped like the Anting 2024 信息安全三级等保 form (its indicators and goals, total 97.21 at the
 * published figures) with the year, units, name and funds a test chooses.
 */
public final class TestForms {
    public static final String PROJECT = "信息化项目运维(信息安全三级等保)";

    private TestForms() {
    }

    /** Amounts typed in {@code unit}, stored in 元 as the command side stores them. */
    public static EvaluationDraftedEvent drafted(String id, int year, String unitId, String departmentId, AmountUnit unit,
                                          String adjusted, String executed) {
        return drafted(id, year, unitId, departmentId, PROJECT, null, unit, adjusted, executed);
    }

    public static EvaluationDraftedEvent drafted(String id, int year, String unitId, String departmentId, String projectName,
                                          String projectCode, AmountUnit unit, String adjusted, String executed) {
        return drafted(id, year, unitId, departmentId, projectName, projectCode, unit, adjusted, executed,
                AntingForm.indicators());
    }

    public static EvaluationDraftedEvent drafted(String id, int year, String unitId, String departmentId,
                                                 String projectName, String projectCode, AmountUnit unit,
                                                 String adjusted, String executed, List<Indicator> indicators) {
        BigDecimal adjustedYuan = adjusted == null ? null : unit.toYuan(new BigDecimal(adjusted));
        BigDecimal executedYuan = executed == null ? null : unit.toYuan(new BigDecimal(executed));
        FundLine total = new FundLine(adjustedYuan, adjustedYuan, executedYuan);
        FundLine none = new FundLine(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        return new EvaluationDraftedEvent(id, year, projectName, projectCode, departmentId, unitId, unit, "NATIONAL",
                new Funds(total, total, none, none),
                new Goals("符合《信息系统安全等级保护基本要求》所规定第三级要求", "项目于12月底前完成建设"),
                indicators, "test", actor(filler(unitId)));
    }

    public static EvaluationSubmittedEvent submitted(String id, String unitId, String departmentId, Organization organization) {
        return new EvaluationSubmittedEvent(id, null, ApprovalPolicy.reviewChain(organization, unitId, departmentId),
                actor(filler(unitId)));
    }

    public static EvaluationApprovedEvent approved(String id, ReviewLevel level, String unitId, boolean last, String by) {
        return new EvaluationApprovedEvent(id, level, unitId, last, "同意", actor(by));
    }

    public static EvaluationReturnedEvent returned(String id, ReviewLevel level, String by) {
        return new EvaluationReturnedEvent(id, level, "请补充偏差原因", actor(by));
    }

    public static EvaluationReopenedEvent reopened(String id, String by) {
        return new EvaluationReopenedEvent(id, "决算公开前更正", actor(by));
    }

    public static ActualValueAmendedEvent actual(String id, String unitId, String indicatorId, String value) {
        return new ActualValueAmendedEvent(id, indicatorId, value, "复核后更正", actor(filler(unitId)));
    }

    private static String filler(String unitId) {
        return switch (unitId) {
            case "AT-CENTER" -> "at-center-filler";
            case "SJ-BIGDATA" -> "sj-bigdata-filler";
            case "SJ-OFFICE" -> "sj-office-filler";
            // AT-GOV has no filler among the demo people; its approver stands in as the author of test drafts.
            default -> "at-gov-approver";
        };
    }
}
