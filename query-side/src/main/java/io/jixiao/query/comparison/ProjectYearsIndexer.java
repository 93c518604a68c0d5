package io.jixiao.query.comparison;

import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.NormalizedNames;
import io.jixiao.query.dashboard.UnitDashboardProjection;
import io.jixiao.query.projection.ProjectionBatches;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists each drafted form in {@value ProjectYearsIndex#COLLECTION}. Name, code, unit and year are fixed when a
 * form is drafted, so the draft is the only event it needs. It runs in the dashboards' processing group because
 * the comparisons read the form states that group keeps: both stand at the same event.
 */
@Component
@ProcessingGroup(UnitDashboardProjection.PROCESSING_GROUP)
public class ProjectYearsIndexer {
    private static final String BATCH = ProjectYearsIndexer.class.getName();

    private final ProjectYearsIndex index;

    public ProjectYearsIndexer(ProjectYearsIndex index) {
        this.index = index;
    }

    /** Every evaluation event, so that the batch is written at its last event whatever that is. */
    @EventHandler
    public void on(EvaluationEvent event) {
        List<ProjectYearsIndex.Entry> batch = ProjectionBatches.current(BATCH, ArrayList::new);
        if (event instanceof EvaluationDraftedEvent drafted) {
            String unitId = drafted.implementingUnitId();
            String code = NormalizedNames.code(drafted.projectCode());
            if (code != null) {
                batch.add(new ProjectYearsIndex.Entry(ProjectYearsIndex.codeKey(unitId, code), unitId,
                        drafted.fiscalYear(), drafted.evaluationId()));
            }
            batch.add(new ProjectYearsIndex.Entry(ProjectYearsIndex.nameKey(unitId,
                    NormalizedNames.of(drafted.projectName())), unitId, drafted.fiscalYear(), drafted.evaluationId()));
        }
        if (ProjectionBatches.atLastEvent()) {
            index.addAll(batch);
        }
    }

    @ResetHandler
    public void reset() {
        index.drop();
    }
}
