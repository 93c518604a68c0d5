package io.jixiao.query.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.evaluation.FormVisibility;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.InputLimits;
import io.jixiao.kernel.evaluation.InputRules;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.access.Caller;
import io.jixiao.query.access.Callers;
import io.jixiao.query.access.ReadPolicy;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.util.Map;

/**
 * What the form would say if the figures an editor has typed were saved: execution rates, suggested and given
 * scores, total, grade and failing checks, answered while the person types. Nothing is stored; whoever may see
 * the form may ask, since saving is decided by the commands, not here.
 */
@RestController
public class FormPreviewController {
    private final EvaluationFormStore store;
    private final ReadPolicy policy;
    private final Organization organization;
    private final EvaluationFormView view;
    private final FormPreview preview;
    private final Clock clock;

    /** The text limits are the configuration the command side decides with ({@code jixiao.limits.*}). */
    @Autowired
    public FormPreviewController(EvaluationFormStore store, ReadPolicy policy, Organization organization,
                                 EvaluationRules rules,
                                 @Value("${jixiao.limits.short-text:" + InputLimits.DEFAULT_SHORT_TEXT + "}")
                                 int shortText,
                                 @Value("${jixiao.limits.value-text:" + InputLimits.DEFAULT_VALUE_TEXT + "}")
                                 int valueText,
                                 @Value("${jixiao.limits.long-text:" + InputLimits.DEFAULT_LONG_TEXT + "}")
                                 int longText) {
        this(store, policy, organization, rules, new InputLimits(shortText, valueText, longText), Clock.systemUTC());
    }

    FormPreviewController(EvaluationFormStore store, ReadPolicy policy, Organization organization,
                          EvaluationRules rules, InputLimits limits, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.organization = organization;
        this.view = new EvaluationFormView(organization, rules);
        this.preview = new FormPreview(new InputRules(limits));
        this.clock = clock;
    }

    /**
     * The form as {@code GET /api/evaluations/{id}} would answer it after the amendments in the body, each changed
     * figure counted as one event (so {@code version} is the version a save would reach). The figures the stored
     * form already holds change nothing, and then the stored form itself is answered.
     */
    @PostMapping("/api/evaluations/{evaluationId}/preview")
    public Mono<Document> preview(@PathVariable("evaluationId") String evaluationId,
                                  @RequestBody JsonNode figures) {
        return Callers.current().flatMap(caller -> Mono.fromCallable(() -> answer(caller, evaluationId,
                        FormPreviewRequest.read(figures)))
                .subscribeOn(Schedulers.boundedElastic()));
    }

    private Document answer(Caller caller, String evaluationId, FormPreviewRequest figures) {
        EvaluationState stored = store.state(evaluationId).orElseThrow(() -> notFound(evaluationId));
        policy.requireForm(caller, evaluationId, stored.implementingUnitId(), stored.competentDepartmentId());
        EvaluationState amended = preview.amend(stored, figures,
                new Actor(caller.userId(), caller.name(), caller.unitId(), caller.roles()));
        if (amended.version() == stored.version()) {
            return store.find(evaluationId, organization).orElseThrow(() -> notFound(evaluationId));
        }
        return view.answered(amended, clock.instant());
    }

    private static Refusal notFound(String evaluationId) {
        return FormVisibility.notFound(evaluationId);
    }
}
