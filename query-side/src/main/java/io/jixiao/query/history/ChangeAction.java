package io.jixiao.query.history;

import io.jixiao.kernel.approval.EvaluationApprovedEvent;
import io.jixiao.kernel.approval.EvaluationReopenedEvent;
import io.jixiao.kernel.approval.EvaluationReturnedEvent;
import io.jixiao.kernel.approval.EvaluationSubmittedEvent;
import io.jixiao.kernel.approval.EvaluationWithdrawnEvent;
import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.evaluation.ActualValueAmendedEvent;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.evaluation.FundsAmendedEvent;
import io.jixiao.kernel.evaluation.GoalsAmendedEvent;
import io.jixiao.kernel.evaluation.IndicatorAddedEvent;
import io.jixiao.kernel.evaluation.IndicatorChangedEvent;
import io.jixiao.kernel.evaluation.IndicatorRemovedEvent;
import io.jixiao.kernel.evaluation.IndicatorScoredEvent;

/** What an event did to a form, as a stable code and in the words of the form's users. */
public enum ChangeAction {
    DRAFTED("填报创建", false),
    FUNDS_AMENDED("修改资金", true),
    GOALS_AMENDED("修改年度总体目标", true),
    INDICATOR_ADDED("新增指标", true),
    INDICATOR_CHANGED("修改指标", true),
    INDICATOR_REMOVED("删除指标", true),
    ACTUAL_AMENDED("修改实际完成值", true),
    SCORED("评分", true),
    SUBMITTED("提交", false),
    APPROVED("审核通过", false),
    RETURNED("退回", false),
    WITHDRAWN("撤回", false),
    REOPENED("重新打开", false);

    /** How the aggregate marks the source of an imported form. */
    private static final String IMPORT_SOURCE = "import:";

    private final String label;
    private final boolean amendsFigures;

    ChangeAction(String label, boolean amendsFigures) {
        this.label = label;
        this.amendsFigures = amendsFigures;
    }

    /** True for the amendments of figures; false for the draft and the workflow steps. */
    public boolean amendsFigures() {
        return amendsFigures;
    }

    public static ChangeAction of(EvaluationEvent event) {
        if (event instanceof EvaluationDraftedEvent) {
            return DRAFTED;
        }
        if (event instanceof FundsAmendedEvent) {
            return FUNDS_AMENDED;
        }
        if (event instanceof GoalsAmendedEvent) {
            return GOALS_AMENDED;
        }
        if (event instanceof IndicatorAddedEvent) {
            return INDICATOR_ADDED;
        }
        if (event instanceof IndicatorChangedEvent) {
            return INDICATOR_CHANGED;
        }
        if (event instanceof IndicatorRemovedEvent) {
            return INDICATOR_REMOVED;
        }
        if (event instanceof ActualValueAmendedEvent) {
            return ACTUAL_AMENDED;
        }
        if (event instanceof IndicatorScoredEvent) {
            return SCORED;
        }
        if (event instanceof EvaluationSubmittedEvent) {
            return SUBMITTED;
        }
        if (event instanceof EvaluationApprovedEvent) {
            return APPROVED;
        }
        if (event instanceof EvaluationReturnedEvent) {
            return RETURNED;
        }
        if (event instanceof EvaluationWithdrawnEvent) {
            return WITHDRAWN;
        }
        if (event instanceof EvaluationReopenedEvent) {
            return REOPENED;
        }
        throw new IllegalArgumentException("Unknown evaluation event " + event.getClass().getName());
    }

    /** The label, with the review level a reviewer acted at: "审核通过（主管部门审核）". */
    public static String labelOf(EvaluationEvent event) {
        ChangeAction action = of(event);
        if (event instanceof EvaluationApprovedEvent approved) {
            return action.label + "（" + levelLabel(approved.level()) + "）";
        }
        if (event instanceof EvaluationReturnedEvent returned) {
            return action.label + "（" + levelLabel(returned.level()) + "）";
        }
        if (importedFrom(event) != null) {
            return "导入创建";
        }
        return action.label;
    }

    /** Where an imported form came from (file, sheet, job); null for a form drafted any other way. */
    static String importedFrom(EvaluationEvent event) {
        if (event instanceof EvaluationDraftedEvent drafted && drafted.source() != null
                && drafted.source().startsWith(IMPORT_SOURCE)) {
            return drafted.source().substring(IMPORT_SOURCE.length());
        }
        return null;
    }

    /**
     * The reason of an amendment, or the comment or reason of a workflow step; for an imported form the file it came
     * from; null for another draft.
     */
    public static String reasonOf(EvaluationEvent event) {
        if (importedFrom(event) != null) {
            return "导入自 / imported from " + importedFrom(event);
        }
        if (event instanceof FundsAmendedEvent e) {
            return e.reason();
        }
        if (event instanceof GoalsAmendedEvent e) {
            return e.reason();
        }
        if (event instanceof IndicatorAddedEvent e) {
            return e.reason();
        }
        if (event instanceof IndicatorChangedEvent e) {
            return e.reason();
        }
        if (event instanceof IndicatorRemovedEvent e) {
            return e.reason();
        }
        if (event instanceof ActualValueAmendedEvent e) {
            return e.reason();
        }
        if (event instanceof IndicatorScoredEvent e) {
            return e.reason();
        }
        if (event instanceof EvaluationSubmittedEvent e) {
            return e.comment();
        }
        if (event instanceof EvaluationApprovedEvent e) {
            return e.comment();
        }
        if (event instanceof EvaluationReturnedEvent e) {
            return e.reason();
        }
        if (event instanceof EvaluationWithdrawnEvent e) {
            return e.reason();
        }
        if (event instanceof EvaluationReopenedEvent e) {
            return e.reason();
        }
        return null;
    }

    static String levelLabel(ReviewLevel level) {
        if (level == null) {
            return "审核";
        }
        return switch (level) {
            case UNIT -> "单位审核";
            case DEPARTMENT -> "主管部门审核";
            case FINANCE -> "财政复核";
        };
    }
}
