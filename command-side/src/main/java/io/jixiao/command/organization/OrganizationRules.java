package io.jixiao.command.organization;

import io.jixiao.command.access.CommandPolicy;
import io.jixiao.kernel.evaluation.ForbiddenCharacter;
import io.jixiao.kernel.evaluation.InputRules;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.kernel.organization.UnitKind;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** What makes an organization change well formed, apart from who may make it ({@link CommandPolicy}). */
final class OrganizationRules {
    /** Unit ids appear in URLs and exports: letters, digits, dash and underscore. */
    private static final Pattern UNIT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    /** Person ids are sign-in names; an external provider's may be an e-mail address. */
    private static final Pattern PERSON_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    private static final int NAME_LENGTH = 100;
    private static final int REASON_LENGTH = 1000;

    private OrganizationRules() {
    }

    static void requireNewUnitId(Organization organization, String unitId) {
        if (unitId == null || !UNIT_ID.matcher(unitId).matches()) {
            throw OrganizationRefusals.invalid("unitId",
                    "unitId must be 1 to 40 letters, digits, '-' or '_', starting with a letter or digit.",
                    "单位编码应为 1 至 40 位字母、数字、“-”或“_”，并以字母或数字开头。");
        }
        if (organization.unit(unitId).isPresent()) {
            throw OrganizationRefusals.conflict("UNIT_EXISTS", "A unit " + unitId + " already exists.",
                    "单位编码 " + unitId + " 已存在。", Map.of("unitId", unitId));
        }
    }

    static void requireNewPersonId(Organization organization, String personId) {
        if (personId == null || !PERSON_ID.matcher(personId).matches()
                || CommandPolicy.SYSTEM_USER_ID.equalsIgnoreCase(personId)) {
            throw OrganizationRefusals.invalid("personId",
                    "personId (the sign-in name) must be 1 to 100 letters, digits, '.', '_', '@' or '-', and not "
                            + "'system'.",
                    "登录名应为 1 至 100 位字母、数字、“.”、“_”、“@”或“-”，且不能为 system。");
        }
        if (organization.person(personId).isPresent()) {
            throw OrganizationRefusals.conflict("PERSON_EXISTS", "A person " + personId + " already exists.",
                    "登录名 " + personId + " 已被使用。", Map.of("personId", personId));
        }
    }

    static Unit requireUnit(Organization organization, String unitId) {
        return organization.unit(unitId).orElseThrow(() -> OrganizationRefusals.unitNotFound(unitId));
    }

    static Person requirePerson(Organization organization, String personId) {
        return organization.person(personId).orElseThrow(() -> OrganizationRefusals.personNotFound(personId));
    }

    static void requireKind(Organization organization, UnitKind kind, String parentId) {
        if (kind == null) {
            throw OrganizationRefusals.invalid("kind",
                    "kind is required: FINANCE_BUREAU, COMPETENT_DEPARTMENT or IMPLEMENTING_UNIT.",
                    "请指定单位类型：财政局、主管部门或实施单位。");
        }
        if (parentId == null) {
            if (kind != UnitKind.FINANCE_BUREAU) {
                throw OrganizationRefusals.invalid("parentId", "Only a finance bureau can stand at the top.",
                        "只有财政局可以作为最上级单位。");
            }
            return;
        }
        UnitKind parentKind = requireUnit(organization, parentId).kind();
        if (!kind.mayBeUnder(parentKind)) {
            throw OrganizationRefusals.invalid("parentId", "A " + kind + " cannot sit under a " + parentKind + ".",
                    kind.labelZh() + "不能隶属于" + parentKind.labelZh() + "。");
        }
    }

    static void requireNoCycle(Organization organization, String unitId, String newParentId) {
        if (organization.isWithin(newParentId, unitId)) {
            throw OrganizationRefusals.invalid("parentId",
                    "A unit cannot move under itself or a unit below it.", "单位不能移到自身或其下级单位之下。");
        }
    }

    /** Two units under one parent with one name would be told apart by nobody reading a dashboard. */
    static String unitName(Organization organization, String name, String parentId, String unitId) {
        String clean = text("name", name, NAME_LENGTH);
        if (clean == null) {
            throw OrganizationRefusals.invalid("name", "name is required.", "请填写单位名称。");
        }
        organization.units().stream()
                .filter(u -> Objects.equals(u.parentId(), parentId) && !u.id().equals(unitId)
                        && u.name().equals(clean))
                .findAny().ifPresent(twin -> {
                    throw OrganizationRefusals.conflict("UNIT_NAME_TAKEN",
                            "Unit " + twin.id() + " under the same parent already has this name.",
                            "同一上级单位下已有同名单位（" + twin.id() + "）。", Map.of("unitId", twin.id()));
                });
        return clean;
    }

    static String personName(String name) {
        String clean = text("name", name, NAME_LENGTH);
        if (clean == null) {
            throw OrganizationRefusals.invalid("name", "name is required.", "请填写姓名。");
        }
        return clean;
    }

    static void requireRole(Role role) {
        if (role == null) {
            throw OrganizationRefusals.invalid("role", "role is required.", "请指定角色。");
        }
    }

    static void requireRoleFits(Role role, Unit unit) {
        if (!role.allowedIn(unit.kind())) {
            throw OrganizationRefusals.invalid("role",
                    "The role " + role + " does not exist in a " + unit.kind() + " (" + unit.id() + ").",
                    unit.kind().labelZh() + "（" + unit.name() + "）不设" + role.labelZh() + "角色。");
        }
    }

    /** Hashes are made by the HTTP layer; here only their form is checked, so no plain password is ever stored. */
    static String passwordHash(String hash, boolean required) {
        if (hash == null) {
            if (required) {
                throw OrganizationRefusals.invalid("password", "A new password is required.", "请填写新密码。");
            }
            return null;
        }
        if (!hash.startsWith("{bcrypt}") || hash.length() > 100) {
            throw OrganizationRefusals.invalid("password", "The password must arrive as a bcrypt hash.",
                    "密码须以 bcrypt 散列形式保存。");
        }
        return hash;
    }

    static String reason(String reason) {
        return text("reason", reason, REASON_LENGTH);
    }

    private static String text(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw OrganizationRefusals.invalid(field, field + " is longer than " + maxLength + " characters.",
                    field + " 超过 " + maxLength + " 个字符。");
        }
        // the kernel's one text rule; names and reasons of the organization are single lines
        Optional<ForbiddenCharacter> forbidden = InputRules.forbiddenCharacter(trimmed, false);
        if (forbidden.isPresent()) {
            throw OrganizationRefusals.invalid(field, field + forbidden.get().message(),
                    field + forbidden.get().messageZh(), Map.of("codePoint", forbidden.get().label()));
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}
