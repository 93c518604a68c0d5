package io.jixiao.query.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.access.Caller;
import io.jixiao.query.access.Callers;
import io.jixiao.query.access.ReadPolicy;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
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
    private final Clock clock;

    @Autowired
    public FormPreviewController(EvaluationFormStore store, ReadPolicy policy, Organization organization,
                                 EvaluationRules rules) {
        this(store, policy, organization, rules, Clock.systemUTC());
    }

    FormPreviewController(EvaluationFormStore store, ReadPolicy policy, Organization organization,
                          EvaluationRules rules, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.organization = organization;
        this.view = new EvaluationFormView(organization, rules);
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
        EvaluationState amended = FormPreview.amend(stored, figures,
                new Actor(caller.userId(), caller.name(), caller.unitId(), caller.roles()));
        if (amended.version() == stored.version()) {
            return store.find(evaluationId, organization).orElseThrow(() -> notFound(evaluationId));
        }
        return view.of(amended, clock.instant());
    }

    private static Refusal notFound(String evaluationId) {
        return new Refusal(Refusal.Kind.NOT_FOUND, "EVALUATION_NOT_FOUND", "No form " + evaluationId,
                "自评表 " + evaluationId + " 不存在", Map.of("evaluationId", evaluationId));
    }
}
