package io.jixiao.query.support;

import io.jixiao.kernel.approval.ApprovalPolicy;
import io.jixiao.kernel.approval.EvaluationApprovedEvent;
import io.jixiao.kernel.approval.EvaluationReopenedEvent;
import io.jixiao.kernel.approval.EvaluationReturnedEvent;
import io.jixiao.kernel.approval.EvaluationSubmittedEvent;
import io.jixiao.kernel.approval.EvaluationWithdrawnEvent;
import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;

import java.math.BigDecimal;
import java.util.List;

import static io.jixiao.query.support.DemoOrganization.actor;

/**
 * Events of one real form: Anting 2024, 信息化项目运维(信息安全三级等保), filled in 万元 (fixture
 * anting-2024.json): 28.10 / 26.95 / 24.83, published rate 92.13, budget score 9.21, total 97.21, 优.
 */
public final class AntingForm {
    public static final String ID = "ev-at-center-2024-xxaq";
    public static final String FILLER = "at-center-filler";

    private AntingForm() {
    }

    public static EvaluationDraftedEvent drafted() {
        return drafted(ID, "AT-CENTER", "AT-GOV");
    }

    public static EvaluationDraftedEvent drafted(String evaluationId, String implementingUnitId,
                                                 String competentDepartmentId) {
        FundLine total = line("28.10", "26.95", "24.83");
        FundLine none = line("0.00", "0.00", "0.00");
        return new EvaluationDraftedEvent(evaluationId, 2024, "信息化项目运维(信息安全三级等保)",
                null,
                competentDepartmentId, implementingUnitId, AmountUnit.TEN_THOUSAND_YUAN, "NATIONAL",
                new Funds(total, total, none, none),
                new Goals("符合《信息系统安全等级保护基本要求》所规定第三级要求", "项目于12月底前完成建设"),
                indicators(), "test", actor(FILLER));
    }

    /** Amounts typed in 万元, stored in 元 as the command side stores them. */
    public static FundLine line(String initial, String adjusted, String executed) {
        AmountUnit unit = AmountUnit.TEN_THOUSAND_YUAN;
        return new FundLine(unit.toYuan(new BigDecimal(initial)), unit.toYuan(new BigDecimal(adjusted)),
                unit.toYuan(new BigDecimal(executed)));
    }

    public static List<Indicator> indicators() {
        return List.of(
                indicator("I1", "成本指标", "经济成本指标", "成本控制数", "控制在概算范围内",
                        "达成指标", "10.00", null),
                indicator("I2", "产出指标", "数量指标", "维保期限", "=1.00(年)", "1.00(年)", "10.00", null),
                indicator("I3", "产出指标", "数量指标", "三级等保复测次数", "=1.00(次)", "1.00(次)", "10.00", null),
                indicator("I4", "产出指标", "质量指标", "运维工作验收合格率", "=100.00(%)",
                        "100.00(%)", "10.00", null),
                indicator("I5", "产出指标", "质量指标", "复测通过率", "=100.00(%)", "100.00(%)", "10.00", null),
                indicator("I6", "产出指标", "时效指标", "复测完成时间", "2024年9月前",
                        "部分达成指标并具有一定效果", "8.00", "2024年新出的测评方式与往年不同,重新提交材料,导致测评延长"),
                indicator("I7", "效益指标", "社会效益指标", "发生信息泄露事故数量", "=0.00(起)",
                        "0.00(起)", "10.00", null),
                indicator("I8", "效益指标", "社会效益指标", "数据安全防范能力", "达成指标", "达成指标", "10.00", null),
                indicator("I9", "满意度指标", "服务对象满意度指标", "使用人员满意度", "≥90.00(%)",
                        "95.00(%)", "10.00", null));
    }

    private static Indicator indicator(String id, String level1, String level2, String name, String target,
                                       String actual, String score, String deviation) {
        return new Indicator(id, level1, level2, name, target, new BigDecimal("10.00"), actual, new BigDecimal(score),
                deviation);
    }

    public static EvaluationSubmittedEvent submitted(Organization organization, Actor by) {
        return new EvaluationSubmittedEvent(ID, null, ApprovalPolicy.reviewChain(organization, "AT-CENTER", "AT-GOV"),
                by);
    }

    public static EvaluationApprovedEvent approved(ReviewLevel level, String unitId, boolean last, String by) {
        return new EvaluationApprovedEvent(ID, level, unitId, last, null, actor(by));
    }

    public static EvaluationReturnedEvent returned(ReviewLevel level, String by) {
        return new EvaluationReturnedEvent(ID, level, "复测完成时间须写明原因", actor(by));
    }

    public static EvaluationWithdrawnEvent withdrawn() {
        return new EvaluationWithdrawnEvent(ID, null, actor(FILLER));
    }

    public static EvaluationReopenedEvent reopened(String by) {
        return new EvaluationReopenedEvent(ID, "决算公开前更正", actor(by));
    }
}
