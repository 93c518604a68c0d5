package io.jixiao.kernel.organization;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one rule for what the organization is after its events: the aggregate decides with it, every instance's
 * directory reads with it, and the organization's history shows before and after with it.
 */
public final class OrganizationFold {
    private OrganizationFold() {
    }

    public static Organization replay(List<? extends OrganizationEvent> events) {
        Builder builder = new Builder(Organization.empty());
        events.forEach(builder::apply);
        return builder.build();
    }

    public static Organization evolve(Organization organization, OrganizationEvent event) {
        return new Builder(organization).apply(event).build();
    }

    /**
     * The fold for long streams: applying an event copies nothing, and {@link #build} copies once, so replaying
     * a province's tens of thousands of organization events stays linear.
     */
    public static final class Builder {
        private final Map<String, Unit> units = new LinkedHashMap<>();
        private final Map<String, Person> people = new LinkedHashMap<>();

        private Organization built;

        public Builder() {
            this(Organization.empty());
        }

        public Builder(Organization start) {
            start.units().forEach(u -> units.put(u.id(), u));
            start.people().forEach(p -> people.put(p.id(), p));
        }

        public Builder apply(OrganizationEvent event) {
            built = null;
            if (event instanceof UnitRegisteredEvent e) {
                units.put(e.unitId(), new Unit(e.unitId(), e.name(), e.kind(), e.parentId()));
            } else if (event instanceof UnitRenamedEvent e) {
                units.computeIfPresent(e.unitId(), (id, u) -> new Unit(id, e.name(), u.kind(), u.parentId()));
            } else if (event instanceof UnitMovedEvent e) {
                units.computeIfPresent(e.unitId(), (id, u) -> new Unit(id, u.name(), u.kind(), e.parentId()));
            } else if (event instanceof PersonAddedEvent e) {
                people.put(e.personId(), new Person(e.personId(), e.name(), e.unitId(),
                        e.roles() == null ? Set.of() : e.roles(), true,
                        e.mustChangePassword() && e.passwordHash() != null));
            } else if (event instanceof RoleGrantedEvent e) {
                people.computeIfPresent(e.personId(), (id, p) -> withRoles(p, plus(p.roles(), e.role())));
            } else if (event instanceof RoleRevokedEvent e) {
                people.computeIfPresent(e.personId(), (id, p) -> withRoles(p, minus(p.roles(), e.role())));
            } else if (event instanceof PersonDeactivatedEvent e) {
                people.computeIfPresent(e.personId(), (id, p) -> withActive(p, false));
            } else if (event instanceof PersonReactivatedEvent e) {
                people.computeIfPresent(e.personId(), (id, p) -> withActive(p, true));
            } else if (event instanceof PasswordResetEvent e) {
                people.computeIfPresent(e.personId(), (id, p) -> withMustChangePassword(p, e.mustChangePassword()));
            } else if (event instanceof PasswordChangedEvent e) {
                people.computeIfPresent(e.personId(), (id, p) -> withMustChangePassword(p, false));
            }
            // the password hashes themselves are credentials, kept by the command side's directory, not here
            return this;
        }

        /** The organization after the events applied so far (the same value until the next event). */
        public Organization build() {
            if (built == null) {
                built = Organization.of(units.values(), people.values());
            }
            return built;
        }

        private static Person withRoles(Person person, Set<Role> roles) {
            return new Person(person.id(), person.name(), person.unitId(), roles, person.active(),
                    person.mustChangePassword());
        }

        private static Person withActive(Person person, boolean active) {
            return new Person(person.id(), person.name(), person.unitId(), person.roles(), active,
                    person.mustChangePassword());
        }

        private static Person withMustChangePassword(Person person, boolean mustChange) {
            return new Person(person.id(), person.name(), person.unitId(), person.roles(), person.active(),
                    mustChange);
        }

        private static Set<Role> plus(Set<Role> roles, Role role) {
            Set<Role> changed = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
            changed.add(role);
            return changed;
        }

        private static Set<Role> minus(Set<Role> roles, Role role) {
            Set<Role> changed = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
            changed.remove(role);
            return changed;
        }
    }
}
