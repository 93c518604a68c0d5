package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A form was started (by hand, by import or as demo data: {@code source} says which). */
@Revision("1")
public record EvaluationDraftedEvent(String evaluationId, int fiscalYear, String projectName, String projectCode, String competentDepartmentId, String implementingUnitId, AmountUnit amountUnit, String scoringPolicy, Funds funds, Goals goals, List<Indicator> indicators, String source, Actor actor) implements EvaluationEvent {
}
