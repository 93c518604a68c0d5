package io.jixiao.query.history;

import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.access.Callers;
import io.jixiao.query.access.ReadPolicy;
import io.jixiao.query.evaluation.EvaluationFormView;
import io.jixiao.query.evaluation.EvaluationRules;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A form's past, replayed from the event store on every request: its history, the form at a version or a moment,
 * and the figures that differ between two versions. Who may see the form may see its past, and nobody else.
 */
@RestController
@RequestMapping("/api/evaluations")
public class HistoryController {
    private final FormStates forms;
    private final Organization organization;
    private final EvaluationFormView view;

    public HistoryController(FormEventLog eventLog, ReadPolicy policy, Organization organization,
                             EvaluationRules rules) {
        this.forms = new FormStates(eventLog, policy);
        this.organization = organization;
        this.view = new EvaluationFormView(organization, rules);
    }

    @GetMapping("/{evaluationId}/history")
    public Mono<Document> history(@PathVariable("evaluationId") String evaluationId) {
        return replayed(evaluationId, timeline -> {
            List<Document> changes = new ArrayList<>();
            for (FormTimeline.Step step : timeline.steps()) {
                HistoryEntries.of(step).forEach(entry -> changes.add(HistoryEntries.withNames(entry, organization)));
            }
            EvaluationState current = timeline.current();
            return new Document("evaluationId", evaluationId)
                    .append("version", timeline.currentVersion())
                    .append("amountUnit", current.amountUnit().name())
                    .append("changes", changes);
        });
    }

    /** The form exactly as it stood at a version, in the shape of the current form. */
    @GetMapping(value = "/{evaluationId}", params = "version")
    public Mono<Document> atVersion(@PathVariable("evaluationId") String evaluationId,
                                    @RequestParam("version") String version,
                                    @RequestParam(name = "asOf", required = false) String asOf) {
        return Mono.fromCallable(() -> {
            if (asOf != null) {
                throw HistoryRefusals.twoPointsInTime();
            }
            return QueryParameters.wholeNumber("version", version);
        }).flatMap(number -> replayed(evaluationId, timeline -> {
            FormTimeline.Step step = timeline.at(number).orElseThrow(
                    () -> HistoryRefusals.noSuchVersion(evaluationId, number, timeline.currentVersion()));
            return view.answered(step.after(), step.time());
        }));
    }

    /** The form exactly as it stood at a moment: every event recorded at or before it. */
    @GetMapping(value = "/{evaluationId}", params = {"asOf", "!version"})
    public Mono<Document> asOf(@PathVariable("evaluationId") String evaluationId,
                               @RequestParam("asOf") String asOf) {
        return Mono.fromCallable(() -> QueryParameters.time("asOf", asOf))
                .flatMap(instant -> replayed(evaluationId, timeline -> {
                    FormTimeline.Step step = timeline.asOf(instant).orElseThrow(() -> HistoryRefusals.notYetDrafted(
                            evaluationId, instant, HistoryEntries.time(timeline.steps().get(0).time())));
                    return view.answered(step.after(), step.time());
                }));
    }

    /** The figures that read differently at version {@code to} than at version {@code from}. */
    @GetMapping("/{evaluationId}/diff")
    public Mono<Document> diff(@PathVariable("evaluationId") String evaluationId,
                               @RequestParam(name = "from", required = false) String from,
                               @RequestParam(name = "to", required = false) String to) {
        return Mono.fromCallable(() -> new long[]{QueryParameters.wholeNumber("from", from),
                        QueryParameters.wholeNumber("to", to)})
                .flatMap(versions -> replayed(evaluationId, timeline -> {
                    FormTimeline.Step older = step(timeline, evaluationId, versions[0]);
                    FormTimeline.Step newer = step(timeline, evaluationId, versions[1]);
                    List<Document> changes = Figures.diff(older.after(), newer.after()).stream()
                            .map(change -> new Document("field", change.path())
                                    .append("fieldLabel", change.label())
                                    .append("oldValue", change.oldValue())
                                    .append("newValue", change.newValue()))
                            .toList();
                    return new Document("evaluationId", evaluationId)
                            .append("amountUnit", timeline.current().amountUnit().name())
                            .append("from", summary(older))
                            .append("to", summary(newer))
                            .append("changes", changes);
                }));
    }

    private Document summary(FormTimeline.Step step) {
        Document form = view.of(step.after(), step.time());
        return new Document("version", step.version())
                .append("time", HistoryEntries.time(step.time()))
                .append("status", form.get("status"))
                .append("reviewLevel", form.get("reviewLevel"))
                .append("totalScore", form.get("totalScore"))
                .append("grade", form.get("grade"));
    }

    private static FormTimeline.Step step(FormTimeline timeline, String evaluationId, long version) {
        return timeline.at(version).orElseThrow(
                () -> HistoryRefusals.noSuchVersion(evaluationId, version, timeline.currentVersion()));
    }

    /**
     * Replays the form for a caller who may see it: 404 when it was never drafted, 403 when it lies outside the
     * caller's part of the hierarchy, as for the current form. The event store is read off the event loop.
     */
    private <R> Mono<R> replayed(String evaluationId, Function<FormTimeline, R> answer) {
        return Callers.current().flatMap(caller -> Mono.fromCallable(() -> answer.apply(forms.visibleTimeline(caller,
                evaluationId))).subscribeOn(Schedulers.boundedElastic()));
    }
}
