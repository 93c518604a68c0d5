package io.jixiao.query.admin;

import com.mongodb.client.MongoDatabase;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.comparison.ProjectYearsIndex;
import io.jixiao.query.comparison.ProjectYearsIndexer;
import io.jixiao.query.dashboard.DashboardFormStore;
import io.jixiao.query.dashboard.UnitDashboardProjection;
import io.jixiao.query.dashboard.UnitYearStore;
import io.jixiao.query.evaluation.EvaluationFormProjection;
import io.jixiao.query.evaluation.EvaluationFormStore;
import io.jixiao.query.evaluation.EvaluationRules;
import io.jixiao.query.history.FigureChangeProjection;
import io.jixiao.query.history.FigureChangeStore;
import io.jixiao.query.projection.Generation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The read models a rebuild builds in a generation of their own: one per projection processor. */
@Component("rebuildableReadModels")
public class ReadModels {
    private final Map<String, ReadModel> models = new LinkedHashMap<>();

    @Autowired
    public ReadModels(MongoDatabase database, Organization organization, EvaluationRules rules,
                      @Value("${jixiao.projections.cached-forms:" + EvaluationFormStore.DEFAULT_CACHED_FORMS + "}")
                      int cachedForms, @Value("${MONGODB_URI:}") String mongoUri) {
        this(List.of(
                new ReadModel(EvaluationFormProjection.PROCESSING_GROUP, EvaluationFormProjection.VERSION,
                        List.of(EvaluationFormStore.COLLECTION),
                        generation -> List.of(new EvaluationFormProjection(new EvaluationFormStore(database,
                                Generation.fixed(generation), cachedForms), organization, rules))),
                new ReadModel(UnitDashboardProjection.PROCESSING_GROUP, UnitDashboardProjection.VERSION,
                        List.of(DashboardFormStore.COLLECTION, UnitYearStore.COLLECTION, ProjectYearsIndex.COLLECTION),
                        generation -> List.of(new UnitDashboardProjection(new DashboardFormStore(database,
                                        Generation.fixed(generation), cachedForms),
                                        new UnitYearStore(database, Generation.fixed(generation)), organization),
                                new ProjectYearsIndexer(new ProjectYearsIndex(database, Generation.fixed(generation))))),
                new ReadModel(FigureChangeProjection.PROCESSING_GROUP, FigureChangeProjection.VERSION,
                        List.of(FigureChangeStore.CHANGES, FigureChangeStore.KEYS, FigureChangeStore.FORMS),
                        generation -> List.of(new FigureChangeProjection(new FigureChangeStore(database,
                                Generation.fixed(generation), FigureChangeStore.plan(mongoUri), cachedForms))))));
    }

    public ReadModels(List<ReadModel> models) {
        models.forEach(model -> this.models.put(model.processor(), model));
    }

    public Optional<ReadModel> named(String processor) {
        return Optional.ofNullable(models.get(processor));
    }

    public List<ReadModel> all() {
        return List.copyOf(models.values());
    }
}
