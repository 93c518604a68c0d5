package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Starts a form from a file (the official Excel template, the JSON transcription, published text): the same content
 * as a draft, amounts in {@code amountUnit}, plus where it came from. A filler imports their own unit's forms; an
 * administrator of a finance bureau those of any unit below it (a year loaded at once).
 */
public record ImportEvaluationCommand(@TargetAggregateIdentifier String evaluationId, int fiscalYear,
                                      String projectName, String projectCode, String competentDepartmentId,
                                      String implementingUnitId, AmountUnit amountUnit, Funds funds, Goals goals,
                                      List<IndicatorInput> indicators, String importedFrom, Actor actor) {
}
