package io.jixiao.query.dashboard;

import java.util.List;

/**
 * The dashboard of a unit for a fiscal year: {@code totals} over the forms implemented by the unit or any unit
 * below it, {@code byUnit} the same figures per unit of that subtree (the unit first), {@code forms} every form
 * counted. Amounts are in 元 ({@code yuan}) and 万元 ({@code tenThousandYuan}).
 *
 * @param asOf the time the deadline-dependent figures (overdue) were judged at
 */
public record UnitDashboard(String unitId, String unitName, int fiscalYear, DeadlineView deadline, String asOf,
                            Figures totals, List<UnitFigures> byUnit, List<FormLine> forms) {
    /** The same answer but for when it was judged: nothing a screen showing one would change for the other. */
    public boolean showsTheSameAs(UnitDashboard other) {
        return other != null && equals(new UnitDashboard(other.unitId, other.unitName, other.fiscalYear,
                other.deadline, asOf, other.totals, other.byUnit, other.forms));
    }
}
