package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.organization.Actor;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives an indicator its 得分, with the 偏差原因分析 where the score is below the weight. */
public record ScoreIndicatorCommand(@TargetAggregateIdentifier String evaluationId, String indicatorId, BigDecimal score, String deviation, String reason, long expectedVersion, Actor actor) {
}
