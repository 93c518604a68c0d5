package io.jixiao.kernel.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The units and people of one installation as known at a moment: what both sides read to decide who may act
 * and who sees what. {@link #of} makes a fixed value; the running system hands out a view of the latest one.
 */
public interface Organization {

    static Organization of(Collection<Unit> units, Collection<Person> people) {
        return new OrganizationSnapshot(units, people);
    }

    static Organization empty() {
        return of(List.of(), List.of());
    }

    Optional<Unit> unit(String unitId);

    Optional<Person> person(String personId);

    Collection<Unit> units();

    Collection<Person> people();

    /** Whether {@code unitId} is {@code ancestorId} itself or lies below it. */
    default boolean isWithin(String unitId, String ancestorId) {
        String current = unitId;
        int guard = 0;
        while (current != null && guard++ < 64) {
            if (current.equals(ancestorId)) {
                return true;
            }
            current = unit(current).map(Unit::parentId).orElse(null);
        }
        return false;
    }

    /** The unit and every unit below it. */
    default Set<String> subtree(String unitId) {
        Set<String> ids = new TreeSet<>();
        for (Unit unit : units()) {
            if (isWithin(unit.id(), unitId)) {
                ids.add(unit.id());
            }
        }
        return ids;
    }

    /** The nearest finance bureau at or above the unit. */
    default Optional<Unit> financeBureauOf(String unitId) {
        String current = unitId;
        int guard = 0;
        while (current != null && guard++ < 64) {
            Unit unit = unit(current).orElse(null);
            if (unit == null) {
                return Optional.empty();
            }
            if (unit.kind() == UnitKind.FINANCE_BUREAU) {
                return Optional.of(unit);
            }
            current = unit.parentId();
        }
        return Optional.empty();
    }

    /** Active people of a unit holding a role, in a stable order. */
    default List<Person> holders(String unitId, Role role) {
        List<Person> found = new ArrayList<>();
        for (Person person : people()) {
            if (person.unitId().equals(unitId) && person.has(role)) {
                found.add(person);
            }
        }
        return found;
    }
}
