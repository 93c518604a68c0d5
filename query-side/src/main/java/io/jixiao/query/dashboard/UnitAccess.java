package io.jixiao.query.dashboard;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.query.access.Caller;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Who may look at a unit's figures (dashboards, comparisons): a caller may ask for their own unit or any unit
 * below it, so a finance bureau sees its whole region and an implementing unit only itself.
 */
@Component
public class UnitAccess {
    private final Organization organization;

    public UnitAccess(Organization organization) {
        this.organization = organization;
    }

    /** @throws Refusal 404 for an unknown unit, 403 for a unit outside the caller's subtree */
    public void requireVisible(Caller caller, String unitId) {
        if (organization.unit(unitId).isEmpty()) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "UNIT_NOT_FOUND", "No unit " + unitId,
                    "单位 " + unitId + " 不存在", Map.of("unitId", String.valueOf(unitId)));
        }
        if (caller.unitId() == null || !organization.isWithin(unitId, caller.unitId())) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN_UNIT",
                    "Unit " + unitId + " is neither your unit " + caller.unitId() + " nor a unit below it",
                    "单位 " + unitId + " 既不是您的单位(" + caller.unitId() + "),也不是其下级单位,无权查看",
                    Map.of("unitId", unitId, "callerUnitId", String.valueOf(caller.unitId())));
        }
    }
}
