package io.jixiao.query.comparison;

import io.jixiao.query.dashboard.DeadlineView;
import io.jixiao.query.dashboard.Figures;

/** One year of a unit comparison: the dashboard totals of that year and the change from the year before. */
public record UnitYear(int fiscalYear, DeadlineView deadline, Figures figures, YearChange changeFromPreviousYear) {
}
