package io.jixiao.kernel.checks;

import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.scoring.ScoringPolicy;

import java.util.ArrayList;
import java.util.List;

/** The supervisors' checks of docs/DOMAIN.md ("What supervisors look for") as pure functions. */
public final class Checks {
    private Checks() {
    }

    /**
     * Every check that fails on the form (warnings a supervisor wants to see; they do not block): form-wide
     * findings first, then each indicator's in the order of the form. Codes are those of {@link CheckCode}.
     */
    public static List<CheckResult> run(EvaluationState state, ScoringPolicy policy) {
        List<CheckResult> found = new ArrayList<>(FormChecks.run(state, policy));
        found.addAll(IndicatorChecks.run(state, policy));
        return List.copyOf(found);
    }

    /** What keeps the form from being submitted: every problem, so the unit can fix them all at once. */
    public static List<CheckResult> submissionProblems(EvaluationState state, ScoringPolicy policy) {
        return List.copyOf(SubmissionRules.problems(state, policy));
    }
}
