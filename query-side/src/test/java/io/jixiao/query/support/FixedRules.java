package io.jixiao.query.support;

import io.jixiao.kernel.checks.CheckResult;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.scoring.Grade;
import io.jixiao.kernel.scoring.ScoreSheet;
import io.jixiao.kernel.scoring.SuggestedScore;
import io.jixiao.query.evaluation.EvaluationRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rules that answer figures a test chooses, so the document's mechanics are tested apart from the kernel's
 * scoring. The figures are deliberately written with scales the document must normalise ("9.2" -> "9.20").
 */
public final class FixedRules implements EvaluationRules {
    public static final ScoreSheet SHEET = new ScoreSheet(new BigDecimal("92.13"), new BigDecimal("10.00"),
            new BigDecimal("9.2"), Map.of("I6", new SuggestedScore(new BigDecimal("6"), new BigDecimal("7.99"),
            "部分达成: 60%-80% of the weight")), new BigDecimal("90"), new BigDecimal("88"), new BigDecimal("97"),
            Grade.EXCELLENT, new BigDecimal("100"));
    public static final CheckResult CHECK = new CheckResult("SCORE_OUTSIDE_SUGGESTION",
            "The score lies outside the band the actual value implies", "得分超出实际完成值对应的区间", "I6", null);
    /** What every fund row with an adjusted budget is said to have executed. */
    public static final BigDecimal ROW_RATE = new BigDecimal("92.1");

    public final List<EvaluationState> scored = new ArrayList<>();

    @Override
    public ScoreSheet score(EvaluationState state) {
        scored.add(state);
        return SHEET;
    }

    @Override
    public List<CheckResult> checks(EvaluationState state) {
        return List.of(CHECK);
    }

    @Override
    public BigDecimal executionRate(FundLine line) {
        return line.adjustedBudget() == null ? null : ROW_RATE;
    }
}
