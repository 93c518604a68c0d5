package io.jixiao.query.evaluation;

import io.jixiao.kernel.evaluation.ActualValueAmendedEvent;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FieldAt;
import io.jixiao.kernel.evaluation.FormField;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.FundsAmendedEvent;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.GoalsAmendedEvent;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.evaluation.IndicatorScoredEvent;
import io.jixiao.kernel.evaluation.InputRules;
import io.jixiao.kernel.organization.Actor;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The state a form would reach if an editor's unsaved figures were saved: for each figure that differs from the
 * stored one, the event the amendment command would record, folded by the kernel's own fold. Every figure is read
 * and bounded by the kernel's {@link InputRules}, as the commands read it, so a figure the preview accepts is one
 * the save accepts, and one it refuses is refused with the code the save would give.
 */
final class FormPreview {
    private final InputRules rules;

    FormPreview(InputRules rules) {
        this.rules = rules;
    }

    EvaluationState amend(EvaluationState stored, FormPreviewRequest figures, Actor actor) {
        EvaluationState state = stored;
        for (Map.Entry<String, FormPreviewRequest.FundFigures> row : figures.funds().entrySet()) {
            state = amendFunds(state, row.getKey(), row.getValue(), actor);
        }
        if (figures.goals() != null) {
            state = amendGoals(state, figures.goals(), actor);
        }
        for (Map.Entry<String, FormPreviewRequest.IndicatorFigures> entry : figures.indicators().entrySet()) {
            state = amendIndicator(state, entry.getKey(), entry.getValue(), actor);
        }
        return state;
    }

    private EvaluationState amendFunds(EvaluationState state, String sourceName,
                                       FormPreviewRequest.FundFigures figures, Actor actor) {
        FundSource source = FundSource.fromApiName(sourceName)
                .orElseThrow(() -> InputRules.unknownFundsRow("funds." + sourceName, sourceName));
        if (figures == null) {
            return state;
        }
        AmountUnit unit = state.amountUnit();
        FundLine current = state.funds().line(source);
        FundLine amended = current.amendedBy(
                amount(FieldAt.fundsRow(FormField.FUNDS_INITIAL_BUDGET, source, "initialBudget"),
                        figures.initialBudget(), unit),
                amount(FieldAt.fundsRow(FormField.FUNDS_ADJUSTED_BUDGET, source, "adjustedBudget"),
                        figures.adjustedBudget(), unit),
                amount(FieldAt.fundsRow(FormField.FUNDS_EXECUTED, source, "executed"), figures.executed(), unit));
        if (sameNumber(current.initialBudget(), amended.initialBudget())
                && sameNumber(current.adjustedBudget(), amended.adjustedBudget())
                && sameNumber(current.executed(), amended.executed())) {
            return state;
        }
        return fold(state, new FundsAmendedEvent(state.evaluationId(), source, amended, null, actor));
    }

    private EvaluationState amendGoals(EvaluationState state, FormPreviewRequest.GoalTexts texts, Actor actor) {
        Goals goals = new Goals(
                texts.expected() != null ? rules.text(FieldAt.of(FormField.GOALS_EXPECTED, "goals.expected"),
                        texts.expected()) : state.goals().expected(),
                texts.actual() != null ? rules.text(FieldAt.of(FormField.GOALS_ACTUAL, "goals.actual"),
                        texts.actual()) : state.goals().actual());
        if (goals.equals(state.goals())) {
            return state;
        }
        return fold(state, new GoalsAmendedEvent(state.evaluationId(), goals, null, actor));
    }

    private EvaluationState amendIndicator(EvaluationState state, String indicatorId,
                                           FormPreviewRequest.IndicatorFigures figures, Actor actor) {
        Indicator current = state.indicator(indicatorId)
                .orElseThrow(() -> InputRules.unknownIndicator(indicatorId, "indicators." + indicatorId));
        if (figures == null) {
            return state;
        }
        EvaluationState next = state;
        if (figures.actual() != null) {
            String actual = rules.text(field(FormField.INDICATOR_ACTUAL, indicatorId, "actual"), figures.actual());
            if (!Objects.equals(actual, current.actual())) {
                next = fold(next, new ActualValueAmendedEvent(state.evaluationId(), indicatorId, actual, null, actor));
            }
        }
        if (figures.score() != null || figures.deviation() != null) {
            FieldAt scoreField = field(FormField.INDICATOR_SCORE, indicatorId, "score");
            BigDecimal score = figures.score() != null
                    ? InputRules.score(scoreField, InputRules.decimal(scoreField, figures.score()), current.weight())
                    : current.score();
            String deviation = figures.deviation() != null
                    ? rules.text(field(FormField.INDICATOR_DEVIATION, indicatorId, "deviation"), figures.deviation())
                    : current.deviation();
            if (!(sameNumber(score, current.score()) && Objects.equals(deviation, current.deviation()))) {
                next = fold(next, new IndicatorScoredEvent(state.evaluationId(), indicatorId, score, deviation, null,
                        actor));
            }
        }
        return next;
    }

    /** A figure of one indicator, named as the preview's body names it. */
    private static FieldAt field(FormField field, String indicatorId, String name) {
        return FieldAt.of(field, "indicators." + indicatorId + "." + name).with("indicatorId", indicatorId);
    }

    private static EvaluationState fold(EvaluationState state, EvaluationEvent event) {
        return EvaluationFold.evolve(state, event);
    }

    /** In the form's unit as typed, in 元 as stored; null (not sent) leaves the stored amount. */
    private static BigDecimal amount(FieldAt field, String typed, AmountUnit unit) {
        return InputRules.amount(field, unit.toYuan(InputRules.decimal(field, typed)));
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
