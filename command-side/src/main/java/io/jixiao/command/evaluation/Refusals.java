package io.jixiao.command.evaluation;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;
import io.jixiao.kernel.evaluation.EvaluationDraftedEvent;
import io.jixiao.kernel.evaluation.EvaluationStatus;

import java.util.Map;

/**
 * The refusals the aggregate gives, worded once; refusals of input are the kernel's
 * ({@link io.jixiao.kernel.evaluation.InputRules}), shared with the editor's preview.
 */
public final class Refusals {
    public static final String DUPLICATE_PROJECT_YEAR = "DUPLICATE_PROJECT_YEAR";

    private Refusals() {
    }

    public static Refusal staleVersion(long expected, long current) {
        return new Refusal(Kind.CONFLICT, "STALE_VERSION",
                "The form was changed by someone else: you edited version " + expected + ", it is now at version "
                        + current + ". Reload it and try again.",
                "表单已被他人修改：您基于第 " + expected + " 版修改，当前为第 " + current + " 版。请刷新后重试。",
                Map.of("expectedVersion", expected, "currentVersion", current));
    }

    public static Refusal notInState(String action, String actionZh, EvaluationStatus status) {
        return new Refusal(Kind.CONFLICT, "WRONG_STATE",
                "The form cannot be " + action + " while it is " + status + ".",
                "表单当前状态为「" + statusZh(status) + "」，不能" + actionZh + "。",
                Map.of("status", status.name()));
    }

    public static Refusal forbidden(String code, String message, String messageZh, Map<String, Object> details) {
        return new Refusal(Kind.FORBIDDEN, code, message, messageZh, details);
    }

    public static Refusal reasonRequired() {
        return new Refusal(Kind.INVALID_INPUT, "REASON_REQUIRED",
                "The form has been submitted before: every amendment needs a reason.",
                "表单已提交过，任何修改都必须填写修改原因。", Map.of("field", "reason"));
    }

    /** A unit has one form per project and fiscal year; {@code holder} is the one it has. */
    public static Refusal duplicateProjectYear(ProjectYearKey key, EvaluationDraftedEvent refused, String holder) {
        boolean byCode = key.matchedBy() == ProjectYearKey.MatchedBy.PROJECT_CODE;
        String project = byCode ? "project code " + refused.projectCode() : "project " + refused.projectName();
        String projectZh = byCode ? "项目编码 " + refused.projectCode() + " " : "项目「" + refused.projectName() + "」";
        return new Refusal(Kind.CONFLICT, DUPLICATE_PROJECT_YEAR,
                key.implementingUnitId() + " already has the " + key.fiscalYear() + " self-evaluation form of "
                        + project + ": form " + holder + ". A unit has one form per project and year; open that "
                        + "form instead.",
                "单位 " + key.implementingUnitId() + " 已有" + projectZh + "的 " + key.fiscalYear() + " 年度自评表（"
                        + holder + "）。每个单位每个项目每年只有一张自评表，请打开该表。",
                Map.of("evaluationId", holder, "implementingUnitId", key.implementingUnitId(),
                        "fiscalYear", key.fiscalYear(), "matchedBy", key.matchedBy().field(),
                        key.matchedBy().field(), byCode ? refused.projectCode() : refused.projectName()));
    }

    public static String statusZh(EvaluationStatus status) {
        return switch (status) {
            case DRAFT -> "草稿";
            case UNDER_REVIEW -> "审核中";
            case RETURNED -> "已退回";
            case APPROVED -> "已审定";
            case REOPENED -> "已重新打开";
        };
    }
}
