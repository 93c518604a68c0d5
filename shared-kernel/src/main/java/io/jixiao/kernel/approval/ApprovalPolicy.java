package io.jixiao.kernel.approval;

import io.jixiao.kernel.evaluation.EvaluationState;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.UnitKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The approval rules of a form, in one place: which levels it passes and in which units, who hands it in, who
 * approves or returns it at each level, that nobody approves what they submitted or amended, and who reopens it.
 * The command side refuses by them ({@code CommandPolicy}); the query side names by them who must act next.
 * Pure: the organization and the form's state are given.
 */
public final class ApprovalPolicy {
    private ApprovalPolicy() {
    }

    /**
     * The review chain of a form: the implementing unit's own review where someone holds that role, then the
     * competent department (not when the implementing unit is the department itself, and not when the department
     * is a finance bureau, whose own review is the last level), then the finance bureau at or above the department.
     */
    public static List<ReviewStep> reviewChain(Organization organization, String implementingUnitId,
                                               String competentDepartmentId) {
        List<ReviewStep> chain = new ArrayList<>();
        boolean implementingIsDepartment = implementingUnitId.equals(competentDepartmentId);
        if (!implementingIsDepartment && !organization.holders(implementingUnitId, Role.UNIT_REVIEWER).isEmpty()) {
            chain.add(new ReviewStep(ReviewLevel.UNIT, implementingUnitId));
        }
        boolean departmentIsBureau = organization.unit(competentDepartmentId)
                .map(unit -> unit.kind() == UnitKind.FINANCE_BUREAU).orElse(false);
        if (!departmentIsBureau) {
            chain.add(new ReviewStep(ReviewLevel.DEPARTMENT, competentDepartmentId));
        }
        organization.financeBureauOf(competentDepartmentId)
                .ifPresent(bureau -> chain.add(new ReviewStep(ReviewLevel.FINANCE, bureau.id())));
        return List.copyOf(chain);
    }

    /** The role a person needs to act at a review level. */
    public static Role roleAt(ReviewLevel level) {
        return switch (level) {
            case UNIT -> Role.UNIT_REVIEWER;
            case DEPARTMENT -> Role.DEPARTMENT_APPROVER;
            case FINANCE -> Role.FINANCE_REVIEWER;
        };
    }

    /** Drafting, amending, submitting and withdrawing a form: a filler (填报人) of its implementing unit. */
    public static boolean isFillerOf(Actor actor, String implementingUnitId) {
        return actor.has(Role.FILLER) && Objects.equals(actor.unitId(), implementingUnitId);
    }

    /** Approving or returning at a step: the role of that level, in the unit of that step. */
    public static boolean reviewsAt(Actor actor, ReviewStep step) {
        return step != null && actor.has(roleAt(step.level())) && Objects.equals(actor.unitId(), step.unitId());
    }

    /** Whether the person reviews the form at some level of its chain (now or later). */
    public static boolean reviewsAnyLevelOf(Actor actor, List<ReviewStep> chain) {
        return chain.stream().anyMatch(step -> reviewsAt(actor, step));
    }

    /** Nobody approves a form they submitted or amended themselves. */
    public static boolean submittedOrAmended(Actor actor, EvaluationState state) {
        return state.changedBy().contains(actor.userId());
    }

    /** Approving now: the form waits at a level the person reviews, and they neither submitted nor amended it. */
    public static boolean mayApprove(Actor actor, EvaluationState state) {
        return state.currentStep().filter(step -> reviewsAt(actor, step)).isPresent()
                && !submittedOrAmended(actor, state);
    }

    /** Reopening an approved form: the reviewer of its last level; nobody for a form never submitted. */
    public static boolean mayReopen(Actor actor, List<ReviewStep> chain) {
        return !chain.isEmpty() && reviewsAt(actor, chain.get(chain.size() - 1));
    }

    /**
     * Whom the form waits for: its fillers while it is with its unit; while it waits at a level, those who may
     * approve it there (so not whoever submitted or amended it); nobody once it is approved.
     */
    public static Awaited awaited(EvaluationState state) {
        if (state.status().editable()) {
            return Awaited.fillersOf(state.implementingUnitId());
        }
        return state.currentStep().map(step -> Awaited.reviewersAt(step, state.changedBy())).orElse(Awaited.NOBODY);
    }

    /** The active people who must act on the form next, in the organization's order. */
    public static List<String> nextActors(EvaluationState state, Organization organization) {
        return awaited(state).among(organization);
    }
}
