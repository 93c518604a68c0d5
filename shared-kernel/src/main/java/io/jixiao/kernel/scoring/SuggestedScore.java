package io.jixiao.kernel.scoring;

import java.math.BigDecimal;

/**
 * The score the actual value implies: one figure for a quantitative indicator (min = max), a band for a
 * qualitative one. {@code basis} says in words how it was derived.
 */
public record SuggestedScore(BigDecimal min, BigDecimal max, String basis) {
    public boolean contains(BigDecimal score) {
        return score.compareTo(min) >= 0 && score.compareTo(max) <= 0;
    }
}
