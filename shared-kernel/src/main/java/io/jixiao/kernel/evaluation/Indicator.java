package io.jixiao.kernel.evaluation;

import java.math.BigDecimal;

/**
 * One row of the indicator table as the unit wrote it. Target and actual stay the strings the unit typed;
 * {@code io.jixiao.kernel.scoring.IndicatorValueParser} reads them when scoring.
 */
public record Indicator(String indicatorId, String level1, String level2, String name, String target,
                        BigDecimal weight, String actual, BigDecimal score, String deviation) {

    public Indicator withDefinition(String newLevel1, String newLevel2, String newName, String newTarget,
                                    BigDecimal newWeight) {
        return new Indicator(indicatorId, newLevel1, newLevel2, newName, newTarget, newWeight, actual, score, deviation);
    }

    public Indicator withActual(String newActual) {
        return new Indicator(indicatorId, level1, level2, name, target, weight, newActual, score, deviation);
    }

    public Indicator withScore(BigDecimal newScore, String newDeviation) {
        return new Indicator(indicatorId, level1, level2, name, target, weight, actual, newScore, newDeviation);
    }
}
