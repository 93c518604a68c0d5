package io.jixiao.query.comparison;

import io.jixiao.kernel.evaluation.NormalizedNames;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.query.dashboard.UnitDashboardProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Lists each drafted form in {@value ProjectYearsIndex#COLLECTION}. Name, code, unit and year are fixed when a
 * form is drafted, so the draft is the only event it needs. It runs in the dashboards' processing group because
 * the comparisons read the form states that group keeps: both stand at the same event.
 */
@Component
@ProcessingGroup(UnitDashboardProjection.PROCESSING_GROUP)
public class ProjectYearsIndexer {
    private final ProjectYearsIndex index;

    public ProjectYearsIndexer(ProjectYearsIndex index) {
        this.index = index;
    }

    @EventHandler
    public void on(EvaluationDraftedEvent event) {
        String unitId = event.implementingUnitId();
        String code = NormalizedNames.code(event.projectCode());
        if (code != null) {
            index.add(ProjectYearsIndex.codeKey(unitId, code), unitId, event.fiscalYear(), event.evaluationId());
        }
        index.add(ProjectYearsIndex.nameKey(unitId, NormalizedNames.of(event.projectName())), unitId,
                event.fiscalYear(), event.evaluationId());
    }

    @ResetHandler
    public void reset() {
        index.drop();
    }
}
