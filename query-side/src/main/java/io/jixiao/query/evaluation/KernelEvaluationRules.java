package io.jixiao.query.evaluation;

import io.jixiao.kernel.checks.CheckResult;
import io.jixiao.kernel.checks.Checks;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.scoring.ScoreSheet;
import io.jixiao.kernel.scoring.Scoring;
import io.jixiao.kernel.scoring.ScoringPolicy;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/** The rules as the kernel states them, under the policy the form names. */
@Component
public class KernelEvaluationRules implements EvaluationRules {
    @Override
    public ScoreSheet score(EvaluationState state) {
        return Scoring.score(state, policyOf(state));
    }

    @Override
    public List<CheckResult> checks(EvaluationState state) {
        return Checks.run(state, policyOf(state));
    }

    @Override
    public BigDecimal executionRate(FundLine line) {
        return Scoring.executionRate(line.adjustedBudget(), line.executed());
    }

    private static ScoringPolicy policyOf(EvaluationState state) {
        return ScoringPolicy.byName(state.scoringPolicy());
    }
}
