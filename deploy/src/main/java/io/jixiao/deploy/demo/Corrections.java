package io.jixiao.deploy.demo;

import io.jixiao.kernel.evaluation.AmendFundsCommand;
import io.jixiao.kernel.evaluation.AmendGoalsCommand;
import io.jixiao.kernel.evaluation.DraftEvaluationCommand;
import io.jixiao.kernel.evaluation.FundLine;
import io.jixiao.kernel.evaluation.FundSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The amendments a unit makes after submission in the demo stories, each with its reason. */
final class Corrections {
    /** Half a percent of the spending was booked twice, say: small enough to keep the form's grade. */
    private static final BigDecimal OVERSTATED_SHARE = new BigDecimal("0.005");
    private static final BigDecimal SMALLEST = new BigDecimal("0.01");

    private Corrections() {
    }

    /** One row's new executed amount, in the form's unit, once the form's version is known. */
    record FundsChange(DraftEvaluationCommand draft, FundSource source, BigDecimal executed, String reason) {
        AmendFundsCommand command(long expectedVersion) {
            return new AmendFundsCommand(draft.evaluationId(), source, null, null, executed, reason, expectedVersion,
                    draft.actor());
        }
    }

    static AmendGoalsCommand goalsAnsweringReturn(DraftEvaluationCommand draft, long expectedVersion) {
        String actual = draft.goals().actual();
        return new AmendGoalsCommand(draft.evaluationId(), null,
                (actual == null ? "" : actual) + "满意度调查共回收问卷，汇总表已附后。",
                "按主管部门退回意见补充满意度调查情况。", expectedVersion, draft.actor());
    }

    /**
     * The total row's spending lowered by half a percent, and the current-year appropriation row with it where
     * that row carries the spending, so that the rows still add up.
     */
    static List<FundsChange> executedCorrection(DraftEvaluationCommand draft, String reason) {
        FundLine total = draft.funds().total();
        List<FundsChange> changes = new ArrayList<>();
        if (total.executed() == null || total.executed().compareTo(SMALLEST) <= 0) {
            return changes;
        }
        BigDecimal overstated = total.executed().multiply(OVERSTATED_SHARE).setScale(2, RoundingMode.HALF_UP)
                .max(SMALLEST);
        changes.add(new FundsChange(draft, FundSource.TOTAL, total.executed().subtract(overstated), reason));
        FundLine appropriation = draft.funds().currentYearAppropriation();
        if (appropriation.executed() != null && appropriation.executed().compareTo(overstated) >= 0) {
            changes.add(new FundsChange(draft, FundSource.CURRENT_YEAR_APPROPRIATION,
                    appropriation.executed().subtract(overstated), reason));
        }
        return changes;
    }
}
