package io.jixiao.query.exports;

import io.jixiao.kernel.evaluation.EvaluationState;

/**
 * A form to print or export: its state (current or at any version; amounts in 元, shown in the form's own unit)
 * and the names of its units as the organization knows them.
 */
public record ExportedForm(EvaluationState state, String competentDepartmentName, String implementingUnitName) {
}
