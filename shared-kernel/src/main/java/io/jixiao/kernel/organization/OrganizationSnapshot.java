package io.jixiao.kernel.organization;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An organization fixed at one moment: units and people in the order they were first known. */
final class OrganizationSnapshot implements Organization {
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();

    OrganizationSnapshot(Collection<Unit> units, Collection<Person> people) {
        units.forEach(u -> this.units.put(u.id(), u));
        people.forEach(p -> this.people.put(p.id(), p));
    }

    @Override
    public Optional<Unit> unit(String unitId) {
        return Optional.ofNullable(unitId).map(units::get);
    }

    @Override
    public Optional<Person> person(String personId) {
        return Optional.ofNullable(personId).map(people::get);
    }

    @Override
    public Collection<Unit> units() {
        return Collections.unmodifiableCollection(units.values());
    }

    @Override
    public Collection<Person> people() {
        return Collections.unmodifiableCollection(people.values());
    }
}
