package io.jixiao.deploy.demo;

import io.jixiao.kernel.evaluation.DraftEvaluationCommand;

/** One form of the demo data: its draft (a seed form or one generated from it) and the story it goes through. */
public record DemoForm(DraftEvaluationCommand draft, Story story) {
    public String evaluationId() {
        return draft.evaluationId();
    }

    public String source() {
        return draft.source();
    }
}
