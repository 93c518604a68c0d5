package io.jixiao.kernel.dashboard;

/** The dashboard of a unit and every unit below it for one fiscal year; also the subscription of a live one. */
public record FindUnitDashboardQuery(String unitId, int fiscalYear) {
}
