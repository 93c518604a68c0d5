package io.jixiao.query.comparison;

import java.util.List;

/** The dashboard totals of a unit and every unit below it, one entry per fiscal year from {@code fromYear} to {@code toYear}. */
public record UnitYearsComparison(String unitId, String unitName, int fromYear, int toYear, String asOf,
                                  List<UnitYear> years) {
}
