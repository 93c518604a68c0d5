package io.jixiao.kernel.checks;

import io.jixiao.kernel.evaluation.Indicator;
import io.jixiao.kernel.scoring.IndicatorValue;
import io.jixiao.kernel.scoring.IndicatorValue.Quantity;
import io.jixiao.kernel.scoring.IndicatorValueParser;
import io.jixiao.kernel.scoring.Units;

import java.util.Optional;

/** An indicator whose target and actual are both figures in comparable units. */
record FigurePair(Quantity target, Quantity actual) {

    static Optional<FigurePair> of(Indicator indicator) {
        IndicatorValue target = IndicatorValueParser.parse(indicator.target());
        IndicatorValue actual = IndicatorValueParser.parse(indicator.actual());
        if (target instanceof Quantity t && actual instanceof Quantity a
                && Units.match(t.unit(), a.unit()) != Units.Match.DIFFERENT) {
            return Optional.of(new FigurePair(t, a));
        }
        return Optional.empty();
    }

    /** The target is a threshold (at least / at most), not a figure to hit exactly. */
    boolean threshold() {
        return target.comparison().positive() || target.comparison().negative();
    }

    boolean actualOnThreshold() {
        return actual.number().compareTo(target.number()) == 0;
    }
}
