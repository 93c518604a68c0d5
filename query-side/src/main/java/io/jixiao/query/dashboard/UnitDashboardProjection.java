package io.jixiao.query.dashboard;

import io.jixiao.kernel.approval.EvaluationSubmittedEvent;
import io.jixiao.kernel.dashboard.FindUnitDashboardQuery;
import io.jixiao.kernel.dashboard.UnitDashboardChanged;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.projection.ProjectionBatches;
import io.jixiao.query.projection.TouchedForms;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the dashboard documents: per form its folded state ({@value DashboardFormStore#COLLECTION}) and its row
 * in the document of its implementing unit and year ({@value UnitYearStore#COLLECTION}), then tells open
 * dashboards of that unit or a unit above it for that year, once per form and batch. Idempotent by the aggregate
 * sequence number: an event the state already counts is skipped, and a row is never replaced by an older one.
 * A batch of events writes each touched unit-year document and each form's state once ({@link ProjectionBatches}).
 */
@Component
@ProcessingGroup(UnitDashboardProjection.PROCESSING_GROUP)
public class UnitDashboardProjection {
    public static final String PROCESSING_GROUP = "unit-dashboards";
    /** Bump when a change of this projection (or of the comparisons' index) needs its documents rebuilt. */
    public static final int VERSION = 1;
    private static final String BATCH = UnitDashboardProjection.class.getName();

    private final DashboardFormStore forms;
    private final UnitYearStore unitYears;
    private final Organization organization;
    /** Null for a rebuild's projection: nobody watches a generation that does not answer yet. */
    private final QueryUpdateEmitter updates;

    /** A projection whose dashboards nobody watches live. */
    public UnitDashboardProjection(DashboardFormStore forms, UnitYearStore unitYears, Organization organization) {
        this(forms, unitYears, organization, null);
    }

    @Autowired
    public UnitDashboardProjection(DashboardFormStore forms, UnitYearStore unitYears, Organization organization,
                                   QueryUpdateEmitter updates) {
        this.forms = forms;
        this.unitYears = unitYears;
        this.organization = organization;
        this.updates = updates;
    }

    @EventHandler
    public void on(EvaluationEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant timestamp) {
        Batch batch = ProjectionBatches.current(BATCH, () -> new Batch(forms.touched()));
        Optional<TouchedForms.Step> step = batch.forms.fold(event, sequenceNumber, timestamp);
        if (step.isPresent() && event instanceof EvaluationSubmittedEvent && !step.get().before().everSubmitted()) {
            batch.firstSubmittedAt.put(event.evaluationId(), timestamp);
        }
        if (ProjectionBatches.atLastEvent()) {
            write(batch);
        }
    }

    private void write(Batch batch) {
        List<FormRecord> records = new ArrayList<>();
        List<Long> previousVersions = new ArrayList<>();
        List<DashboardRow> rows = new ArrayList<>();
        for (TouchedForms.Form form : batch.forms.all()) {
            if (!form.changed()) {
                continue;
            }
            EvaluationState state = form.state();
            Instant firstSubmittedAt = batch.firstSubmittedAt.containsKey(state.evaluationId())
                    ? batch.firstSubmittedAt.get(state.evaluationId()) : forms.firstSubmittedAt(state);
            records.add(new FormRecord(state, firstSubmittedAt));
            previousVersions.add(form.storedVersion());
            rows.add(DashboardRow.of(state, firstSubmittedAt, form.lastChangedAt()));
        }
        // The rows first: should the process stop between the two writes, the redelivered batch finds the states
        // still at their old versions, folds again and writes the same rows.
        unitYears.putAll(rows);
        batch.forms.written(forms.saveAll(records, previousVersions));
        for (DashboardRow row : updates == null ? List.<DashboardRow>of() : rows) {
            updates.emit(FindUnitDashboardQuery.class,
                    query -> query.fiscalYear() == row.fiscalYear()
                            && organization.isWithin(row.implementingUnitId(), query.unitId()),
                    new UnitDashboardChanged(row.implementingUnitId(), row.fiscalYear(), row.evaluationId(),
                            row.version()));
        }
    }

    /** The forms of one batch, and the first submissions it saw. */
    private static final class Batch {
        private final TouchedForms forms;
        private final Map<String, Instant> firstSubmittedAt = new HashMap<>();

        private Batch(TouchedForms forms) {
            this.forms = forms;
        }
    }

    @ResetHandler
    public void reset() {
        forms.drop();
        unitYears.drop();
    }
}
