package io.jixiao.deploy;

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
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

/**
 * Commands a random walk sends to one AT-CENTER form of the demo organization: mostly what its people would do next
 * (so forms get submitted, returned, approved and reopened), with stale versions, strangers, missing reasons and
 * unknown indicators mixed in so that refusals happen too. Texts, amounts with several scales and Chinese, and
 * every fund row and indicator field are drawn, so a field the store loses or alters shows in the state.
 */
final class RandomCommands {
    private static final List<String> ACTUALS = List.of("1.00(次)", "2次", "达成指标", "部分达成指标并具有一定效果",
            "95.00(%)", "88%", "0.00(起)", "未达成年度指标且效果较差");

    private final String id;
    private final Random random;
    private final Actor filler;
    private final Actor stranger;
    private final Actor finance;
    private final List<Actor> reviewers;

    RandomCommands(String id, long seed, Organization organization) {
        this.id = id;
        this.random = new Random(seed);
        this.filler = actor(organization, "at-center-filler");
        this.stranger = actor(organization, "sj-office-filler");
        this.finance = actor(organization, "jd-finance");
        this.reviewers = List.of(actor(organization, "at-center-reviewer"), actor(organization, "at-gov-approver"),
                finance);
    }

    /** The actor a person of the organization is when they act. */
    static Actor actor(Organization organization, String personId) {
        Person person = organization.person(personId).orElseThrow(() -> new IllegalStateException(
                "The demo organization has no " + personId));
        return new Actor(person.id(), person.name(), person.unitId(), person.roles());
    }

    /** A form of its own project (one form per project and year), so walks never collide with each other. */
    DraftEvaluationCommand draft() {
        FundLine total = new FundLine(new BigDecimal("28.10"), new BigDecimal("26.95"), new BigDecimal("24.83"));
        FundLine none = new FundLine(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        AmountUnit unit = random.nextBoolean() ? AmountUnit.TEN_THOUSAND_YUAN : AmountUnit.YUAN;
        return new DraftEvaluationCommand(id, 2024, "信息化项目运维(信息安全三级等保) " + id, "TT-" + id, "AT-GOV",
                "AT-CENTER", unit, null, new Funds(total, total, none, none),
                new Goals("完成三级等保复测", "已完成复测"), List.of(
                new IndicatorInput("产出指标", "数量指标", "三级等保复测次数", "=1.00(次)", weight(30), "1.00(次)", weight(30), null),
                new IndicatorInput("产出指标", "时效指标", "复测完成时间", "2024年9月前", weight(30), "达成指标", weight(30), null),
                new IndicatorInput("效益指标", "社会效益指标", "发生信息泄露事故数量", "=0.00(起)", weight(20), "0.00(起)",
                        weight(20), null),
                new IndicatorInput("满意度指标", "服务对象满意度指标", "使用人员满意度", "≥90.00(%)", weight(10), "95.00(%)",
                        weight(10), null)), "time travel property test", filler);
    }

    Object next(EvaluationState s) {
        long version = oneIn(25) ? s.version() - 1 : s.version();
        String reason = s.everSubmitted() && !oneIn(10) ? "更正" + random.nextInt(100) : (random.nextBoolean() ? null : "备注");
        Actor owner = oneIn(20) ? stranger : filler;
        int pick = random.nextInt(100);
        if (pick < 12) {
            FundSource source = FundSource.values()[random.nextInt(FundSource.values().length)];
            return new AmendFundsCommand(id, source, amountOrNull(), amountOrNull(), amountOrNull(), reason, version, owner);
        }
        if (pick < 20) {
            return new AmendGoalsCommand(id, random.nextBoolean() ? null : "预期" + random.nextInt(5) + "\n第二行",
                    random.nextBoolean() ? null : "完成" + random.nextInt(5), reason, version, owner);
        }
        if (pick < 24) {
            return new AddIndicatorCommand(id, "产出指标", "数量指标", "培训次数" + random.nextInt(3), ">=4次",
                    weight(random.nextInt(11)), reason, version, owner);
        }
        if (pick < 27) {
            return new ChangeIndicatorCommand(id, indicatorId(s), random.nextBoolean() ? null : "效益指标",
                    random.nextBoolean() ? null : "可持续影响指标", random.nextBoolean() ? null : "改名",
                    random.nextBoolean() ? null : "≥" + random.nextInt(100) + "%",
                    random.nextBoolean() ? null : weight(random.nextInt(31)), reason, version, owner);
        }
        if (pick < 30) {
            return new RemoveIndicatorCommand(id, indicatorId(s), reason, version, owner);
        }
        if (pick < 45) {
            return new AmendActualValueCommand(id, indicatorId(s), ACTUALS.get(random.nextInt(ACTUALS.size())), reason,
                    version, owner);
        }
        if (pick < 57) {
            return score(s, reason, version, owner);
        }
        if (pick < 70) {
            return new SubmitEvaluationCommand(id, random.nextBoolean() ? null : "请审核", version, owner);
        }
        if (pick < 85) {
            return new ApproveEvaluationCommand(id, random.nextBoolean() ? null : "同意", version, reviewer(s));
        }
        if (pick < 92) {
            return new ReturnEvaluationCommand(id, oneIn(8) ? null : "请补充依据", version, reviewer(s));
        }
        if (pick < 96) {
            return new WithdrawEvaluationCommand(id, random.nextBoolean() ? null : "补充材料", version, owner);
        }
        return new ReopenEvaluationCommand(id, "决算公开前更正", version, oneIn(5) ? filler : finance);
    }

    private Object score(EvaluationState s, String reason, long version, Actor owner) {
        String indicatorId = indicatorId(s);
        BigDecimal weight = s.indicator(indicatorId).map(Indicator::weight).orElse(weight(10));
        if (random.nextBoolean()) {
            return new ScoreIndicatorCommand(id, indicatorId, weight, null, reason, version, owner);
        }
        BigDecimal score = weight.multiply(BigDecimal.valueOf(random.nextInt(101)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return new ScoreIndicatorCommand(id, indicatorId, score, oneIn(4) ? null : "偏差说明" + random.nextInt(9),
                reason, version, owner);
    }

    /** Usually whoever the form waits for; sometimes someone else, who is refused. */
    private Actor reviewer(EvaluationState s) {
        if (oneIn(6) || s.currentStep().isEmpty()) {
            return reviewers.get(random.nextInt(reviewers.size()));
        }
        ReviewStep step = s.currentStep().get();
        return switch (step.level()) {
            case UNIT -> reviewers.get(0);
            case DEPARTMENT -> reviewers.get(1);
            case FINANCE -> reviewers.get(2);
        };
    }

    private String indicatorId(EvaluationState s) {
        if (s.indicators().isEmpty() || oneIn(15)) {
            return "I99";
        }
        return s.indicators().get(random.nextInt(s.indicators().size())).indicatorId();
    }

    /** Whole, cent and six-decimal amounts, so a store that rounds or drops a scale is seen. */
    private BigDecimal amountOrNull() {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> BigDecimal.valueOf(random.nextInt(5000), 2);
            case 2 -> BigDecimal.valueOf(random.nextInt(5000));
            default -> BigDecimal.valueOf(random.nextInt(50_000_000), 6);
        };
    }

    private boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    private static BigDecimal weight(int points) {
        return BigDecimal.valueOf(points);
    }
}
