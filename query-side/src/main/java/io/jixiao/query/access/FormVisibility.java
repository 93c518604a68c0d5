package io.jixiao.query.access;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.organization.Organization;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Who sees which form: a caller sees a form whose implementing unit or competent department is the caller's unit
 * or lies below it. So a unit sees its own forms, a department those of the units it supervises, and a finance
 * bureau (its reviewers and auditors) everything in its region.
 */
@Component
public class FormVisibility {
    private final Organization organization;

    public FormVisibility(Organization organization) {
        this.organization = organization;
    }

    public boolean canSee(Caller caller, String implementingUnitId, String competentDepartmentId) {
        String unitId = caller.unitId();
        if (unitId == null) {
            return false;
        }
        return (implementingUnitId != null && organization.isWithin(implementingUnitId, unitId))
                || (competentDepartmentId != null && organization.isWithin(competentDepartmentId, unitId));
    }

    public void requireVisible(Caller caller, String evaluationId, String implementingUnitId,
                               String competentDepartmentId) {
        if (!canSee(caller, implementingUnitId, competentDepartmentId)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN_FORM",
                    "Form " + evaluationId + " belongs to neither your unit " + caller.unitId()
                            + " nor a unit below it",
                    "自评表 " + evaluationId + " 不属于您的单位(" + caller.unitId()
                            + ")或其下级单位,无权查看",
                    Map.of("evaluationId", evaluationId, "callerUnitId", String.valueOf(caller.unitId()),
                            "implementingUnitId", String.valueOf(implementingUnitId),
                            "competentDepartmentId", String.valueOf(competentDepartmentId)));
        }
    }
}
