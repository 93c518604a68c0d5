package io.jixiao.kernel.organization;

import java.util.Set;

/**
 * A person of the organization. {@code mustChangePassword}: their password was set by someone else (an
 * administrator, or the installation for its first administrator), so until they choose their own, their sign-in
 * may only be used to change it.
 */
public record Person(String id, String name, String unitId, Set<Role> roles, boolean active,
                     boolean mustChangePassword) {
    public Person {
        roles = Set.copyOf(roles);
    }

    public Person(String id, String name, String unitId, Set<Role> roles, boolean active) {
        this(id, name, unitId, roles, active, false);
    }

    public boolean has(Role role) {
        return active && roles.contains(role);
    }
}
