package io.jixiao.query.dashboard;

import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.approval.ReviewStep;
import io.jixiao.kernel.checks.CheckResult;
import io.jixiao.kernel.checks.Checks;
import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.EvaluationStatus;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.scoring.Grade;
import io.jixiao.kernel.scoring.ScoreSheet;
import io.jixiao.kernel.scoring.Scoring;
import io.jixiao.kernel.scoring.ScoringPolicy;
import org.bson.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One form as a dashboard counts it, computed by the kernel from the folded state. Amounts are the total row of
 * the funds table in 元, whatever unit the form was filled in.
 *
 * @param firstSubmittedAt when the form was first submitted (event time), null while never submitted
 * @param failingChecks    the distinct codes of {@link Checks#run} failing on the form, in the order found
 */
public record DashboardRow(String evaluationId, long version, int fiscalYear, String projectName, String projectCode,
                           String implementingUnitId, String competentDepartmentId, AmountUnit amountUnit,
                           EvaluationStatus status, ReviewLevel reviewLevel, boolean everSubmitted,
                           Instant firstSubmittedAt, BigDecimal adjustedBudget, BigDecimal executed,
                           BigDecimal executionRate, BigDecimal budgetScore, BigDecimal totalScore, Grade grade,
                           List<String> failingChecks, int amendmentsAfterSubmission, int amendmentsAfterApproval,
                           Instant lastChangedAt) {
    public DashboardRow {
        failingChecks = List.copyOf(failingChecks);
    }

    public static DashboardRow of(EvaluationState state, Instant firstSubmittedAt, Instant changedAt) {
        ScoringPolicy policy = ScoringPolicy.byName(state.scoringPolicy());
        ScoreSheet sheet = Scoring.score(state, policy);
        List<String> checks = Checks.run(state, policy).stream().map(CheckResult::code).distinct().toList();
        FundLine total = state.funds().total();
        return new DashboardRow(state.evaluationId(), state.version(), state.fiscalYear(), state.projectName(),
                state.projectCode(), state.implementingUnitId(), state.competentDepartmentId(), state.amountUnit(),
                state.status(), state.currentStep().map(ReviewStep::level).orElse(null), state.everSubmitted(),
                firstSubmittedAt, total.adjustedBudget(), total.executed(), sheet.executionRate(),
                sheet.budgetScore(), sheet.totalScore(), sheet.grade(), checks, state.amendmentsAfterSubmission(),
                state.amendmentsAfterApproval(), changedAt);
    }

    Document toDocument() {
        return new Document("evaluationId", evaluationId)
                .append("version", version)
                .append("fiscalYear", fiscalYear)
                .append("projectName", projectName)
                .append("projectCode", projectCode)
                .append("implementingUnitId", implementingUnitId)
                .append("competentDepartmentId", competentDepartmentId)
                .append("amountUnit", amountUnit.name())
                .append("status", status.name())
                .append("reviewLevel", reviewLevel == null ? null : reviewLevel.name())
                .append("everSubmitted", everSubmitted)
                .append("firstSubmittedAt", Numbers.time(firstSubmittedAt))
                .append("adjustedBudget", plain(adjustedBudget))
                .append("executed", plain(executed))
                .append("executionRate", plain(executionRate))
                .append("budgetScore", plain(budgetScore))
                .append("totalScore", plain(totalScore))
                .append("grade", grade == null ? null : grade.name())
                .append("failingChecks", failingChecks)
                .append("amendmentsAfterSubmission", amendmentsAfterSubmission)
                .append("amendmentsAfterApproval", amendmentsAfterApproval)
                .append("lastChangedAt", Numbers.time(lastChangedAt));
    }

    static DashboardRow of(Document d) {
        String level = d.getString("reviewLevel");
        String grade = d.getString("grade");
        return new DashboardRow(d.getString("evaluationId"), ((Number) d.get("version")).longValue(),
                d.getInteger("fiscalYear"), d.getString("projectName"), d.getString("projectCode"),
                d.getString("implementingUnitId"), d.getString("competentDepartmentId"),
                AmountUnit.valueOf(d.getString("amountUnit")), EvaluationStatus.valueOf(d.getString("status")),
                level == null ? null : ReviewLevel.valueOf(level), d.getBoolean("everSubmitted", false),
                Numbers.instant(d.getString("firstSubmittedAt")), Numbers.parse(d.getString("adjustedBudget")),
                Numbers.parse(d.getString("executed")), Numbers.parse(d.getString("executionRate")),
                Numbers.parse(d.getString("budgetScore")), Numbers.parse(d.getString("totalScore")),
                grade == null ? null : Grade.valueOf(grade), d.getList("failingChecks", String.class),
                d.getInteger("amendmentsAfterSubmission", 0), d.getInteger("amendmentsAfterApproval", 0),
                Numbers.instant(d.getString("lastChangedAt")));
    }

    /** Exactly the digits and scale of the value, so that reading it back gives an equal row. */
    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
