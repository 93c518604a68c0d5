package io.jixiao.query.dashboard;

import io.jixiao.kernel.dashboard.FindUnitDashboardQuery;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Unit;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Answers dashboards by reading, by exact key, the document of every unit of the subtree for the year and
 * combining their rows. Whoever answers a person checks first that the unit is theirs to see.
 */
@Component
public class UnitDashboards {
    private final UnitYearStore unitYears;
    private final Organization organization;
    private final Deadlines deadlines;

    public UnitDashboards(UnitYearStore unitYears, Organization organization, Deadlines deadlines) {
        this.unitYears = unitYears;
        this.organization = organization;
        this.deadlines = deadlines;
    }

    @QueryHandler
    public UnitDashboard find(FindUnitDashboardQuery query) {
        return dashboard(query.unitId(), query.fiscalYear(), deadlines.now());
    }

    public UnitDashboard dashboard(String unitId, int fiscalYear, Instant now) {
        Deadline deadline = deadlines.of(fiscalYear);
        List<Unit> units = subtree(unitId);
        List<DashboardRow> all = new ArrayList<>();
        List<UnitFigures> byUnit = new ArrayList<>();
        for (Unit unit : units) {
            List<DashboardRow> rows = unitYears.rows(unit.id(), fiscalYear);
            all.addAll(rows);
            byUnit.add(new UnitFigures(unit.id(), unit.name(), unit.parentId(),
                    FiguresCalculator.of(rows, deadline, now)));
        }
        all.sort(Comparator.comparing(DashboardRow::implementingUnitId).thenComparing(DashboardRow::projectName,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(DashboardRow::evaluationId));
        return new UnitDashboard(unitId, units.isEmpty() ? null : units.get(0).name(), fiscalYear,
                DeadlineView.of(deadline, now), Numbers.time(now), FiguresCalculator.of(all, deadline, now), byUnit,
                all.stream().map(row -> FormLine.of(row, organization, deadline, now)).toList());
    }

    /** Only the totals of a year, for comparisons. */
    public Figures totals(String unitId, int fiscalYear, Instant now) {
        List<DashboardRow> all = new ArrayList<>();
        for (Unit unit : subtree(unitId)) {
            all.addAll(unitYears.rows(unit.id(), fiscalYear));
        }
        all.sort(Comparator.comparing(DashboardRow::evaluationId));
        return FiguresCalculator.of(all, deadlines.of(fiscalYear), now);
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    /** The unit, then each unit below it depth first (children in the organization's order). */
    private List<Unit> subtree(String unitId) {
        Set<String> within = organization.subtree(unitId);
        List<Unit> units = new ArrayList<>();
        organization.unit(unitId).ifPresent(unit -> addWithChildren(unit, within, units));
        return units;
    }

    private void addWithChildren(Unit unit, Set<String> within, List<Unit> into) {
        if (!within.contains(unit.id()) || into.contains(unit)) {
            return;
        }
        into.add(unit);
        for (Unit child : organization.units()) {
            if (unit.id().equals(child.parentId())) {
                addWithChildren(child, within, into);
            }
        }
    }
}
