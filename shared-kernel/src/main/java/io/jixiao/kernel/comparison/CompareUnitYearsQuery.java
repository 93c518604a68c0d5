package io.jixiao.kernel.comparison;

/** The dashboard figures of a unit and every unit below it, for each fiscal year from {@code fromYear} to {@code toYear}. */
public record CompareUnitYearsQuery(String unitId, int fromYear, int toYear) {
}
