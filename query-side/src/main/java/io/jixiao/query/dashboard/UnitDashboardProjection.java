package io.jixiao.query.dashboard;

import io.jixiao.kernel.approval.EvaluationSubmittedEvent;
import io.jixiao.kernel.dashboard.FindUnitDashboardQuery;
import io.jixiao.kernel.dashboard.UnitDashboardChanged;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationFold;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.organization.Organization;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the dashboard documents: per form its folded state ({@value DashboardFormStore#COLLECTION}) and its row
 * in the document of its implementing unit and year ({@value UnitYearStore#COLLECTION}), then tells open
 * dashboards of that unit or a unit above it for that year. Idempotent by the aggregate sequence number: an event
 * the state already counts is skipped, and a row is never replaced by an older one.
 */
@Component
@ProcessingGroup(UnitDashboardProjection.PROCESSING_GROUP)
public class UnitDashboardProjection {
    public static final String PROCESSING_GROUP = "unit-dashboards";

    private final DashboardFormStore forms;
    private final UnitYearStore unitYears;
    private final Organization organization;
    private final QueryUpdateEmitter updates;

    public UnitDashboardProjection(DashboardFormStore forms, UnitYearStore unitYears, Organization organization,
                                   QueryUpdateEmitter updates) {
        this.forms = forms;
        this.unitYears = unitYears;
        this.organization = organization;
        this.updates = updates;
    }

    @EventHandler
    public void on(EvaluationEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant timestamp) {
        FormRecord before = forms.find(event.evaluationId()).orElse(FormRecord.NONE);
        long version = before.state().version();
        Optional<EvaluationState> next = EvaluationFold.evolveAt(before.state(), event, sequenceNumber);
        if (next.isEmpty()) {
            return;
        }
        EvaluationState after = next.get();
        Instant firstSubmittedAt = before.firstSubmittedAt() == null && event instanceof EvaluationSubmittedEvent
                ? timestamp : before.firstSubmittedAt();
        DashboardRow row = DashboardRow.of(after, firstSubmittedAt, timestamp);
        // The row first: should the process stop between the two writes, the redelivered event finds the state
        // still at the old version, folds again and writes the same row.
        unitYears.put(row);
        forms.save(new FormRecord(after, firstSubmittedAt), version);
        updates.emit(FindUnitDashboardQuery.class,
                query -> query.fiscalYear() == row.fiscalYear()
                        && organization.isWithin(row.implementingUnitId(), query.unitId()),
                new UnitDashboardChanged(row.implementingUnitId(), row.fiscalYear(), row.evaluationId(),
                        row.version()));
    }

    @ResetHandler
    public void reset() {
        forms.drop();
        unitYears.drop();
    }
}
