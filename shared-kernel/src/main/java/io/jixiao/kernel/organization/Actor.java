package io.jixiao.kernel.organization;

import java.util.Set;

/**
 * Who issued a command, as it is recorded on every event: the person, their unit, and the roles they held
 * at that moment (so the record shows with which power a change was made).
 */
public record Actor(String userId, String name, String unitId, Set<Role> roles) {
    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The person acting now, with the unit and roles the organization gives them at this moment. */
    public static Actor of(Person person) {
        return new Actor(person.id(), person.name(), person.unitId(), person.roles());
    }

    /** The actor used for changes the system makes on its own behalf (demo data, migrations). */
    public static Actor system(String what) {
        return new Actor("system", what, null, Set.of());
    }
}
