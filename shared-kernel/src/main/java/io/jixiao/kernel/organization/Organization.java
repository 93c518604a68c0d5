package io.jixiao.kernel.organization;

import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.approval.ReviewStep;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The units and people of one installation as known at a moment: a pure value both sides read to decide
 * who may act and who sees what.
 */
public final class Organization {
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();

    public Organization(Collection<Unit> units, Collection<Person> people) {
        units.forEach(u -> this.units.put(u.id(), u));
        people.forEach(p -> this.people.put(p.id(), p));
    }

    public Optional<Unit> unit(String unitId) {
        return Optional.ofNullable(unitId).map(units::get);
    }

    public Optional<Person> person(String personId) {
        return Optional.ofNullable(personId).map(people::get);
    }

    public Collection<Unit> units() {
        return units.values();
    }

    public Collection<Person> people() {
        return people.values();
    }

    /** Whether {@code unitId} is {@code ancestorId} itself or lies below it. */
    public boolean isWithin(String unitId, String ancestorId) {
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
    public Set<String> subtree(String unitId) {
        Set<String> ids = new TreeSet<>();
        for (Unit unit : units.values()) {
            if (isWithin(unit.id(), unitId)) {
                ids.add(unit.id());
            }
        }
        return ids;
    }

    /** The nearest finance bureau at or above the unit. */
    public Optional<Unit> financeBureauOf(String unitId) {
        String current = unitId;
        int guard = 0;
        while (current != null && guard++ < 64) {
            Unit unit = units.get(current);
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
    public List<Person> holders(String unitId, Role role) {
        List<Person> found = new ArrayList<>();
        for (Person person : people.values()) {
            if (person.unitId().equals(unitId) && person.has(role)) {
                found.add(person);
            }
        }
        return found;
    }

    /**
     * The review chain of a form: the implementing unit's own review where someone holds that role, then the
     * competent department (skipped when it is the implementing unit and that level was already passed by
     * nobody else), then the finance bureau above the department.
     */
    public List<ReviewStep> reviewChain(String implementingUnitId, String competentDepartmentId) {
        List<ReviewStep> chain = new ArrayList<>();
        boolean implementingIsDepartment = implementingUnitId.equals(competentDepartmentId);
        if (!implementingIsDepartment && !holders(implementingUnitId, Role.UNIT_REVIEWER).isEmpty()) {
            chain.add(new ReviewStep(ReviewLevel.UNIT, implementingUnitId));
        }
        chain.add(new ReviewStep(ReviewLevel.DEPARTMENT, competentDepartmentId));
        financeBureauOf(competentDepartmentId)
                .ifPresent(bureau -> chain.add(new ReviewStep(ReviewLevel.FINANCE, bureau.id())));
        return List.copyOf(chain);
    }

    /** The role a person needs to act at a review level. */
    public static Role roleFor(ReviewLevel level) {
        return switch (level) {
            case UNIT -> Role.UNIT_REVIEWER;
            case DEPARTMENT -> Role.DEPARTMENT_APPROVER;
            case FINANCE -> Role.FINANCE_REVIEWER;
        };
    }
}
