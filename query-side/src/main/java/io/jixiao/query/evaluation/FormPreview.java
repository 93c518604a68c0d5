package io.jixiao.query.evaluation;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.evaluation.ActualValueAmendedEvent;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;
import io.jixiao.kernel.evaluation.FundsAmendedEvent;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.GoalsAmendedEvent;
import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.evaluation.IndicatorScoredEvent;
import io.jixiao.kernel.organization.Actor;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The state a form would reach if an editor's unsaved figures were saved: for each figure that differs from the
 * stored one, the event the amendment command would record, folded by the kernel's own fold. Numbers are read
 * and bounded as the commands read them, so a figure the preview accepts is one the save accepts too.
 */
final class FormPreview {
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,16}(\\.\\d{1,6})?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d{1,6})?");

    private FormPreview() {
    }

    static EvaluationState amend(EvaluationState stored, FormPreviewRequest figures, Actor actor) {
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

    private static EvaluationState amendFunds(EvaluationState state, String sourceName,
                                              FormPreviewRequest.FundFigures figures, Actor actor) {
        FundSource source = FundSource.fromApiName(sourceName).orElseThrow(() -> invalid("funds." + sourceName,
                sourceName, "is not a funds row; use total, currentYearAppropriation, carryover or other",
                "不是资金来源行，应为 total、currentYearAppropriation、carryover 或 other"));
        if (figures == null) {
            return state;
        }
        String prefix = "funds." + source.apiName() + ".";
        AmountUnit unit = state.amountUnit();
        FundLine current = state.funds().line(source);
        FundLine amended = current.amendedBy(
                amount(prefix + "initialBudget", figures.initialBudget(), unit),
                amount(prefix + "adjustedBudget", figures.adjustedBudget(), unit),
                amount(prefix + "executed", figures.executed(), unit));
        if (sameNumber(current.initialBudget(), amended.initialBudget())
                && sameNumber(current.adjustedBudget(), amended.adjustedBudget())
                && sameNumber(current.executed(), amended.executed())) {
            return state;
        }
        return fold(state, new FundsAmendedEvent(state.evaluationId(), source, amended, null, actor));
    }

    private static EvaluationState amendGoals(EvaluationState state, FormPreviewRequest.GoalTexts texts, Actor actor) {
        Goals goals = new Goals(
                texts.expected() != null ? text(texts.expected()) : state.goals().expected(),
                texts.actual() != null ? text(texts.actual()) : state.goals().actual());
        if (goals.equals(state.goals())) {
            return state;
        }
        return fold(state, new GoalsAmendedEvent(state.evaluationId(), goals, null, actor));
    }

    private static EvaluationState amendIndicator(EvaluationState state, String indicatorId,
                                                  FormPreviewRequest.IndicatorFigures figures, Actor actor) {
        Indicator current = state.indicator(indicatorId).orElseThrow(() -> invalid("indicators." + indicatorId,
                indicatorId, "is not an indicator of this form", "不是本表的绩效指标"));
        if (figures == null) {
            return state;
        }
        EvaluationState next = state;
        if (figures.actual() != null && !Objects.equals(text(figures.actual()), current.actual())) {
            next = fold(next, new ActualValueAmendedEvent(state.evaluationId(), indicatorId, text(figures.actual()),
                    null, actor));
        }
        if (figures.score() != null || figures.deviation() != null) {
            String field = "indicators." + indicatorId + ".score";
            BigDecimal score = figures.score() != null ? score(field, figures.score(), current.weight())
                    : current.score();
            String deviation = figures.deviation() != null ? text(figures.deviation()) : current.deviation();
            if (!(sameNumber(score, current.score()) && Objects.equals(deviation, current.deviation()))) {
                next = fold(next, new IndicatorScoredEvent(state.evaluationId(), indicatorId, score, deviation, null,
                        actor));
            }
        }
        return next;
    }

    private static EvaluationState fold(EvaluationState state, EvaluationEvent event) {
        return EvaluationFold.evolve(state, event);
    }

    /** In the form's unit as typed, in 元 as stored; null (not sent) leaves the stored amount. */
    private static BigDecimal amount(String field, String value, AmountUnit unit) {
        BigDecimal typed = decimal(field, value);
        if (typed != null && typed.signum() < 0) {
            throw invalid(field, value, "cannot be negative", "不能为负数");
        }
        return unit.toYuan(typed);
    }

    private static BigDecimal score(String field, String value, BigDecimal weight) {
        BigDecimal score = decimal(field, value);
        if (score.signum() < 0 || (weight != null && score.compareTo(weight) > 0)) {
            throw invalid(field, value, "must lie between 0 and the indicator's weight (" + weight + ")",
                    "应在 0 与该指标分值（" + weight + "）之间");
        }
        return score;
    }

    private static BigDecimal decimal(String field, String value) {
        if (value == null) {
            return null;
        }
        String typed = value.strip();
        if (GROUPED.matcher(typed).matches()) {
            typed = typed.replace(",", "");
        }
        if (!DECIMAL.matcher(typed).matches()) {
            throw invalid(field, value, "must be a decimal number such as \"758.02\"", "应为数字（如 \"758.02\"）");
        }
        return new BigDecimal(typed);
    }

    /** As the commands keep text: trimmed, and blank means none. */
    private static String text(String value) {
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static Refusal invalid(String field, String value, String rule, String ruleZh) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", field);
        details.put("value", value);
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return new Refusal(Refusal.Kind.INVALID_INPUT, "INVALID_INPUT", field + " \"" + shown + "\" " + rule + ".",
                field + "「" + shown + "」" + ruleZh + "。", details);
    }
}
