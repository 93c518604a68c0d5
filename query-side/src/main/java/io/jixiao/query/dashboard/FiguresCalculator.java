package io.jixiao.query.dashboard;

import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.evaluation.EvaluationStatus;
import io.jixiao.kernel.scoring.Grade;
import io.jixiao.kernel.scoring.Scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/** Computes {@link Figures} from rows; the same code for one unit, a subtree and a year of a comparison. */
public final class FiguresCalculator {
    private FiguresCalculator() {
    }

    public static Figures of(List<DashboardRow> rows, Deadline deadline, Instant now) {
        Map<String, FormSet> byStatus = new LinkedHashMap<>();
        for (EvaluationStatus status : EvaluationStatus.values()) {
            byStatus.put(status.name(), select(rows, r -> r.status() == status));
        }
        Map<String, FormSet> byLevel = new LinkedHashMap<>();
        for (ReviewLevel level : ReviewLevel.values()) {
            byLevel.put(level.name(), select(rows, r -> r.status() == EvaluationStatus.UNDER_REVIEW
                    && r.reviewLevel() == level));
        }
        return new Figures(FormSet.of(rows), byStatus, byLevel,
                select(rows, r -> deadline.overdue(r.status(), now)),
                select(rows, r -> deadline.late(r.firstSubmittedAt())),
                funds(rows), scores(rows), failingChecks(rows),
                changes(rows, DashboardRow::amendmentsAfterSubmission),
                changes(rows, DashboardRow::amendmentsAfterApproval));
    }

    private static FundFigures funds(List<DashboardRow> rows) {
        List<DashboardRow> counted = new ArrayList<>();
        List<DashboardRow> incomplete = new ArrayList<>();
        BigDecimal adjusted = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        for (DashboardRow row : rows) {
            if (row.adjustedBudget() == null || row.executed() == null) {
                incomplete.add(row);
            } else {
                counted.add(row);
                adjusted = adjusted.add(row.adjustedBudget());
                executed = executed.add(row.executed());
            }
        }
        return new FundFigures(Money.of(adjusted), Money.of(executed),
                Numbers.decimal(Scoring.executionRate(adjusted, executed)), FormSet.of(counted),
                FormSet.of(incomplete));
    }

    private static ScoreFigures scores(List<DashboardRow> rows) {
        List<DashboardRow> scored = rows.stream().filter(r -> r.everSubmitted() && r.totalScore() != null).toList();
        Map<String, FormSet> grades = new LinkedHashMap<>();
        for (Grade grade : Grade.values()) {
            grades.put(grade.label(), select(scored, r -> r.grade() == grade));
        }
        String average = null;
        if (!scored.isEmpty()) {
            BigDecimal sum = scored.stream().map(DashboardRow::totalScore).reduce(BigDecimal.ZERO, BigDecimal::add);
            average = Numbers.decimal(sum.divide(BigDecimal.valueOf(scored.size()), 2, RoundingMode.HALF_UP));
        }
        return new ScoreFigures(average, FormSet.of(scored), grades);
    }

    private static Map<String, FormSet> failingChecks(List<DashboardRow> rows) {
        Map<String, List<DashboardRow>> byCode = new TreeMap<>();
        for (DashboardRow row : rows) {
            for (String code : row.failingChecks()) {
                byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(row);
            }
        }
        Map<String, FormSet> answer = new LinkedHashMap<>();
        byCode.forEach((code, forms) -> answer.put(code, FormSet.of(forms)));
        return answer;
    }

    private static Changes changes(List<DashboardRow> rows, ToIntFunction<DashboardRow> count) {
        List<DashboardRow> changed = rows.stream().filter(r -> count.applyAsInt(r) > 0).toList();
        return new Changes(changed.stream().mapToInt(count).sum(), FormSet.of(changed));
    }

    private static FormSet select(List<DashboardRow> rows, Predicate<DashboardRow> which) {
        return FormSet.of(rows.stream().filter(which).toList());
    }
}
