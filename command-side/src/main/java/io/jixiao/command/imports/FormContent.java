package io.jixiao.command.imports;

import io.jixiao.kernel.evaluation.AmountUnit;
import io.jixiao.kernel.evaluation.Funds;
import io.jixiao.kernel.evaluation.Goals;
import io.jixiao.kernel.evaluation.IndicatorInput;

import java.util.List;

/**
 * One form as a file states it, before the organization is asked who its units are: amounts in {@code amountUnit}
 * (as printed), units by name and, when the file carries them (our own exports do), by id.
 */
public record FormContent(int fiscalYear, String projectName, String projectCode,
                          String competentDepartmentId, String competentDepartmentName,
                          String implementingUnitId, String implementingUnitName,
                          AmountUnit amountUnit, Funds funds, Goals goals, List<IndicatorInput> indicators) {
    public FormContent {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
