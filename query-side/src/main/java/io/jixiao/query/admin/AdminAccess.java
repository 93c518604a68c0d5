package io.jixiao.query.admin;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.organization.Role;
import io.jixiao.query.access.Caller;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may look after the read models: administrators and finance reviewers, the people who answer for the
 * figures a region publishes. A rebuild empties a read model for a while, so it is not for everyone.
 */
final class AdminAccess {
    static final Set<Role> ALLOWED = EnumSet.of(Role.ADMINISTRATOR, Role.FINANCE_REVIEWER);

    private AdminAccess() {
    }

    static Caller require(Caller caller) {
        if (caller.roles().stream().noneMatch(ALLOWED::contains)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "ADMIN_ROLE_REQUIRED",
                    "Event processors are managed by administrators and finance reviewers; you hold "
                            + caller.roles().stream().map(Enum::name).sorted().toList(),
                    "事件处理器仅限管理员或财政复核人管理，您的角色为 "
                            + caller.roles().stream().map(Enum::name).sorted().toList(),
                    Map.of("requiredRoles", ALLOWED.stream().map(Enum::name).toList(),
                            "callerRoles", caller.roles().stream().map(Enum::name).sorted().toList()));
        }
        return caller;
    }
}
