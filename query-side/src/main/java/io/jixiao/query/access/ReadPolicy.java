package io.jixiao.query.access;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.evaluation.FormVisibility;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Role;
import io.jixiao.platform.security.OperationsRoles;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where the query side decides who sees what. Every controller of the query side asks it before
 * it answers, and nothing else on the query side decides it.
 * <p>
 * The rule for reading is the same for every role: a caller sees their own unit and every unit below it. A form
 * belongs to two units, its implementing unit and its competent department, and a caller sees it when either lies
 * at or below the caller's unit, so a department sees the forms it supervises wherever they were filled in. Beyond
 * that, looking after the read models is for administrators and finance reviewers of any unit, and the history of
 * the organization for auditors and administrators. Every role reads, and reading needs one: a person whose last
 * role was revoked (a secondment ended) reads nothing, though their account stays.
 */
@Component
public class ReadPolicy {
    /** The same roles that read {@code /actuator} ({@link OperationsRoles}). */
    static final Set<Role> PROCESSOR_ROLES = OperationsRoles.ROLES;
    static final Set<Role> ORGANIZATION_HISTORY_ROLES = EnumSet.of(Role.AUDITOR, Role.ADMINISTRATOR);

    private final Organization organization;

    public ReadPolicy(Organization organization) {
        this.organization = organization;
    }

    /** Whether the caller holds a role, and so reads at all. */
    public boolean reads(Caller caller) {
        return !caller.roles().isEmpty();
    }

    /** Whether the caller sees a form of these units: for lists and for each update of a live form. */
    public boolean canSeeForm(Caller caller, String implementingUnitId, String competentDepartmentId) {
        return reads(caller)
                && FormVisibility.sees(organization, caller.unitId(), implementingUnitId, competentDepartmentId);
    }

    /**
     * @throws Refusal 403 {@code NO_ROLE} unless {@link #reads}; 404 {@code EVALUATION_NOT_FOUND} unless
     *                 {@link #canSeeForm}: the same answer as for a form that does not exist, since form ids can be
     *                 computed from names ({@link FormVisibility})
     */
    public void requireForm(Caller caller, String evaluationId, String implementingUnitId,
                            String competentDepartmentId) {
        requireReader(caller);
        if (!canSeeForm(caller, implementingUnitId, competentDepartmentId)) {
            throw FormVisibility.notFound(evaluationId);
        }
    }

    /** Whether the unit is known and is the caller's unit or lies below it: for each update of a live dashboard. */
    public boolean canSeeUnit(Caller caller, String unitId) {
        return known(unitId) && isOwnOrBelow(caller, unitId);
    }

    /**
     * For a unit named in the path of a dashboard, a comparison or an organization query.
     *
     * @throws Refusal 403 {@code NO_ROLE} for a caller without a role, 404 {@code UNIT_NOT_FOUND} for an unknown
     *                 unit, 403 {@code FORBIDDEN_UNIT} for a unit outside the caller's subtree
     */
    public void requireUnit(Caller caller, String unitId) {
        requireReader(caller);
        if (!known(unitId)) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "UNIT_NOT_FOUND", "No unit " + unitId,
                    "单位 " + unitId + " 不存在", Map.of("unitId", String.valueOf(unitId)));
        }
        if (!isOwnOrBelow(caller, unitId)) {
            throw forbiddenUnit(caller, unitId);
        }
    }

    /**
     * The unit a list of forms is narrowed to: empty when the parameter is blank, and the list then holds the forms
     * {@link #canSeeForm} allows.
     *
     * @throws Refusal 403 {@code NO_ROLE} for a caller without a role, 403 {@code NO_UNIT} for a caller of no known
     *                 unit, 400 {@code INVALID_PARAMETER} naming {@code unitId} for an unknown unit, 403
     *                 {@code FORBIDDEN_UNIT} for a unit outside the caller's subtree
     */
    public Optional<String> listedUnit(Caller caller, String unitIdParameter) {
        String callerUnit = callerUnit(caller);
        if (unitIdParameter == null || unitIdParameter.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(searchedUnit(caller, callerUnit, unitIdParameter));
    }

    /**
     * The implementing units an audit search covers: the caller's subtree, or the part of it below the unit asked
     * for. Refusals as for {@link #listedUnit}.
     */
    public Set<String> auditedUnits(Caller caller, String unitIdParameter) {
        String callerUnit = callerUnit(caller);
        String unit = unitIdParameter == null || unitIdParameter.isBlank()
                ? callerUnit : searchedUnit(caller, callerUnit, unitIdParameter);
        return organization.subtree(unit);
    }

    /**
     * Seeing and rebuilding the read models, whatever the caller's unit.
     *
     * @throws Refusal 403 {@code ADMIN_ROLE_REQUIRED} unless the caller is an administrator or a finance reviewer
     */
    public void requireProcessorAdmin(Caller caller) {
        if (!holdsAny(caller, PROCESSOR_ROLES)) {
            throw missingRole(caller, PROCESSOR_ROLES, "ADMIN_ROLE_REQUIRED",
                    "Event processors are managed by administrators and finance reviewers",
                    "事件处理器仅限管理员或财政复核人管理");
        }
    }

    /**
     * Who changed the organization of a unit, when and why.
     *
     * @throws Refusal 403 {@code ORGANIZATION_HISTORY_ROLE_REQUIRED} unless the caller is an auditor or an
     *                 administrator, then the refusals of {@link #requireUnit}
     */
    public void requireOrganizationHistory(Caller caller, String unitId) {
        if (!holdsAny(caller, ORGANIZATION_HISTORY_ROLES)) {
            throw missingRole(caller, ORGANIZATION_HISTORY_ROLES, "ORGANIZATION_HISTORY_ROLE_REQUIRED",
                    "The history of the organization is read by auditors and administrators",
                    "组织机构变更记录仅限审计人员或管理员查看");
        }
        requireUnit(caller, unitId);
    }

    private boolean isOwnOrBelow(Caller caller, String unitId) {
        return reads(caller) && caller.unitId() != null && unitId != null
                && organization.isWithin(unitId, caller.unitId());
    }

    private boolean known(String unitId) {
        return unitId != null && organization.unit(unitId).isPresent();
    }

    /** @throws Refusal 403 {@code NO_ROLE} unless {@link #reads} */
    private void requireReader(Caller caller) {
        if (!reads(caller)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "NO_ROLE", "You hold no role, so you read nothing",
                    "您没有任何角色，无权查看", Map.of());
        }
    }

    private String callerUnit(Caller caller) {
        requireReader(caller);
        if (!known(caller.unitId())) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "NO_UNIT", "You belong to no known unit, so you see no forms",
                    "您不属于任何已知单位，无权查看自评表", Map.of());
        }
        return caller.unitId();
    }

    /** A unit given as a search parameter: an unknown one is a bad parameter, not a missing resource. */
    private String searchedUnit(Caller caller, String callerUnit, String unitIdParameter) {
        String unitId = unitIdParameter.trim();
        if (!known(unitId)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("field", "unitId");
            details.put("value", unitIdParameter);
            throw new Refusal(Refusal.Kind.INVALID_INPUT, "INVALID_PARAMETER",
                    "Parameter unitId '" + unitIdParameter + "' names no known unit",
                    "参数 unitId「" + unitIdParameter + "」不是已知的单位", details);
        }
        if (!organization.isWithin(unitId, callerUnit)) {
            throw forbiddenUnit(caller, unitId);
        }
        return unitId;
    }

    private static Refusal forbiddenUnit(Caller caller, String unitId) {
        return new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN_UNIT",
                "Unit " + unitId + " is neither your unit " + caller.unitId() + " nor a unit below it",
                "单位 " + unitId + " 既不是您的单位(" + caller.unitId() + "),也不是其下级单位,无权查看",
                Map.of("unitId", unitId, "callerUnitId", String.valueOf(caller.unitId())));
    }

    private static boolean holdsAny(Caller caller, Set<Role> roles) {
        return caller.roles().stream().anyMatch(roles::contains);
    }

    private static Refusal missingRole(Caller caller, Set<Role> required, String code, String message,
                                       String messageZh) {
        List<String> held = caller.roles().stream().map(Enum::name).sorted().toList();
        return new Refusal(Refusal.Kind.FORBIDDEN, code, message + "; you hold " + held,
                messageZh + "，您的角色为 " + held,
                Map.of("requiredRoles", required.stream().map(Enum::name).toList(), "callerRoles", held));
    }
}
