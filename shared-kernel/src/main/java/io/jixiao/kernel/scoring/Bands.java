package io.jixiao.kernel.scoring;

import io.jixiao.kernel.scoring.IndicatorValue.AchievementLevel;

import java.math.BigDecimal;

/**
 * The score band a verdict allows. An open upper bound ends one step below it: partly achieved of 10 points is
 * 6.00 to 7.99 (6 to 7 in whole points). Where no step fits in a band (whole points on a weight of 1), the band
 * shrinks to its upper end, so it is never empty.
 */
final class Bands {
    private Bands() {
    }

    static SuggestedScore of(AchievementLevel level, BigDecimal weight, String why, ScoringPolicy policy) {
        if (weight.signum() <= 0) {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            return new SuggestedScore(zero, zero, why + ": no points to give");
        }
        BigDecimal min = ScoreRounding.ceilToStep(weight.multiply(level.lower()), policy);
        BigDecimal max = level.upperIncluded()
                ? ScoreRounding.floorToStep(weight, policy)
                : ScoreRounding.belowStep(weight.multiply(level.upper()), policy);
        if (max.compareTo(min) < 0) {
            min = max.max(BigDecimal.ZERO.setScale(2));
            max = min;
        }
        return new SuggestedScore(min, max, why + ": " + percent(level.lower()) + "% to "
                + percent(level.upper()) + "%" + (level.upperIncluded() ? "" : " (exclusive)") + " of " + QuantityScoring.plain(weight));
    }

    private static String percent(BigDecimal share) {
        return share.multiply(ScoreRounding.HUNDRED).stripTrailingZeros().toPlainString();
    }
}
