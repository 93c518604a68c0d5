package io.jixiao.kernel.evaluation;

import java.math.BigDecimal;

/** One row of the funds table, in 元. A null amount is a blank cell. */
public record FundLine(BigDecimal initialBudget, BigDecimal adjustedBudget, BigDecimal executed) {
    public static final FundLine BLANK = new FundLine(null, null, null);

    /** This line with the given amounts replacing the current ones; null leaves an amount as it is. */
    public FundLine amendedBy(BigDecimal newInitial, BigDecimal newAdjusted, BigDecimal newExecuted) {
        return new FundLine(
                newInitial != null ? newInitial : initialBudget,
                newAdjusted != null ? newAdjusted : adjustedBudget,
                newExecuted != null ? newExecuted : executed);
    }
}
