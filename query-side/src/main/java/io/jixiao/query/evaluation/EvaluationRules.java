package io.jixiao.query.evaluation;

import io.jixiao.kernel.checks.CheckResult;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.scoring.ScoreSheet;

import java.math.BigDecimal;
import java.util.List;

/**
 * The kernel's judgement of a form as the read model needs it. An interface so that the fold and the document
 * shape can be tested with figures the test chooses, apart from the scoring rules themselves.
 */
public interface EvaluationRules {
    ScoreSheet score(EvaluationState state);

    List<CheckResult> checks(EvaluationState state);

    /** 执行率 of one row of the funds table, in percent; null while a figure is missing. */
    BigDecimal executionRate(FundLine line);
}
