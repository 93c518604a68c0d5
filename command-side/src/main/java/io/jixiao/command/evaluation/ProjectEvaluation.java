package io.jixiao.command.evaluation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.jixiao.command.access.CommandPolicy;
import io.jixiao.command.organization.OrganizationDirectory;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;
import io.jixiao.kernel.approval.ApproveEvaluationCommand;
import io.jixiao.kernel.approval.EvaluationApprovedEvent;
import io.jixiao.kernel.approval.EvaluationReopenedEvent;
import io.jixiao.kernel.approval.EvaluationReturnedEvent;
import io.jixiao.kernel.approval.EvaluationSubmittedEvent;
import io.jixiao.kernel.approval.EvaluationWithdrawnEvent;
import io.jixiao.kernel.approval.ReopenEvaluationCommand;
import io.jixiao.kernel.approval.ReturnEvaluationCommand;
import io.jixiao.kernel.approval.ReviewStep;
import io.jixiao.kernel.approval.SubmitEvaluationCommand;
import io.jixiao.kernel.approval.WithdrawEvaluationCommand;
import io.jixiao.kernel.checks.CheckResult;
import io.jixiao.kernel.checks.Checks;
import io.jixiao.kernel.evaluation.ActualValueAmendedEvent;
import io.jixiao.kernel.evaluation.AddIndicatorCommand;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.AmendActualValueCommand;
import io.jixiao.kernel.evaluation.AmendFundsCommand;
import io.jixiao.kernel.evaluation.AmendGoalsCommand;
import io.jixiao.kernel.evaluation.ChangeIndicatorCommand;
import io.jixiao.kernel.evaluation.DraftEvaluationCommand;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.EvaluationStatus;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.FundsAmendedEvent;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.GoalsAmendedEvent;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.evaluation.IndicatorAddedEvent;
import io.jixiao.kernel.evaluation.IndicatorChangedEvent;
import io.jixiao.kernel.evaluation.IndicatorInput;
import io.jixiao.kernel.evaluation.IndicatorRemovedEvent;
import io.jixiao.kernel.evaluation.ImportEvaluationCommand;
import io.jixiao.kernel.evaluation.IndicatorScoredEvent;
import io.jixiao.kernel.evaluation.RemoveIndicatorCommand;
import io.jixiao.kernel.evaluation.ScoreIndicatorCommand;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.scoring.ScoringPolicy;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.jixiao.command.evaluation.InputRules.blank;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One 财政项目支出绩效自评表: decides every command against the form's own events. Its state is the kernel's
 * fold of those events, so what it decided on is exactly what history and time travel show.
 */
@Aggregate(snapshotTriggerDefinition = "evaluationSnapshotTrigger", cache = "evaluationCache")
// The shape of its snapshots: bumped when the state changes shape or an upcaster changes what the fold yields, so
// Axon's RevisionSnapshotFilter drops older snapshots and the form is folded again from its (upcast) events.
@Revision("1")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class ProjectEvaluation {
    @AggregateIdentifier
    private String evaluationId;
    private EvaluationState state = EvaluationState.EMPTY;

    protected ProjectEvaluation() {
        // for Axon's event sourcing and snapshots
    }

    @CommandHandler
    public ProjectEvaluation(DraftEvaluationCommand c, OrganizationDirectory directory, InputLimits limits) {
        CommandPolicy.requireFillerOf(c.actor(), c.implementingUnitId());
        start(c, directory, limits);
    }

    /** An import is a draft whose source names the file, made by a filler of the unit or an administrator above. */
    @CommandHandler
    public ProjectEvaluation(ImportEvaluationCommand c, OrganizationDirectory directory, InputLimits limits) {
        CommandPolicy.requireImporterOf(c.actor(), directory.current(), c.implementingUnitId());
        String source = InputRules.requiredText("importedFrom", c.importedFrom(), limits.valueText());
        start(new DraftEvaluationCommand(c.evaluationId(), c.fiscalYear(), c.projectName(), c.projectCode(),
                c.competentDepartmentId(), c.implementingUnitId(), c.amountUnit(), null, c.funds(), c.goals(),
                c.indicators(), "import:" + source, c.actor()), directory, limits);
    }

    private void start(DraftEvaluationCommand c, OrganizationDirectory directory, InputLimits limits) {
        Actor actor = c.actor();
        if (c.fiscalYear() < 2000 || c.fiscalYear() > 2100) {
            throw Refusals.invalid("fiscalYear", "fiscalYear must be a year between 2000 and 2100.",
                    "年度应为 2000 至 2100 之间的年份。");
        }
        if (c.amountUnit() == null) {
            throw Refusals.invalid("amountUnit", "amountUnit is required (YUAN or TEN_THOUSAND_YUAN).",
                    "金额单位为必填项（元 或 万元）。");
        }
        requirePlaceInHierarchy(directory.current(), c.implementingUnitId(), c.competentDepartmentId());
        ScoringPolicy policy = policyNamed(c.scoringPolicy());
        List<Indicator> indicators = new ArrayList<>();
        List<IndicatorInput> inputs = c.indicators() == null ? List.of() : c.indicators();
        for (int i = 0; i < inputs.size(); i++) {
            indicators.add(validIndicator(EvaluationFold.indicatorId(i + 1), inputs.get(i), "indicators[" + i + "]",
                    limits));
        }
        apply(new EvaluationDraftedEvent(c.evaluationId(), c.fiscalYear(),
                InputRules.requiredText("projectName", c.projectName(), limits.shortText()),
                InputRules.text("projectCode", c.projectCode(), limits.shortText()),
                InputRules.requiredText("competentDepartmentId", c.competentDepartmentId(), limits.shortText()),
                c.implementingUnitId(), c.amountUnit(), policy.name(), validFunds(c.funds(), c.amountUnit()),
                validGoals(c.goals(), limits),
                indicators, InputRules.text("source", c.source(), limits.valueText()), actor));
    }

    @CommandHandler
    public CommandOutcome handle(AmendFundsCommand c, InputLimits limits) {
        requireEditableByOwner(c.expectedVersion(), c.actor(), c.reason());
        if (c.source() == null) {
            throw Refusals.invalid("source", "Unknown funds row.", "资金来源行不存在。");
        }
        FundLine current = state.funds().line(c.source());
        AmountUnit unit = state.amountUnit();
        FundLine amended = current.amendedBy(
                InputRules.amount("initialBudget", unit.toYuan(c.initialBudget())),
                InputRules.amount("adjustedBudget", unit.toYuan(c.adjustedBudget())),
                InputRules.amount("executed", unit.toYuan(c.executed())));
        if (!sameAmounts(current, amended)) {
            apply(new FundsAmendedEvent(evaluationId, c.source(), amended, reason(c.reason(), limits), c.actor()));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(AmendGoalsCommand c, InputLimits limits) {
        requireEditableByOwner(c.expectedVersion(), c.actor(), c.reason());
        Goals goals = new Goals(
                c.expected() != null ? InputRules.text("expected", c.expected(), limits.longText()) : state.goals().expected(),
                c.actual() != null ? InputRules.text("actual", c.actual(), limits.longText()) : state.goals().actual());
        if (!goals.equals(state.goals())) {
            apply(new GoalsAmendedEvent(evaluationId, goals, reason(c.reason(), limits), c.actor()));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(AddIndicatorCommand c, InputLimits limits) {
        requireEditableByOwner(c.expectedVersion(), c.actor(), c.reason());
        requireDefinitionOpen();
        String indicatorId = EvaluationFold.indicatorId(state.nextIndicatorNumber());
        Indicator indicator = validIndicator(indicatorId,
                new IndicatorInput(c.level1(), c.level2(), c.name(), c.target(), c.weight(), null, null, null), "", limits);
        apply(new IndicatorAddedEvent(evaluationId, indicatorId, indicator.level1(), indicator.level2(),
                indicator.name(), indicator.target(), indicator.weight(), reason(c.reason(), limits), c.actor()));
        return new CommandOutcome(evaluationId, state.version(), indicatorId);
    }

    @CommandHandler
    public CommandOutcome handle(ChangeIndicatorCommand c, InputLimits limits) {
        requireEditableByOwner(c.expectedVersion(), c.actor(), c.reason());
        requireDefinitionOpen();
        Indicator current = indicator(c.indicatorId());
        Indicator changed = validIndicator(current.indicatorId(), new IndicatorInput(
                c.level1() != null ? c.level1() : current.level1(),
                c.level2() != null ? c.level2() : current.level2(),
                c.name() != null ? c.name() : current.name(),
                c.target() != null ? c.target() : current.target(),
                c.weight() != null ? c.weight() : current.weight(), null, null, null), "", limits);
        if (!(Objects.equals(changed.level1(), current.level1()) && Objects.equals(changed.level2(), current.level2())
                && Objects.equals(changed.name(), current.name()) && Objects.equals(changed.target(), current.target())
                && sameNumber(changed.weight(), current.weight()))) {
            apply(new IndicatorChangedEvent(evaluationId, current.indicatorId(), changed.level1(), changed.level2(),
                    changed.name(), changed.target(), changed.weight(), reason(c.reason(), limits), c.actor()));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(RemoveIndicatorCommand c, InputLimits limits) {
        requireEditableByOwner(c.expectedVersion(), c.actor(), c.reason());
        requireDefinitionOpen();
        indicator(c.indicatorId());
        apply(new IndicatorRemovedEvent(evaluationId, c.indicatorId(), reason(c.reason(), limits), c.actor()));
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(AmendActualValueCommand c, InputLimits limits) {
        requireEditableByOwner(c.expectedVersion(), c.actor(), c.reason());
        Indicator current = indicator(c.indicatorId());
        String actual = InputRules.text("actual", c.actual(), limits.valueText());
        if (!Objects.equals(actual, current.actual())) {
            apply(new ActualValueAmendedEvent(evaluationId, current.indicatorId(), actual, reason(c.reason(), limits),
                    c.actor()));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(ScoreIndicatorCommand c, InputLimits limits) {
        requireEditableByOwner(c.expectedVersion(), c.actor(), c.reason());
        Indicator current = indicator(c.indicatorId());
        BigDecimal score = validScore("score", c.score(), current.weight());
        String deviation = c.deviation() != null ? InputRules.text("deviation", c.deviation(), limits.longText())
                : current.deviation();
        if (!(sameNumber(score, current.score()) && Objects.equals(deviation, current.deviation()))) {
            apply(new IndicatorScoredEvent(evaluationId, current.indicatorId(), score, deviation, reason(c.reason(), limits),
                    c.actor()));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(SubmitEvaluationCommand c, OrganizationDirectory directory, InputLimits limits) {
        CommandPolicy.requireFillerOf(c.actor(), state.implementingUnitId());
        requireVersion(c.expectedVersion());
        if (!state.status().editable()) {
            throw Refusals.notInState("submitted", "提交", state.status());
        }
        List<ReviewStep> chain = directory.current().reviewChain(state.implementingUnitId(),
                state.competentDepartmentId());
        List<CheckResult> problems = Checks.submissionProblems(state, policyNamed(state.scoringPolicy()));
        if (!problems.isEmpty()) {
            throw new Refusal(Kind.RULE_BROKEN, "FORM_INCOMPLETE",
                    "The form cannot be submitted: " + problems.size() + " problem(s) must be fixed first.",
                    "表单尚不能提交：需先解决 " + problems.size() + " 个问题。",
                    Map.of("problems", problems));
        }
        apply(new EvaluationSubmittedEvent(evaluationId, InputRules.text("comment", c.comment(), limits.longText()),
                chain, c.actor()));
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(ApproveEvaluationCommand c, OrganizationDirectory directory, InputLimits limits) {
        ReviewStep step = requireReviewer(c.expectedVersion(), c.actor(), directory, "approved", "审核通过");
        CommandPolicy.requireNotOwnChanges(c.actor(), state.changedBy());
        boolean finalApproval = state.reviewStep() == state.chain().size() - 1;
        apply(new EvaluationApprovedEvent(evaluationId, step.level(), step.unitId(), finalApproval,
                InputRules.text("comment", c.comment(), limits.longText()), c.actor()));
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(ReturnEvaluationCommand c, OrganizationDirectory directory, InputLimits limits) {
        ReviewStep step = requireReviewer(c.expectedVersion(), c.actor(), directory, "returned", "退回");
        String reason = InputRules.text("reason", c.reason(), limits.longText());
        if (reason == null) {
            throw Refusals.invalid("reason", "A return needs a reason the unit can act on.", "退回必须说明原因。");
        }
        apply(new EvaluationReturnedEvent(evaluationId, step.level(), reason, c.actor()));
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(WithdrawEvaluationCommand c, InputLimits limits) {
        CommandPolicy.requireFillerOf(c.actor(), state.implementingUnitId());
        requireVersion(c.expectedVersion());
        if (state.status() != EvaluationStatus.UNDER_REVIEW) {
            throw Refusals.notInState("withdrawn", "撤回", state.status());
        }
        if (state.reviewStep() > 0) {
            throw new Refusal(Kind.CONFLICT, "REVIEW_STARTED",
                    "A reviewer has already passed the form; it can no longer be withdrawn, only returned.",
                    "已有审核人审核通过，不能再撤回，只能由审核人退回。", Map.of("status", state.status().name()));
        }
        apply(new EvaluationWithdrawnEvent(evaluationId, InputRules.text("reason", c.reason(), limits.longText()), c.actor()));
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(ReopenEvaluationCommand c, InputLimits limits) {
        Actor actor = c.actor();
        CommandPolicy.requireFinalReviewer(actor, state.chain().isEmpty() ? null
                : state.chain().get(state.chain().size() - 1));
        if (state.status() != EvaluationStatus.APPROVED) {
            throw Refusals.notInState("reopened", "重新打开", state.status());
        }
        requireVersion(c.expectedVersion());
        String reason = InputRules.text("reason", c.reason(), limits.longText());
        if (reason == null) {
            throw Refusals.invalid("reason", "Reopening an approved form needs a reason.", "重新打开已审定表单必须说明原因。");
        }
        apply(new EvaluationReopenedEvent(evaluationId, reason, actor));
        return outcome();
    }

    @EventSourcingHandler
    void on(EvaluationEvent event) {
        state = EvaluationFold.evolve(state, event);
        evaluationId = state.evaluationId();
    }

    private CommandOutcome outcome() {
        return CommandOutcome.of(evaluationId, state.version());
    }

    private static void requirePlaceInHierarchy(Organization organization, String implementingUnitId,
                                                String competentDepartmentId) {
        if (organization.unit(implementingUnitId).isEmpty()) {
            throw Refusals.invalid("implementingUnitId", "Unknown implementing unit " + implementingUnitId + ".",
                    "实施单位 " + implementingUnitId + " 不存在。");
        }
        if (organization.unit(competentDepartmentId).isEmpty()
                || !organization.isWithin(implementingUnitId, competentDepartmentId)) {
            throw Refusals.invalid("competentDepartmentId", "The competent department " + competentDepartmentId
                            + " must be the implementing unit itself or a unit above it.",
                    "主管部门 " + competentDepartmentId + " 应为实施单位本身或其上级单位。");
        }
    }

    private void requireVersion(long expectedVersion) {
        if (expectedVersion != state.version()) {
            throw Refusals.staleVersion(expectedVersion, state.version());
        }
    }

    private void requireEditableByOwner(long expectedVersion, Actor actor, String reason) {
        CommandPolicy.requireFillerOf(actor, state.implementingUnitId());
        requireVersion(expectedVersion);
        if (!state.status().editable()) {
            throw Refusals.notInState("amended", "修改", state.status());
        }
        if (state.everSubmitted() && blank(reason)) {
            throw Refusals.reasonRequired();
        }
    }

    private ReviewStep requireReviewer(long expectedVersion, Actor actor, OrganizationDirectory directory,
                                       String action, String actionZh) {
        ReviewStep step = state.currentStep().orElse(null);
        if (step == null) {
            // the state is told only to someone who reviews this form at some level (or would, once submitted)
            CommandPolicy.requireReviewerInChain(actor, state.chain().isEmpty()
                    ? directory.current().reviewChain(state.implementingUnitId(), state.competentDepartmentId())
                    : state.chain());
            throw Refusals.notInState(action, actionZh, state.status());
        }
        CommandPolicy.requireReviewerAt(actor, step);
        requireVersion(expectedVersion);
        return step;
    }

    private void requireDefinitionOpen() {
        if (state.everSubmitted()) {
            throw new Refusal(Kind.CONFLICT, "DEFINITION_LOCKED",
                    "Indicators, targets and weights are fixed once the form has been submitted.",
                    "表单提交后，指标、指标值和分值不能再修改。", Map.of("status", state.status().name()));
        }
    }

    private Indicator indicator(String indicatorId) {
        return state.indicator(indicatorId).orElseThrow(() -> Refusals.indicatorNotFound(indicatorId));
    }


    private static String reason(String reason, InputLimits limits) {
        return InputRules.text("reason", reason, limits.longText());
    }

    private static ScoringPolicy policyNamed(String name) {
        try {
            return ScoringPolicy.byName(name);
        } catch (IllegalArgumentException unknown) {
            throw Refusals.invalid("scoringPolicy", unknown.getMessage(), "未知的评分规则：" + name);
        }
    }

    private static Indicator validIndicator(String id, IndicatorInput in, String path, InputLimits limits) {
        String prefix = path.isEmpty() ? "" : path + ".";
        BigDecimal weight = InputRules.weight(prefix + "weight", in.weight());
        BigDecimal score = in.score() == null ? null : validScore(prefix + "score", in.score(), weight);
        return new Indicator(id,
                InputRules.text(prefix + "level1", in.level1(), limits.shortText()),
                InputRules.text(prefix + "level2", in.level2(), limits.shortText()),
                InputRules.text(prefix + "name", in.name(), limits.shortText()),
                InputRules.text(prefix + "target", in.target(), limits.valueText()), weight,
                InputRules.text(prefix + "actual", in.actual(), limits.valueText()), score,
                InputRules.text(prefix + "deviation", in.deviation(), limits.longText()));
    }

    private static BigDecimal validScore(String field, BigDecimal score, BigDecimal weight) {
        if (score == null) {
            return null;
        }
        if (score.signum() < 0 || (weight != null && score.compareTo(weight) > 0)) {
            throw Refusals.invalid(field, "The score must lie between 0 and the indicator's weight (" + weight + ").",
                    "得分应在 0 与该指标分值（" + weight + "）之间。");
        }
        return score;
    }

    private static Funds validFunds(Funds funds, AmountUnit unit) {
        if (funds == null) {
            return Funds.BLANK;
        }
        Funds valid = Funds.BLANK;
        for (FundSource source : FundSource.values()) {
            FundLine line = funds.line(source);
            String prefix = "funds." + source.apiName() + ".";
            valid = valid.with(source, new FundLine(
                    InputRules.amount(prefix + "initialBudget", unit.toYuan(line.initialBudget())),
                    InputRules.amount(prefix + "adjustedBudget", unit.toYuan(line.adjustedBudget())),
                    InputRules.amount(prefix + "executed", unit.toYuan(line.executed()))));
        }
        return valid;
    }

    private static Goals validGoals(Goals goals, InputLimits limits) {
        if (goals == null) {
            return Goals.BLANK;
        }
        return new Goals(InputRules.text("goals.expected", goals.expected(), limits.longText()),
                InputRules.text("goals.actual", goals.actual(), limits.longText()));
    }

    private static boolean sameAmounts(FundLine a, FundLine b) {
        return sameNumber(a.initialBudget(), b.initialBudget()) && sameNumber(a.adjustedBudget(), b.adjustedBudget())
                && sameNumber(a.executed(), b.executed());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
