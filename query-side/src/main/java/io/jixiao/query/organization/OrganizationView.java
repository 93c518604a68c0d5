package io.jixiao.query.organization;

import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.Unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** A unit and everything below it: units in tree order with their depth, and their people with their roles. */
public record OrganizationView(String unitId, List<UnitLine> units, List<PersonLine> people) {

    public record UnitLine(String id, String name, String kind, String kindZh, String parentId, int depth) {
    }

    public record PersonLine(String id, String name, String unitId, List<RoleLine> roles, boolean active) {
    }

    public record RoleLine(String role, String labelZh) {
    }

    static OrganizationView of(Organization organization, String unitId) {
        List<UnitLine> units = new ArrayList<>();
        organization.unit(unitId).ifPresent(top -> addWithChildren(organization, top, 0, units));
        Set<String> within = organization.subtree(unitId);
        List<PersonLine> people = organization.people().stream()
                .filter(p -> within.contains(p.unitId()))
                .sorted(Comparator.comparing(Person::unitId).thenComparing(Person::id))
                .map(OrganizationView::line)
                .toList();
        return new OrganizationView(unitId, units, people);
    }

    private static void addWithChildren(Organization organization, Unit unit, int depth, List<UnitLine> lines) {
        lines.add(new UnitLine(unit.id(), unit.name(), unit.kind().name(), unit.kind().labelZh(), unit.parentId(),
                depth));
        organization.units().stream()
                .filter(child -> unit.id().equals(child.parentId()))
                .sorted(Comparator.comparing(Unit::id))
                .forEach(child -> addWithChildren(organization, child, depth + 1, lines));
    }

    static PersonLine line(Person person) {
        return new PersonLine(person.id(), person.name(), person.unitId(),
                person.roles().stream().sorted().map(OrganizationView::role).toList(), person.active());
    }

    static RoleLine role(Role role) {
        return new RoleLine(role.name(), role.labelZh());
    }
}
