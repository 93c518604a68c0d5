package io.jixiao.command.evaluation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.jixiao.command.access.CommandPolicy;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;
import io.jixiao.kernel.approval.ApprovalPolicy;
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
import io.jixiao.kernel.evaluation.FieldAt;
import io.jixiao.kernel.evaluation.FormField;
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
import io.jixiao.kernel.evaluation.FormVisibility;
import io.jixiao.kernel.evaluation.InputLimits;
import io.jixiao.kernel.evaluation.InputRules;
import io.jixiao.kernel.evaluation.IndicatorScoredEvent;
import io.jixiao.kernel.evaluation.RemoveIndicatorCommand;
import io.jixiao.kernel.evaluation.ScoreIndicatorCommand;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
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

import static io.jixiao.kernel.evaluation.FormField.COMMENT;
import static io.jixiao.kernel.evaluation.FormField.REASON;
import static io.jixiao.kernel.evaluation.InputRules.blank;
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
        String source = new InputRules(limits).requiredText(field(FormField.IMPORTED_FROM, "importedFrom"),
                c.importedFrom());
        start(new DraftEvaluationCommand(c.evaluationId(), c.fiscalYear(), c.projectName(), c.projectCode(),
                c.competentDepartmentId(), c.implementingUnitId(), c.amountUnit(), null, c.funds(), c.goals(),
                c.indicators(), "import:" + source, c.actor()), directory, limits);
    }

    private void start(DraftEvaluationCommand c, OrganizationDirectory directory, InputLimits limits) {
        Actor actor = c.actor();
        InputRules rules = new InputRules(limits);
        if (c.fiscalYear() < 2000 || c.fiscalYear() > 2100) {
            throw field(FormField.FISCAL_YEAR, "fiscalYear").invalid("fiscalYear must be a year between 2000 and 2100.",
                    "年度应为 2000 至 2100 之间的年份。");
        }
        if (c.amountUnit() == null) {
            throw field(FormField.AMOUNT_UNIT, "amountUnit").invalid(
                    "amountUnit is required (YUAN or TEN_THOUSAND_YUAN).", "金额单位为必填项（元 或 万元）。");
        }
        requirePlaceInHierarchy(directory.current(), c.implementingUnitId(), c.competentDepartmentId());
        ScoringPolicy policy = policyNamed(c.scoringPolicy());
        List<Indicator> indicators = new ArrayList<>();
        List<IndicatorInput> inputs = c.indicators() == null ? List.of() : c.indicators();
        for (int i = 0; i < inputs.size(); i++) {
            int index = i;
            indicators.add(validIndicator(EvaluationFold.indicatorId(i + 1), inputs.get(i),
                    (kind, name) -> FieldAt.indicatorInList(kind, index, name), rules));
        }
        apply(new EvaluationDraftedEvent(c.evaluationId(), c.fiscalYear(),
                rules.requiredText(field(FormField.PROJECT_NAME, "projectName"), c.projectName()),
                rules.text(field(FormField.PROJECT_CODE, "projectCode"), c.projectCode()),
                rules.requiredText(field(FormField.COMPETENT_DEPARTMENT_ID, "competentDepartmentId"),
                        c.competentDepartmentId()),
                c.implementingUnitId(), c.amountUnit(), policy.name(), validFunds(c.funds(), c.amountUnit()),
                validGoals(c.goals(), rules),
                indicators, rules.text(field(FormField.SOURCE, "source"), c.source()), actor));
    }

    @CommandHandler
    public CommandOutcome handle(AmendFundsCommand c, OrganizationDirectory directory, InputLimits limits) {
        requireVisibleTo(c.actor(), directory);
        requireEditableByOwner(c.expectedVersion(), c.actor(), c.reason());
        if (c.source() == null) {
            throw field(FormField.FUNDS_ROW, "source").invalid("The funds row is required.", "请指定资金来源行。");
        }
        FundLine current = state.funds().line(c.source());
        AmountUnit unit = state.amountUnit();
        String row = c.source().apiName();
        FundLine amended = current.amendedBy(
                InputRules.amount(fundsField(FormField.FUNDS_INITIAL_BUDGET, "initialBudget", row),
                        unit.toYuan(c.initialBudget())),
                InputRules.amount(fundsField(FormField.FUNDS_ADJUSTED_BUDGET, "adjustedBudget", row),
                        unit.toYuan(c.adjustedBudget())),
                InputRules.amount(fundsField(FormField.FUNDS_EXECUTED, "executed", row), unit.toYuan(c.executed())));
        if (!sameAmounts(current, amended)) {
            apply(new FundsAmendedEvent(evaluationId, c.source(), amended, reason(c.reason(), limits), c.actor()));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(AmendGoalsCommand c, OrganizationDirectory directory, InputLimits limits) {
        requireVisibleTo(c.actor(), directory);
        requireEditableByOwner(c.expectedVersion(), c.actor(), c.reason());
        InputRules rules = new InputRules(limits);
        Goals goals = new Goals(
                c.expected() != null ? rules.text(field(FormField.GOALS_EXPECTED, "expected"), c.expected())
                        : state.goals().expected(),
                c.actual() != null ? rules.text(field(FormField.GOALS_ACTUAL, "actual"), c.actual())
                        : state.goals().actual());
        if (!goals.equals(state.goals())) {
            apply(new GoalsAmendedEvent(evaluationId, goals, reason(c.reason(), limits), c.actor()));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(AddIndicatorCommand c, OrganizationDirectory directory, InputLimits limits) {
        requireVisibleTo(c.actor(), directory);
        requireEditableByOwner(c.expectedVersion(), c.actor(), c.reason());
        requireDefinitionOpen();
        String indicatorId = EvaluationFold.indicatorId(state.nextIndicatorNumber());
        Indicator indicator = validIndicator(indicatorId,
                new IndicatorInput(c.level1(), c.level2(), c.name(), c.target(), c.weight(), null, null, null),
                ProjectEvaluation::field, new InputRules(limits));
        apply(new IndicatorAddedEvent(evaluationId, indicatorId, indicator.level1(), indicator.level2(),
                indicator.name(), indicator.target(), indicator.weight(), reason(c.reason(), limits), c.actor()));
        return new CommandOutcome(evaluationId, state.version(), indicatorId);
    }

    @CommandHandler
    public CommandOutcome handle(ChangeIndicatorCommand c, OrganizationDirectory directory, InputLimits limits) {
        requireVisibleTo(c.actor(), directory);
        requireEditableByOwner(c.expectedVersion(), c.actor(), c.reason());
        requireDefinitionOpen();
        Indicator current = indicator(c.indicatorId());
        Indicator changed = validIndicator(current.indicatorId(), new IndicatorInput(
                c.level1() != null ? c.level1() : current.level1(),
                c.level2() != null ? c.level2() : current.level2(),
                c.name() != null ? c.name() : current.name(),
                c.target() != null ? c.target() : current.target(),
                c.weight() != null ? c.weight() : current.weight(), null, null, null),
                (kind, name) -> field(kind, name).with("indicatorId", current.indicatorId()), new InputRules(limits));
        if (!(Objects.equals(changed.level1(), current.level1()) && Objects.equals(changed.level2(), current.level2())
                && Objects.equals(changed.name(), current.name()) && Objects.equals(changed.target(), current.target())
                && sameNumber(changed.weight(), current.weight()))) {
            apply(new IndicatorChangedEvent(evaluationId, current.indicatorId(), changed.level1(), changed.level2(),
                    changed.name(), changed.target(), changed.weight(), reason(c.reason(), limits), c.actor()));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(RemoveIndicatorCommand c, OrganizationDirectory directory, InputLimits limits) {
        requireVisibleTo(c.actor(), directory);
        requireEditableByOwner(c.expectedVersion(), c.actor(), c.reason());
        requireDefinitionOpen();
        indicator(c.indicatorId());
        apply(new IndicatorRemovedEvent(evaluationId, c.indicatorId(), reason(c.reason(), limits), c.actor()));
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(AmendActualValueCommand c, OrganizationDirectory directory, InputLimits limits) {
        requireVisibleTo(c.actor(), directory);
        requireEditableByOwner(c.expectedVersion(), c.actor(), c.reason());
        Indicator current = indicator(c.indicatorId());
        String actual = new InputRules(limits).text(
                field(FormField.INDICATOR_ACTUAL, "actual").with("indicatorId", current.indicatorId()), c.actual());
        if (!Objects.equals(actual, current.actual())) {
            apply(new ActualValueAmendedEvent(evaluationId, current.indicatorId(), actual, reason(c.reason(), limits),
                    c.actor()));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(ScoreIndicatorCommand c, OrganizationDirectory directory, InputLimits limits) {
        requireVisibleTo(c.actor(), directory);
        requireEditableByOwner(c.expectedVersion(), c.actor(), c.reason());
        Indicator current = indicator(c.indicatorId());
        BigDecimal score = InputRules.score(
                field(FormField.INDICATOR_SCORE, "score").with("indicatorId", current.indicatorId()), c.score(),
                current.weight());
        String deviation = c.deviation() != null ? new InputRules(limits).text(
                field(FormField.INDICATOR_DEVIATION, "deviation").with("indicatorId", current.indicatorId()),
                c.deviation()) : current.deviation();
        if (!(sameNumber(score, current.score()) && Objects.equals(deviation, current.deviation()))) {
            apply(new IndicatorScoredEvent(evaluationId, current.indicatorId(), score, deviation, reason(c.reason(), limits),
                    c.actor()));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(SubmitEvaluationCommand c, OrganizationDirectory directory, InputLimits limits) {
        requireVisibleTo(c.actor(), directory);
        CommandPolicy.requireFillerOf(c.actor(), state.implementingUnitId());
        requireVersion(c.expectedVersion());
        if (!state.status().editable()) {
            throw Refusals.notInState("submitted", "提交", state.status());
        }
        List<ReviewStep> chain = ApprovalPolicy.reviewChain(directory.current(), state.implementingUnitId(),
                state.competentDepartmentId());
        List<CheckResult> problems = Checks.submissionProblems(state, policyNamed(state.scoringPolicy()));
        if (!problems.isEmpty()) {
            throw new Refusal(Kind.RULE_BROKEN, "FORM_INCOMPLETE",
                    "The form cannot be submitted: " + problems.size() + " problem(s) must be fixed first.",
                    "表单尚不能提交：需先解决 " + problems.size() + " 个问题。",
                    Map.of("problems", problems));
        }
        apply(new EvaluationSubmittedEvent(evaluationId, comment(c.comment(), limits), chain, c.actor()));
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(ApproveEvaluationCommand c, OrganizationDirectory directory, InputLimits limits) {
        requireVisibleTo(c.actor(), directory);
        ReviewStep step = requireReviewer(c.expectedVersion(), c.actor(), directory, "approved", "审核通过");
        CommandPolicy.requireNotOwnChanges(c.actor(), state);
        boolean finalApproval = state.reviewStep() == state.chain().size() - 1;
        apply(new EvaluationApprovedEvent(evaluationId, step.level(), step.unitId(), finalApproval,
                comment(c.comment(), limits), c.actor()));
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(ReturnEvaluationCommand c, OrganizationDirectory directory, InputLimits limits) {
        requireVisibleTo(c.actor(), directory);
        ReviewStep step = requireReviewer(c.expectedVersion(), c.actor(), directory, "returned", "退回");
        String reason = reason(c.reason(), limits);
        if (reason == null) {
            throw field(REASON, "reason").invalid("A return needs a reason the unit can act on.", "退回必须说明原因。");
        }
        apply(new EvaluationReturnedEvent(evaluationId, step.level(), reason, c.actor()));
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(WithdrawEvaluationCommand c, OrganizationDirectory directory, InputLimits limits) {
        requireVisibleTo(c.actor(), directory);
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
        apply(new EvaluationWithdrawnEvent(evaluationId, reason(c.reason(), limits), c.actor()));
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(ReopenEvaluationCommand c, OrganizationDirectory directory, InputLimits limits) {
        requireVisibleTo(c.actor(), directory);
        Actor actor = c.actor();
        CommandPolicy.requireFinalReviewer(actor, state.chain());
        if (state.status() != EvaluationStatus.APPROVED) {
            throw Refusals.notInState("reopened", "重新打开", state.status());
        }
        requireVersion(c.expectedVersion());
        String reason = reason(c.reason(), limits);
        if (reason == null) {
            throw field(REASON, "reason").invalid("Reopening an approved form needs a reason.",
                    "重新打开已审定表单必须说明原因。");
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
            throw field(FormField.IMPLEMENTING_UNIT_ID, "implementingUnitId").invalid(
                    "Unknown implementing unit " + implementingUnitId + ".", "实施单位 " + implementingUnitId + " 不存在。");
        }
        if (organization.unit(competentDepartmentId).isEmpty()
                || !organization.isWithin(implementingUnitId, competentDepartmentId)) {
            throw field(FormField.COMPETENT_DEPARTMENT_ID, "competentDepartmentId").invalid("The competent department "
                            + competentDepartmentId + " must be the implementing unit itself or a unit above it.",
                    "主管部门 " + competentDepartmentId + " 应为实施单位本身或其上级单位。");
        }
    }

    /**
     * Before anything else: to a person who may not see this form, it does not exist (404, as for an unknown id),
     * since its id can be computed from names; only who may see it learns why they may not act (403).
     */
    private void requireVisibleTo(Actor actor, OrganizationDirectory directory) {
        if (!FormVisibility.sees(directory.current(), actor.unitId(), state.implementingUnitId(),
                state.competentDepartmentId())) {
            throw FormVisibility.notFound(evaluationId);
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
                    ? ApprovalPolicy.reviewChain(directory.current(), state.implementingUnitId(),
                    state.competentDepartmentId())
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
        return state.indicator(indicatorId).orElseThrow(() -> InputRules.unknownIndicator(indicatorId, null));
    }


    private static String reason(String reason, InputLimits limits) {
        return new InputRules(limits).text(field(REASON, "reason"), reason);
    }

    private static String comment(String comment, InputLimits limits) {
        return new InputRules(limits).text(field(COMMENT, "comment"), comment);
    }

    private static FieldAt field(FormField field, String path) {
        return FieldAt.of(field, path);
    }

    private static FieldAt fundsField(FormField field, String path, String row) {
        return FieldAt.of(field, path).with("row", row);
    }

    private static ScoringPolicy policyNamed(String name) {
        try {
            return ScoringPolicy.byName(name);
        } catch (IllegalArgumentException unknown) {
            throw field(FormField.SCORING_POLICY, "scoringPolicy").invalid(unknown.getMessage(), "未知的评分规则：" + name);
        }
    }

    /** Where an indicator's fields are: by index in a draft's list, by name alone in a command on one indicator. */
    private interface IndicatorFields {
        FieldAt at(FormField field, String name);
    }

    private static Indicator validIndicator(String id, IndicatorInput in, IndicatorFields at, InputRules rules) {
        BigDecimal weight = InputRules.weight(at.at(FormField.INDICATOR_WEIGHT, "weight"), in.weight());
        return new Indicator(id,
                rules.text(at.at(FormField.INDICATOR_LEVEL1, "level1"), in.level1()),
                rules.text(at.at(FormField.INDICATOR_LEVEL2, "level2"), in.level2()),
                rules.text(at.at(FormField.INDICATOR_NAME, "name"), in.name()),
                rules.text(at.at(FormField.INDICATOR_TARGET, "target"), in.target()), weight,
                rules.text(at.at(FormField.INDICATOR_ACTUAL, "actual"), in.actual()),
                InputRules.score(at.at(FormField.INDICATOR_SCORE, "score"), in.score(), weight),
                rules.text(at.at(FormField.INDICATOR_DEVIATION, "deviation"), in.deviation()));
    }

    private static Funds validFunds(Funds funds, AmountUnit unit) {
        if (funds == null) {
            return Funds.BLANK;
        }
        Funds valid = Funds.BLANK;
        for (FundSource source : FundSource.values()) {
            FundLine line = funds.line(source);
            valid = valid.with(source, new FundLine(
                    InputRules.amount(FieldAt.fundsRow(FormField.FUNDS_INITIAL_BUDGET, source, "initialBudget"),
                            unit.toYuan(line.initialBudget())),
                    InputRules.amount(FieldAt.fundsRow(FormField.FUNDS_ADJUSTED_BUDGET, source, "adjustedBudget"),
                            unit.toYuan(line.adjustedBudget())),
                    InputRules.amount(FieldAt.fundsRow(FormField.FUNDS_EXECUTED, source, "executed"),
                            unit.toYuan(line.executed()))));
        }
        return valid;
    }

    private static Goals validGoals(Goals goals, InputRules rules) {
        if (goals == null) {
            return Goals.BLANK;
        }
        return new Goals(rules.text(field(FormField.GOALS_EXPECTED, "goals.expected"), goals.expected()),
                rules.text(field(FormField.GOALS_ACTUAL, "goals.actual"), goals.actual()));
    }

    private static boolean sameAmounts(FundLine a, FundLine b) {
        return sameNumber(a.initialBudget(), b.initialBudget()) && sameNumber(a.adjustedBudget(), b.adjustedBudget())
                && sameNumber(a.executed(), b.executed());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
