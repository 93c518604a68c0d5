package io.jixiao.command.evaluation;

import java.util.List;
import java.util.Map;

/** The JSON bodies of the evaluation commands, named as in the demo fixtures (the draft is one form of them). */
final class EvaluationRequests {
    private EvaluationRequests() {
    }

    record Draft(Integer fiscalYear, String projectName, String projectCode, String competentDepartmentId,
                 String implementingUnitId, String amountUnit, String scoringPolicy, Map<String, FundRow> funds,
                 GoalTexts goals, List<IndicatorRow> indicators) {
    }

    record FundRow(String initialBudget, String adjustedBudget, String executed) {
    }

    record GoalTexts(String expected, String actual) {
    }

    record IndicatorRow(String level1, String level2, String name, String target, String weight, String actual,
                        String score, String deviation) {
    }

    record AmendFunds(String initialBudget, String adjustedBudget, String executed, String reason,
                      Long expectedVersion) {
    }

    record AmendGoals(String expected, String actual, String reason, Long expectedVersion) {
    }

    record AddIndicator(String level1, String level2, String name, String target, String weight, String reason,
                        Long expectedVersion) {
    }

    record ChangeIndicator(String level1, String level2, String name, String target, String weight, String reason,
                           Long expectedVersion) {
    }

    record AmendActual(String actual, String reason, Long expectedVersion) {
    }

    record Score(String score, String deviation, String reason, Long expectedVersion) {
    }
}
