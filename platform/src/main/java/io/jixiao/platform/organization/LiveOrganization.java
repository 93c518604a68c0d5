package io.jixiao.platform.organization;

import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.Unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The organization as it is now, for code that holds an {@link Organization} for its whole life (controllers,
 * projections). Each question is answered wholly by the latest value, never half by an older one.
 */
final class LiveOrganization implements Organization {
    private final OrganizationDirectory directory;

    LiveOrganization(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<Unit> unit(String unitId) {
        return directory.current().unit(unitId);
    }

    @Override
    public Optional<Person> person(String personId) {
        return directory.current().person(personId);
    }

    @Override
    public Collection<Unit> units() {
        return directory.current().units();
    }

    @Override
    public Collection<Person> people() {
        return directory.current().people();
    }

    @Override
    public boolean isWithin(String unitId, String ancestorId) {
        return directory.current().isWithin(unitId, ancestorId);
    }

    @Override
    public Set<String> subtree(String unitId) {
        return directory.current().subtree(unitId);
    }

    @Override
    public Optional<Unit> financeBureauOf(String unitId) {
        return directory.current().financeBureauOf(unitId);
    }

    @Override
    public List<Person> holders(String unitId, Role role) {
        return directory.current().holders(unitId, role);
    }
}
