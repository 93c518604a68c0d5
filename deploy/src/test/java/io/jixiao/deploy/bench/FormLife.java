package io.jixiao.deploy.bench;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.approval.ApprovalPolicy;
import io.jixiao.kernel.approval.ApproveEvaluationCommand;
import io.jixiao.kernel.approval.ReopenEvaluationCommand;
import io.jixiao.kernel.approval.ReturnEvaluationCommand;
import io.jixiao.kernel.approval.ReviewStep;
import io.jixiao.kernel.approval.SubmitEvaluationCommand;
import io.jixiao.kernel.approval.WithdrawEvaluationCommand;
import io.jixiao.kernel.evaluation.AmendActualValueCommand;
import io.jixiao.kernel.evaluation.AmendFundsCommand;
import io.jixiao.kernel.evaluation.AmendGoalsCommand;
import io.jixiao.kernel.evaluation.DraftEvaluationCommand;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.IndicatorInput;
import io.jixiao.kernel.evaluation.ScoreIndicatorCommand;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Person;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One generated form's year, told as commands by the people whose job each step is: the filler drafts the form
 * with its indicators and targets, types the actual values (some twice: a provisional figure first), scores them
 * with deviation reasons, enters the year's spending and the goals reached, and submits; the reviewers of its chain
 * approve, or return it with a reason the filler answers with amendments; some forms are withdrawn and corrected,
 * some reopened by the finance bureau after approval and corrected. A form of the latest year may stay in progress
 * (a draft, under review at some level, returned). Times advance from a few minutes to a few days between steps.
 */
final class FormLife {
    /** How a form ended up: for the summary printed after generation. */
    enum Ending { DRAFT, INCOMPLETE_DRAFT, UNDER_REVIEW, RETURNED, APPROVED, REOPENED_APPROVED, RETURNED_APPROVED,
        WITHDRAWN_APPROVED }

    private static final String[] RETURN_REASONS = {"满意度指标请附调查问卷汇总，偏差原因请写明改进措施。",
        "全年执行数与决算报表不一致，请核对。", "产出指标实际完成值缺少佐证材料，请补充说明。",
        "绩效目标实际完成情况表述过于笼统，请量化。"};
    private static final String[] AMEND_REASONS = {"按审核意见修改。", "核对后更正。", "补充佐证后调整。",
        "与决算报表核对一致。"};

    private final AggregateRunner runner;
    private final DistrictOrganization district;
    private final DraftEvaluationCommand plan;
    private final Actor filler;
    private final List<ReviewStep> chain;
    private final Random random;
    private final boolean latestYear;
    private Instant time;
    private long version;

    FormLife(AggregateRunner runner, DistrictOrganization district, DraftEvaluationCommand plan, Random random,
             Instant start, boolean latestYear) {
        this.runner = runner;
        this.district = district;
        this.plan = plan;
        this.filler = plan.actor();
        this.chain = ApprovalPolicy.reviewChain(district.organization(), plan.implementingUnitId(),
                plan.competentDepartmentId());
        this.random = random;
        this.time = start;
        this.latestYear = latestYear;
    }

    Ending live() {
        List<IndicatorInput> indicators = plan.indicators();
        List<IndicatorInput> blankIndicators = indicators.stream().map(i -> new IndicatorInput(i.level1(),
                i.level2(), i.name(), i.target(), i.weight(), null, null, null)).toList();
        Funds blankFunds = Funds.BLANK;
        for (FundSource source : FundSource.values()) {
            FundLine line = plan.funds().line(source);
            blankFunds = blankFunds.with(source, new FundLine(line.initialBudget(), line.adjustedBudget(), null));
        }
        send(new DraftEvaluationCommand(plan.evaluationId(), plan.fiscalYear(), plan.projectName(),
                plan.projectCode(), plan.competentDepartmentId(), plan.implementingUnitId(), plan.amountUnit(),
                plan.scoringPolicy(), blankFunds, new Goals(plan.goals().expected(), null), blankIndicators,
                plan.source(), filler));
        if (latestYear && random.nextDouble() < 0.06) {
            fillIn(indicators, random.nextInt(indicators.size() + 1));
            return Ending.DRAFT;
        }
        fillIn(indicators, indicators.size());
        if (!submit("自评完成，请审核。")) {
            return Ending.INCOMPLETE_DRAFT;
        }
        double roll = random.nextDouble();
        if (latestYear && roll < 0.25) {
            int levels = random.nextInt(chain.size());
            approve(levels);
            if (random.nextBoolean()) {
                returnAt(levels);
                return Ending.RETURNED;
            }
            return Ending.UNDER_REVIEW;
        }
        roll = random.nextDouble();
        if (roll < 0.55) {
            approve(chain.size());
            return Ending.APPROVED;
        }
        if (roll < 0.80) {
            int rounds = random.nextDouble() < 0.3 ? 2 : 1;
            for (int round = 0; round < rounds; round++) {
                int level = random.nextInt(chain.size());
                approve(level);
                returnAt(level);
                correct(indicators, 2 + random.nextInt(4));
                if (!submit("已按审核意见修改，请重新审核。")) {
                    return Ending.INCOMPLETE_DRAFT;
                }
            }
            approve(chain.size());
            return Ending.RETURNED_APPROVED;
        }
        if (roll < 0.90) {
            send(new WithdrawEvaluationCommand(id(), "发现全年执行数填报有误，撤回更正。", version, filler));
            correctExecuted("更正全年执行数，与单位决算报表一致。");
            submit("执行数已更正，请审核。");
            approve(chain.size());
            return Ending.WITHDRAWN_APPROVED;
        }
        approve(chain.size());
        later(Duration.ofDays(20 + random.nextInt(60)));
        send(new ReopenEvaluationCommand(id(), "决算复核发现全年执行数与部门决算不一致，请更正后重新报送。", version,
                reviewer(chain.size() - 1)));
        correctExecuted("按财政复核意见更正全年执行数。");
        correct(indicators, 1 + random.nextInt(3));
        submit("已按财政复核意见更正，请重新审核。");
        approve(chain.size());
        return Ending.REOPENED_APPROVED;
    }

    /** The first {@code count} indicators' actual values and scores, then the year's spending and goals reached. */
    private void fillIn(List<IndicatorInput> indicators, int count) {
        for (int i = 0; i < count; i++) {
            IndicatorInput row = indicators.get(i);
            if (row.actual() != null) {
                if (random.nextDouble() < 0.7) {
                    amendActual(i, "待核实：" + row.actual(), null);
                }
                if (random.nextDouble() < 0.3) {
                    amendActual(i, "约" + row.actual(), null);
                }
                amendActual(i, row.actual(), null);
            }
        }
        for (int i = 0; i < count; i++) {
            IndicatorInput row = indicators.get(i);
            if (row.score() != null) {
                if (random.nextDouble() < 0.4 && row.weight() != null && row.score().compareTo(row.weight()) != 0) {
                    score(i, row.weight(), null, null);
                }
                if (row.deviation() != null) {
                    // the score first, the deviation reason typed afterwards
                    score(i, row.score(), null, null);
                }
                score(i, row.score(), row.deviation(), null);
            }
        }
        if (count < indicators.size()) {
            return;
        }
        for (FundSource source : FundSource.values()) {
            BigDecimal executed = plan.funds().line(source).executed();
            if (executed != null) {
                send(new AmendFundsCommand(id(), source, null, null, executed, null, version, filler));
            }
        }
        if (plan.goals().actual() != null) {
            send(new AmendGoalsCommand(id(), null, plan.goals().actual(), null, version, filler));
        }
    }

    /** Answers a return or reopening: a few actual values made more precise and rescored, each with a reason. */
    private void correct(List<IndicatorInput> indicators, int changes) {
        for (int c = 0; c < changes && !indicators.isEmpty(); c++) {
            int i = random.nextInt(indicators.size());
            IndicatorInput row = indicators.get(i);
            String reason = AMEND_REASONS[random.nextInt(AMEND_REASONS.length)];
            amendActual(i, (row.actual() == null ? "已完成" : row.actual()) + "（已复核" + (c + 1) + "）", reason);
            if (row.weight() != null && random.nextBoolean()) {
                BigDecimal score = row.weight().multiply(BigDecimal.valueOf(80 + random.nextInt(21)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                score(i, score, score.compareTo(row.weight()) < 0 ? "部分指标未完全达成，已制定整改措施。" : null, reason);
            }
        }
        if (random.nextBoolean() && plan.goals().actual() != null) {
            send(new AmendGoalsCommand(id(), null, plan.goals().actual() + "（补充量化说明）",
                    AMEND_REASONS[random.nextInt(AMEND_REASONS.length)], version, filler));
        }
    }

    private void correctExecuted(String reason) {
        FundLine total = plan.funds().line(FundSource.TOTAL);
        if (total.executed() == null) {
            return;
        }
        BigDecimal corrected = total.executed().multiply(BigDecimal.valueOf(97 + random.nextInt(3)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        send(new AmendFundsCommand(id(), FundSource.TOTAL, null, null, corrected, reason, version, filler));
    }

    private void amendActual(int index, String actual, String reason) {
        send(new AmendActualValueCommand(id(), EvaluationFold.indicatorId(index + 1), actual, reason, version,
                filler));
    }

    private void score(int index, BigDecimal score, String deviation, String reason) {
        send(new ScoreIndicatorCommand(id(), EvaluationFold.indicatorId(index + 1), score, deviation, reason, version,
                filler));
    }

    private boolean submit(String comment) {
        try {
            send(new SubmitEvaluationCommand(id(), comment, version, filler));
            return true;
        } catch (Refusal refused) {
            if (!"FORM_INCOMPLETE".equals(refused.code())) {
                throw refused;
            }
            // a seed form whose published transcription lost cells cannot leave its unit (as in the demo data)
            return false;
        }
    }

    private void approve(int levels) {
        for (int level = 0; level < levels; level++) {
            later(Duration.ofHours(2 + random.nextInt(72)));
            send(new ApproveEvaluationCommand(id(), "同意。", version, reviewer(level)));
        }
    }

    private void returnAt(int level) {
        later(Duration.ofHours(2 + random.nextInt(48)));
        send(new ReturnEvaluationCommand(id(), RETURN_REASONS[random.nextInt(RETURN_REASONS.length)], version,
                reviewer(level)));
        later(Duration.ofHours(4 + random.nextInt(72)));
    }

    private Actor reviewer(int level) {
        ReviewStep step = chain.get(level);
        List<Person> holders = district.holders(step.unitId(), ApprovalPolicy.roleAt(step.level()));
        return Actor.of(holders.get(random.nextInt(holders.size())));
    }

    private void later(Duration pause) {
        time = time.plus(pause);
    }

    private void send(Object command) {
        later(Duration.ofSeconds(30 + random.nextInt(3600)));
        version = runner.send(command, time);
    }

    private String id() {
        return plan.evaluationId();
    }

    Instant lastTime() {
        return time;
    }

    static List<String> endingNames() {
        List<String> names = new ArrayList<>();
        for (Ending ending : Ending.values()) {
            names.add(ending.name());
        }
        return names;
    }
}
