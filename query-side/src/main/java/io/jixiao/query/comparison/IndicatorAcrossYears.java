package io.jixiao.query.comparison;

import io.jixiao.kernel.evaluation.NormalizedNames;
import java.util.List;

/**
 * One indicator followed across the years, matched by {@code normalizedName} (see {@link NormalizedNames}; a
 * second indicator of the same normalized name in one form gets the suffix {@code #2}, and so on). {@code name},
 * {@code level1} and {@code level2} are as the latest year writes them; a year lacking the indicator has no entry.
 */
public record IndicatorAcrossYears(String normalizedName, String name, String level1, String level2,
                                   List<IndicatorYear> years) {
}
