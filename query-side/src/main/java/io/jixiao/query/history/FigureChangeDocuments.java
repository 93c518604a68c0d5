package io.jixiao.query.history;

import io.jixiao.kernel.evaluation.EvaluationState;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * The audit documents of one event: for each figure it changed, the change as the form's history shows it (plus
 * the form's header and whether the form had been submitted or approved before) and its compact search key.
 * Drafts and workflow steps change no figure and give none.
 */
final class FigureChangeDocuments {
    /** A change and its key, both under the same deterministic _id. */
    record Written(Document change, Document key) {
    }

    private FigureChangeDocuments() {
    }

    static List<Written> of(FormTimeline.Step step) {
        List<Written> written = new ArrayList<>();
        if (!ChangeAction.of(step.event()).amendsFigures()) {
            return written;
        }
        for (Document entry : HistoryEntries.of(step)) {
            if (entry.getString("field") != null) {
                written.add(written(step, entry));
            }
        }
        return written;
    }

    private static Written written(FormTimeline.Step step, Document entry) {
        EvaluationState before = step.before();
        EvaluationState after = step.after();
        String id = FigureChangeStore.changeId(after.evaluationId(), step.version(), entry.getString("field"));
        Document change = new Document("_id", id)
                .append("evaluationId", after.evaluationId())
                .append("projectName", after.projectName())
                .append("fiscalYear", after.fiscalYear())
                .append("implementingUnitId", after.implementingUnitId())
                .append("competentDepartmentId", after.competentDepartmentId())
                .append("amountUnit", after.amountUnit().name());
        change.putAll(entry);
        change.append("afterSubmission", before.everSubmitted()).append("afterApproval", before.everApproved());
        String actorId = step.event().actor() == null ? null : step.event().actor().userId();
        Document key = FigureChangeKeys.of(id, after.implementingUnitId(), after.fiscalYear(), actorId, step.time(),
                before.everSubmitted(), before.everApproved());
        return new Written(change, key);
    }
}
