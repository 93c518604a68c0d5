package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes one row of the funds table; null amounts stay as they are. Amounts in the form's own unit (its amountUnit); the event records them in 元. */
public record AmendFundsCommand(@TargetAggregateIdentifier String evaluationId, FundSource source, BigDecimal initialBudget, BigDecimal adjustedBudget, BigDecimal executed, String reason, long expectedVersion, Actor actor) {
}
