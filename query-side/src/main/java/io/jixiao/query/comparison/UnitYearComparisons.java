package io.jixiao.query.comparison;

import io.jixiao.kernel.comparison.CompareUnitYearsQuery;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.query.dashboard.DeadlineView;
import io.jixiao.query.dashboard.Figures;
import io.jixiao.query.dashboard.Money;
import io.jixiao.query.dashboard.Numbers;
import io.jixiao.query.dashboard.UnitDashboards;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A unit's dashboard totals year by year, each year read by exact keys as its dashboard is. */
@Component
public class UnitYearComparisons {
    private final UnitDashboards dashboards;
    private final Organization organization;

    public UnitYearComparisons(UnitDashboards dashboards, Organization organization) {
        this.dashboards = dashboards;
        this.organization = organization;
    }

    @QueryHandler
    public UnitYearsComparison compare(CompareUnitYearsQuery query) {
        Instant now = dashboards.deadlines().now();
        List<UnitYear> years = new ArrayList<>();
        Figures previous = null;
        for (int year = query.fromYear(); year <= query.toYear(); year++) {
            Figures figures = dashboards.totals(query.unitId(), year, now);
            years.add(new UnitYear(year, DeadlineView.of(dashboards.deadlines().of(year), now), figures,
                    previous == null ? null : change(previous, figures)));
            previous = figures;
        }
        return new UnitYearsComparison(query.unitId(), organization.unit(query.unitId()).map(Unit::name).orElse(null),
                query.fromYear(), query.toYear(), Numbers.time(now), years);
    }

    private static YearChange change(Figures before, Figures after) {
        return new YearChange(after.forms().count() - before.forms().count(),
                Money.of(difference(before, after, f -> f.funds().adjustedBudget().yuan())),
                Money.of(difference(before, after, f -> f.funds().executed().yuan())),
                Numbers.decimal(difference(before, after, f -> f.funds().executionRate())),
                Numbers.decimal(difference(before, after, f -> f.scores().averageScore())));
    }

    private static BigDecimal difference(Figures before, Figures after, Function<Figures, String> figure) {
        BigDecimal from = Numbers.parse(figure.apply(before));
        BigDecimal to = Numbers.parse(figure.apply(after));
        return from == null || to == null ? null : to.subtract(from);
    }
}
