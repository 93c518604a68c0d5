package io.jixiao.query.comparison;

import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.dashboard.DashboardFormStore;
import io.jixiao.query.dashboard.Deadlines;
import io.jixiao.query.dashboard.Feed;
import io.jixiao.query.dashboard.UnitDashboardProjection;
import io.jixiao.query.dashboard.UnitDashboards;
import io.jixiao.query.dashboard.UnitYearStore;
import io.jixiao.query.support.DemoOrganization;
import io.jixiao.query.support.InMemoryMongo;
import org.axonframework.queryhandling.QueryUpdateEmitter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.mockito.Mockito.mock;

/** The dashboards' processing group as Axon runs it: the projection and the project index on every event. */
final class ComparisonFixture {
    static final Organization ORGANIZATION = DemoOrganization.organization();
    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    final ProjectComparisons projects;
    final UnitYearComparisons units;
    final UnitDashboards dashboards;
    private final Feed feed;
    private final ProjectYearsIndexer indexer;

    ComparisonFixture(InMemoryMongo mongo) {
        var database = mongo.freshDatabase();
        DashboardFormStore forms = new DashboardFormStore(database);
        UnitYearStore unitYears = new UnitYearStore(database);
        ProjectYearsIndex index = new ProjectYearsIndex(database);
        feed = new Feed(new UnitDashboardProjection(forms, unitYears, ORGANIZATION, mock(QueryUpdateEmitter.class)),
                Instant.parse("2025-03-01T00:00:00Z"));
        indexer = new ProjectYearsIndexer(index);
        projects = new ProjectComparisons(index, forms, ORGANIZATION);
        dashboards = new UnitDashboards(unitYears, ORGANIZATION,
                new Deadlines(Map.of(), Deadlines.DEFAULT_ZONE, Clock.fixed(NOW, ZoneOffset.UTC)));
        units = new UnitYearComparisons(dashboards, ORGANIZATION);
    }

    ComparisonFixture apply(EvaluationEvent... events) {
        for (EvaluationEvent event : events) {
            if (event instanceof EvaluationDraftedEvent drafted) {
                indexer.on(drafted);
            }
            feed.apply(event);
        }
        return this;
    }
}
