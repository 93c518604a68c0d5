package io.jixiao.query.history;

import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.query.access.Caller;
import io.jixiao.query.access.ReadPolicy;
import org.springframework.stereotype.Component;

/**
 * A form as it stands now or stood at a version, replayed from the event store for a caller who may see it (404
 * when it was never drafted or has no such version, 403 outside the caller's part of the hierarchy). What exports
 * print, so a printed form is exactly the recorded one, never a read model that lags. Blocking.
 */
@Component
public class FormStates {
    private final FormEventLog eventLog;
    private final ReadPolicy policy;

    public FormStates(FormEventLog eventLog, ReadPolicy policy) {
        this.eventLog = eventLog;
        this.policy = policy;
    }

    /** Every version of a form the caller may see. */
    public FormTimeline visibleTimeline(Caller caller, String evaluationId) {
        FormTimeline timeline = FormTimeline.replay(eventLog.read(evaluationId));
        if (!timeline.exists()) {
            throw HistoryRefusals.noSuchForm(evaluationId);
        }
        EvaluationState current = timeline.current();
        policy.requireForm(caller, evaluationId, current.implementingUnitId(), current.competentDepartmentId());
        return timeline;
    }

    /** {@code version} null or blank for the current form. */
    public EvaluationState visible(Caller caller, String evaluationId, String version) {
        FormTimeline timeline = visibleTimeline(caller, evaluationId);
        EvaluationState current = timeline.current();
        if (version == null || version.isBlank()) {
            return current;
        }
        long number = QueryParameters.wholeNumber("version", version);
        return timeline.at(number)
                .orElseThrow(() -> HistoryRefusals.noSuchVersion(evaluationId, number, timeline.currentVersion()))
                .after();
    }
}
