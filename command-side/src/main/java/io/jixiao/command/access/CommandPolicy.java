package io.jixiao.command.access;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;
import io.jixiao.kernel.approval.ApprovalPolicy;
import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.approval.ReviewStep;
import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.kernel.organization.UnitKind;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one place where the command side decides who may do what (README "Who may do what"), and words the refusal.
 * The approval rules themselves (who fills, who approves at which level, nobody approves their own changes, who
 * reopens) are the kernel's {@link ApprovalPolicy}, which the query side reads too. Aggregates ask this before
 * they look at anything else, so a refused person learns nothing about the form's state or version. Roles and
 * unit are those the organization gives the person now ({@link CurrentActor}).
 */
public final class CommandPolicy {
    /** The actor of changes the installation makes itself (loading the organization file); no person has this id. */
    public static final String SYSTEM_USER_ID = "system";

    private CommandPolicy() {
    }

    /** Drafting, amending, submitting and withdrawing: a filler (填报人) of the implementing unit. */
    public static void requireFillerOf(Actor actor, String implementingUnitId) {
        if (!ApprovalPolicy.isFillerOf(actor, implementingUnitId)) {
            throw forbidden("NOT_OWNING_UNIT_FILLER",
                    "Only a filler (填报人) of the implementing unit " + implementingUnitId
                            + " can draft, change, submit or withdraw its forms.",
                    "只有实施单位 " + implementingUnitId + " 的填报人可以填报、修改、提交或撤回本单位的自评表。",
                    Map.of("implementingUnitId", String.valueOf(implementingUnitId), "requiredRole", "FILLER"));
        }
    }

    /**
     * Importing a form: a filler of its implementing unit, or an administrator of a finance bureau at or above it
     * (who loads a whole year, or past years for comparison, for the units below).
     */
    public static void requireImporterOf(Actor actor, Organization organization, String implementingUnitId) {
        boolean filler = ApprovalPolicy.isFillerOf(actor, implementingUnitId);
        boolean administrator = actor.has(Role.ADMINISTRATOR) && implementingUnitId != null
                && organization.unit(actor.unitId()).map(Unit::kind).filter(k -> k == UnitKind.FINANCE_BUREAU)
                .isPresent()
                && organization.isWithin(implementingUnitId, actor.unitId());
        if (!(filler || administrator)) {
            throw forbidden("NOT_IMPORTER_OF_UNIT",
                    "Only a filler of " + implementingUnitId + " or an administrator of a finance bureau above it "
                            + "can import its forms.",
                    "只有 " + implementingUnitId + " 的填报人或其上级财政局的管理员可以导入该单位的自评表。",
                    Map.of("implementingUnitId", String.valueOf(implementingUnitId)));
        }
    }

    /** Approving or returning: the role of the level the form waits at, in the unit of that level. */
    public static void requireReviewerAt(Actor actor, ReviewStep step) {
        Role needed = ApprovalPolicy.roleAt(step.level());
        if (!ApprovalPolicy.reviewsAt(actor, step)) {
            throw forbidden("NOT_REVIEWER_AT_LEVEL",
                    "The form waits for " + step.level() + " review by " + step.unitId() + "; you need the role "
                            + needed + " in that unit.",
                    "表单正等待 " + step.unitId() + " 的" + levelZh(step.level()) + "，需要该单位的"
                            + needed.labelZh() + "角色。",
                    Map.of("level", step.level().name(), "unitId", step.unitId(), "requiredRole", needed.name()));
        }
    }

    /** Nobody approves a form they submitted or amended themselves. */
    public static void requireNotOwnChanges(Actor actor, EvaluationState form) {
        if (ApprovalPolicy.submittedOrAmended(actor, form)) {
            throw forbidden("OWN_CHANGES", "You submitted or amended this form yourself, so you cannot approve it.",
                    "您提交或修改过该表单，不能由您审核通过。", Map.of("userId", actor.userId()));
        }
    }

    /** A form that waits for nobody: only someone who reviews it at some level may learn why they cannot act. */
    public static void requireReviewerInChain(Actor actor, List<ReviewStep> chain) {
        if (!ApprovalPolicy.reviewsAnyLevelOf(actor, chain)) {
            throw forbidden("NOT_REVIEWER_AT_LEVEL", "You review no level of this form.", "您不是该表单任一审核环节的审核人。",
                    Map.of());
        }
    }

    /** Reopening an approved form: the reviewer of its last level; a form never submitted has none. */
    public static void requireFinalReviewer(Actor actor, List<ReviewStep> chain) {
        if (chain.isEmpty()) {
            throw forbidden("NOT_FINAL_REVIEWER", "This form was never submitted, so it has no final review level.",
                    "该表单尚未提交，没有终审单位。", Map.of());
        }
        if (!ApprovalPolicy.mayReopen(actor, chain)) {
            ReviewStep last = chain.get(chain.size() - 1);
            Role needed = ApprovalPolicy.roleAt(last.level());
            throw forbidden("NOT_FINAL_REVIEWER",
                    "Only the final review level (" + needed + " of " + last.unitId()
                            + ") can reopen an approved form.",
                    "只有终审单位（" + last.unitId() + "）的" + needed.labelZh() + "可以重新打开已审定的表单。",
                    Map.of("unitId", last.unitId(), "requiredRole", needed.name()));
        }
    }

    /**
     * Changing the organization at or below a unit: an administrator of a finance bureau at or above it.
     * {@code strictlyBelow} for renaming and moving, so no bureau renames or moves itself.
     */
    public static void requireAdministratorOver(Actor actor, Organization organization, String unitId,
                                                boolean strictlyBelow) {
        if (isSystem(actor)) {
            return;
        }
        boolean bureauAdministrator = actor.has(Role.ADMINISTRATOR) && organization.unit(actor.unitId())
                .map(Unit::kind).filter(kind -> kind == UnitKind.FINANCE_BUREAU).isPresent();
        boolean inReach = organization.isWithin(unitId, actor.unitId())
                && !(strictlyBelow && unitId.equals(actor.unitId()));
        if (!(bureauAdministrator && inReach)) {
            throw forbidden("NOT_ADMINISTRATOR_OVER_UNIT",
                    "Only an administrator of a finance bureau " + (strictlyBelow ? "above " : "at or above ")
                            + unitId + " can change this part of the organization.",
                    "只有" + unitId + (strictlyBelow ? "的上级" : "所属或上级") + "财政局的管理员可以修改这部分组织架构。",
                    Map.of("unitId", unitId, "requiredRole", Role.ADMINISTRATOR.name()));
        }
    }

    /** Nobody changes their own roles or standing: another administrator must. */
    public static void requireNotSelf(Actor actor, String personId) {
        if (Objects.equals(actor.userId(), personId)) {
            throw forbidden("OWN_ACCOUNT", "You cannot change your own roles or account; ask another administrator.",
                    "不能修改本人的角色或账号，请由其他管理员办理。", Map.of("personId", personId));
        }
    }

    public static boolean isSystem(Actor actor) {
        return SYSTEM_USER_ID.equals(actor.userId()) && actor.unitId() == null;
    }

    private static String levelZh(ReviewLevel level) {
        return switch (level) {
            case UNIT -> "单位审核";
            case DEPARTMENT -> "主管部门审批";
            case FINANCE -> "财政复核";
        };
    }

    private static Refusal forbidden(String code, String message, String messageZh, Map<String, Object> details) {
        return new Refusal(Kind.FORBIDDEN, code, message, messageZh, details);
    }
}
