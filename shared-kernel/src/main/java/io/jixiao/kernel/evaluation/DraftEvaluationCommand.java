package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts a form: header, and whatever figures the unit (or an import) already has, amounts in {@code amountUnit}. */
public record DraftEvaluationCommand(@TargetAggregateIdentifier String evaluationId, int fiscalYear, String projectName, String projectCode, String competentDepartmentId, String implementingUnitId, AmountUnit amountUnit, String scoringPolicy, Funds funds, Goals goals, List<IndicatorInput> indicators, String source, Actor actor) {
}
