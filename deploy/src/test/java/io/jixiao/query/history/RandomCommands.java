package io.jixiao.query.history;

import io.jixiao.kernel.approval.ApproveEvaluationCommand;
import io.jixiao.kernel.approval.ReopenEvaluationCommand;
import io.jixiao.kernel.approval.ReturnEvaluationCommand;
import io.jixiao.kernel.approval.ReviewStep;
import io.jixiao.kernel.approval.SubmitEvaluationCommand;
import io.jixiao.kernel.approval.WithdrawEvaluationCommand;
import io.jixiao.kernel.evaluation.AddIndicatorCommand;
import io.jixiao.kernel.evaluation.AmendActualValueCommand;
import io.jixiao.kernel.evaluation.AmendFundsCommand;
import io.jixiao.kernel.evaluation.AmendGoalsCommand;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.ChangeIndicatorCommand;
import io.jixiao.kernel.evaluation.DraftEvaluationCommand;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.evaluation.IndicatorInput;
import io.jixiao.kernel.evaluation.RemoveIndicatorCommand;
import io.jixiao.kernel.evaluation.ScoreIndicatorCommand;
import io.jixiao.kernel.organization.Actor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

import static io.jixiao.query.support.DemoOrganization.actor;

/**
 * Commands a random walk sends to an AT-CENTER form: mostly what its people would do next (so forms get submitted,
 * returned, approved and reopened), with stale versions, strangers, missing reasons and unknown indicators mixed in
 * so that refusals happen too.
 */
final class RandomCommands {
    static final String ID = "ev-random";
    private static final Actor FILLER = actor("at-center-filler");
    private static final Actor STRANGER = actor("sj-office-filler");
    private static final Actor FINANCE = actor("jd-finance");
    private static final List<Actor> REVIEWERS = List.of(actor("at-center-reviewer"), actor("at-gov-approver"), FINANCE);
    private static final List<String> ACTUALS = List.of("1.00(次)", "2次", "达成指标", "部分达成指标并具有一定效果",
            "95.00(%)", "88%", "0.00(起)", "未达成年度指标且效果较差");

    private final Random random;

    RandomCommands(long seed) {
        random = new Random(seed);
    }

    static DraftEvaluationCommand draft() {
        FundLine total = new FundLine(new BigDecimal("28.10"), new BigDecimal("26.95"), new BigDecimal("24.83"));
        FundLine none = new FundLine(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        return new DraftEvaluationCommand(ID, 2024, "信息化项目运维(信息安全三级等保)", "XXAQ", "AT-GOV", "AT-CENTER",
                AmountUnit.TEN_THOUSAND_YUAN, null, new Funds(total, total, none, none),
                new Goals("完成三级等保复测", "已完成复测"), List.of(
                new IndicatorInput("产出指标", "数量指标", "三级等保复测次数", "=1.00(次)", weight(30), "1.00(次)", weight(30), null),
                new IndicatorInput("产出指标", "时效指标", "复测完成时间", "2024年9月前", weight(30), "达成指标", weight(30), null),
                new IndicatorInput("效益指标", "社会效益指标", "发生信息泄露事故数量", "=0.00(起)", weight(20), "0.00(起)",
                        weight(20), null),
                new IndicatorInput("满意度指标", "服务对象满意度指标", "使用人员满意度", "≥90.00(%)", weight(10), "95.00(%)",
                        weight(10), null)), "test", FILLER);
    }

    Object next(EvaluationState s) {
        long version = oneIn(25) ? s.version() - 1 : s.version();
        String reason = s.everSubmitted() && !oneIn(10) ? "更正" + random.nextInt(100) : (random.nextBoolean() ? null : "备注");
        Actor owner = oneIn(20) ? STRANGER : FILLER;
        int pick = random.nextInt(100);
        if (pick < 12) {
            FundSource source = FundSource.values()[random.nextInt(FundSource.values().length)];
            return new AmendFundsCommand(ID, source, amountOrNull(), amountOrNull(), amountOrNull(), reason, version, owner);
        }
        if (pick < 20) {
            return new AmendGoalsCommand(ID, random.nextBoolean() ? null : "预期" + random.nextInt(5),
                    random.nextBoolean() ? null : "完成" + random.nextInt(5), reason, version, owner);
        }
        if (pick < 24) {
            return new AddIndicatorCommand(ID, "产出指标", "数量指标", "培训次数" + random.nextInt(3), ">=4次",
                    weight(random.nextInt(11)), reason, version, owner);
        }
        if (pick < 27) {
            return new ChangeIndicatorCommand(ID, indicatorId(s), null, null, random.nextBoolean() ? null : "改名",
                    random.nextBoolean() ? null : "≥" + random.nextInt(100) + "%",
                    random.nextBoolean() ? null : weight(random.nextInt(31)), reason, version, owner);
        }
        if (pick < 30) {
            return new RemoveIndicatorCommand(ID, indicatorId(s), reason, version, owner);
        }
        if (pick < 45) {
            return new AmendActualValueCommand(ID, indicatorId(s), ACTUALS.get(random.nextInt(ACTUALS.size())), reason,
                    version, owner);
        }
        if (pick < 57) {
            return score(s, reason, version, owner);
        }
        if (pick < 70) {
            return new SubmitEvaluationCommand(ID, random.nextBoolean() ? null : "请审核", version, owner);
        }
        if (pick < 85) {
            return new ApproveEvaluationCommand(ID, random.nextBoolean() ? null : "同意", version, reviewer(s));
        }
        if (pick < 92) {
            return new ReturnEvaluationCommand(ID, oneIn(8) ? null : "请补充依据", version, reviewer(s));
        }
        if (pick < 96) {
            return new WithdrawEvaluationCommand(ID, null, version, owner);
        }
        return new ReopenEvaluationCommand(ID, "决算公开前更正", version, oneIn(5) ? FILLER : FINANCE);
    }

    private Object score(EvaluationState s, String reason, long version, Actor owner) {
        String indicatorId = indicatorId(s);
        BigDecimal weight = s.indicator(indicatorId).map(Indicator::weight).orElse(weight(10));
        if (random.nextBoolean()) {
            return new ScoreIndicatorCommand(ID, indicatorId, weight, null, reason, version, owner);
        }
        BigDecimal score = weight.multiply(BigDecimal.valueOf(random.nextInt(101)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return new ScoreIndicatorCommand(ID, indicatorId, score, oneIn(4) ? null : "偏差说明" + random.nextInt(9),
                reason, version, owner);
    }

    /** Usually whoever the form waits for; sometimes someone else, who is refused. */
    private Actor reviewer(EvaluationState s) {
        if (oneIn(6) || s.currentStep().isEmpty()) {
            return REVIEWERS.get(random.nextInt(REVIEWERS.size()));
        }
        ReviewStep step = s.currentStep().get();
        return switch (step.level()) {
            case UNIT -> REVIEWERS.get(0);
            case DEPARTMENT -> REVIEWERS.get(1);
            case FINANCE -> REVIEWERS.get(2);
        };
    }

    private String indicatorId(EvaluationState s) {
        if (s.indicators().isEmpty() || oneIn(15)) {
            return "I99";
        }
        return s.indicators().get(random.nextInt(s.indicators().size())).indicatorId();
    }

    private BigDecimal amountOrNull() {
        return random.nextInt(3) == 0 ? null : BigDecimal.valueOf(random.nextInt(5000), 2);
    }

    private boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    private static BigDecimal weight(int points) {
        return BigDecimal.valueOf(points);
    }
}
