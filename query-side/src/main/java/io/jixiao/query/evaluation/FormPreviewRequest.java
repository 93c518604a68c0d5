package io.jixiao.query.evaluation;

import java.util.Map;

/**
 * The unsaved figures of an editor, in the names of the amendment commands (API.md "Commands"): amounts in the
 * form's own unit and scores as decimal strings. A row, goal text or indicator left out stays as stored; within a
 * row, an amount left out (null) stays as stored, as the command leaves it.
 */
public record FormPreviewRequest(Map<String, FundFigures> funds, GoalTexts goals,
                                 Map<String, IndicatorFigures> indicators) {
    public FormPreviewRequest {
        funds = funds == null ? Map.of() : funds;
        indicators = indicators == null ? Map.of() : indicators;
    }

    public record FundFigures(String initialBudget, String adjustedBudget, String executed) {
    }

    public record GoalTexts(String expected, String actual) {
    }

    /** {@code deviation} is the 偏差原因分析及改进措施 that the score command carries with the score. */
    public record IndicatorFigures(String actual, String score, String deviation) {
    }
}
