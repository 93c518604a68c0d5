package io.jixiao.platform.security;

import io.jixiao.kernel.organization.Role;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who sees how the installation runs: the read models' positions and rebuilds ({@code /api/admin/processors}) and
 * the same figures, metrics and build information under {@code /actuator} (all but the health probe). One rule for
 * both, so no filler reads under one address what the other refuses them.
 */
public final class OperationsRoles {
    /** A rebuild empties a read model for a while: for those who answer for the figures a region publishes. */
    public static final Set<Role> ROLES = Collections.unmodifiableSet(EnumSet.of(Role.ADMINISTRATOR,
            Role.FINANCE_REVIEWER));

    private OperationsRoles() {
    }

    /** The roles as Spring Security's role names ({@code hasAnyRole}). */
    static String[] roleNames() {
        return ROLES.stream().map(Enum::name).toArray(String[]::new);
    }
}
