package io.jixiao.query.history;

import io.jixiao.kernel.approval.ReviewStep;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Unit;
import org.bson.Document;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a form's history for one event: one per figure the event changed (so a funds row amended in one
 * go gives up to three entries of the same version), or a single entry without a field for the draft and for a
 * workflow step. Both the history endpoint and the audit projection write entries through here.
 */
public final class HistoryEntries {
    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private HistoryEntries() {
    }

    /** The entries without unit names; {@link #withNames} adds them from the organization as it is now. */
    public static List<Document> of(FormTimeline.Step step) {
        ChangeAction action = ChangeAction.of(step.event());
        List<FigureChange> changes = action.amendsFigures() ? Figures.diff(step.before(), step.after()) : List.of();
        List<Document> entries = new ArrayList<>();
        for (FigureChange change : changes) {
            entries.add(entry(step, action, change));
        }
        if (entries.isEmpty()) {
            entries.add(entry(step, action, null));
        }
        return entries;
    }

    /** Adds the name of the actor's unit. */
    public static Document withNames(Document entry, Organization organization) {
        Document actor = entry.get("actor", Document.class);
        if (actor != null) {
            actor.put("unitName", organization.unit(actor.getString("unitId")).map(Unit::name).orElse(null));
        }
        return entry;
    }

    public static String time(Instant instant) {
        return ISO_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** Status and, while under review, the level the form waits at; null before the form exists. */
    public static Document formState(EvaluationState state) {
        if (!state.exists()) {
            return null;
        }
        return new Document("status", state.status().name())
                .append("reviewLevel", state.currentStep().map(ReviewStep::level).map(Enum::name).orElse(null));
    }

    private static Document entry(FormTimeline.Step step, ChangeAction action, FigureChange change) {
        Actor actor = step.event().actor();
        return new Document("version", step.version())
                .append("time", time(step.time()))
                .append("actor", actor == null ? null : new Document("id", actor.userId())
                        .append("name", actor.name())
                        .append("unitId", actor.unitId()))
                .append("action", action.name())
                .append("actionLabel", ChangeAction.labelOf(step.event()))
                .append("field", change == null ? null : change.path())
                .append("fieldLabel", change == null ? null : change.label())
                .append("oldValue", change == null ? null : change.oldValue())
                .append("newValue", change == null ? null : change.newValue())
                .append("reason", ChangeAction.reasonOf(step.event()))
                .append("stateBefore", formState(step.before()))
                .append("stateAfter", formState(step.after()));
    }
}
