package io.jixiao.query.dashboard;

import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Unit;

import java.time.Instant;
import java.util.List;

/** One form as a dashboard lists it, with the flags that depend on the deadline and the time of the answer. */
public record FormLine(String evaluationId, long version, int fiscalYear, String projectName, String projectCode,
                       String implementingUnitId, String implementingUnitName, String competentDepartmentId,
                       String amountUnit, String status, String reviewLevel, Money adjustedBudget, Money executed,
                       String executionRate, String budgetScore, String totalScore, String grade,
                       List<String> failingChecks, int amendmentsAfterSubmission, int amendmentsAfterApproval,
                       boolean overdue, String firstSubmittedAt, boolean submittedLate, String lastChangedAt) {

    public static FormLine of(DashboardRow row, Organization organization, Deadline deadline, Instant now) {
        return new FormLine(row.evaluationId(), row.version(), row.fiscalYear(), row.projectName(),
                row.projectCode(), row.implementingUnitId(),
                organization.unit(row.implementingUnitId()).map(Unit::name).orElse(null),
                row.competentDepartmentId(), row.amountUnit().name(), row.status().name(),
                row.reviewLevel() == null ? null : row.reviewLevel().name(), Money.of(row.adjustedBudget()),
                Money.of(row.executed()), Numbers.decimal(row.executionRate()), Numbers.decimal(row.budgetScore()),
                Numbers.decimal(row.totalScore()), row.grade() == null ? null : row.grade().label(),
                row.failingChecks(), row.amendmentsAfterSubmission(), row.amendmentsAfterApproval(),
                deadline.overdue(row.status(), now), Numbers.time(row.firstSubmittedAt()),
                deadline.late(row.firstSubmittedAt()), Numbers.time(row.lastChangedAt()));
    }
}
