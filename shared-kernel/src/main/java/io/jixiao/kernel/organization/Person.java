package io.jixiao.kernel.organization;

import java.util.Set;

public record Person(String id, String name, String unitId, Set<Role> roles, boolean active) {
    public Person {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return active && roles.contains(role);
    }
}
