package io.jixiao.kernel.evaluation;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.organization.Organization;

import java.util.Map;

/**
 * Who may know that a form exists, for both sides: a person whose unit is the form's implementing unit or its
 * competent department, or lies above either. Form ids follow from unit and project names, so anyone can compute
 * another unit's ids: to everyone else a form they may not see answers exactly as a form that does not exist
 * ({@link #notFound}), on every route, reads and commands alike. A person who may see the form but not perform
 * an action on it is told why (403).
 */
public final class FormVisibility {
    private FormVisibility() {
    }

    public static boolean sees(Organization organization, String callerUnitId, String implementingUnitId,
                               String competentDepartmentId) {
        return callerUnitId != null && (within(organization, implementingUnitId, callerUnitId)
                || within(organization, competentDepartmentId, callerUnitId));
    }

    /** The one answer for a form that does not exist and for a form the caller may not see. */
    public static Refusal notFound(String evaluationId) {
        return new Refusal(Refusal.Kind.NOT_FOUND, "EVALUATION_NOT_FOUND", "No form " + evaluationId,
                "自评表 " + evaluationId + " 不存在", Map.of("evaluationId", String.valueOf(evaluationId)));
    }

    private static boolean within(Organization organization, String unitId, String ancestorId) {
        return unitId != null && organization.isWithin(unitId, ancestorId);
    }
}
