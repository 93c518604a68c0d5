package io.jixiao.query.support;

import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.platform.organization.OrganizationDirectory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * An organization a test changes as organization events would (a unit renamed or moved, a role granted or revoked),
 * and {@link #live()}, the view of its latest value that the running system hands to controllers and projections.
 */
public final class ChangingDirectory implements OrganizationDirectory {
    private final AtomicReference<Organization> current;

    public ChangingDirectory(Organization initial) {
        this.current = new AtomicReference<>(initial);
    }

    @Override
    public Organization current() {
        return current.get();
    }

    @Override
    public Optional<String> passwordHash(String personId) {
        return Optional.empty();
    }

    @Override
    public Optional<Instant> tokensNotBefore(String personId) {
        return Optional.empty();
    }

    public void rename(String unitId, String name) {
        changeUnit(unitId, unit -> new Unit(unit.id(), name, unit.kind(), unit.parentId()));
    }

    public void move(String unitId, String parentId) {
        changeUnit(unitId, unit -> new Unit(unit.id(), unit.name(), unit.kind(), parentId));
    }

    public void add(Unit unit) {
        List<Unit> units = new ArrayList<>(current().units());
        units.add(unit);
        current.set(Organization.of(units, current().people()));
    }

    public void add(Person person) {
        List<Person> people = new ArrayList<>(current().people());
        people.add(person);
        current.set(Organization.of(current().units(), people));
    }

    public void grant(String personId, Role role) {
        changeRoles(personId, roles -> roles.add(role));
    }

    public void revoke(String personId, Role role) {
        changeRoles(personId, roles -> roles.remove(role));
    }

    private void changeUnit(String unitId, UnaryOperator<Unit> change) {
        Organization before = current();
        current.set(Organization.of(before.units().stream()
                .map(unit -> unit.id().equals(unitId) ? change.apply(unit) : unit).toList(), before.people()));
    }

    private void changeRoles(String personId, Consumer<Set<Role>> change) {
        Organization before = current();
        current.set(Organization.of(before.units(), before.people().stream().map(person -> {
            if (!person.id().equals(personId)) {
                return person;
            }
            Set<Role> roles = new HashSet<>(person.roles());
            change.accept(roles);
            return new Person(person.id(), person.name(), person.unitId(), roles, person.active());
        }).toList()));
    }

    /** The organization as it is at each question, as the running system's live view answers. */
    public Organization live() {
        return new Organization() {
            @Override
            public Optional<Unit> unit(String unitId) {
                return current().unit(unitId);
            }

            @Override
            public Optional<Person> person(String personId) {
                return current().person(personId);
            }

            @Override
            public Collection<Unit> units() {
                return current().units();
            }

            @Override
            public Collection<Person> people() {
                return current().people();
            }
        };
    }
}
