package io.jixiao.command.organization;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.kernel.organization.UnitKind;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The organization as written in a YAML file: units with parents, people with roles and password hashes. */
public final class OrganizationFile implements OrganizationDirectory {
    private final Organization organization;
    private final Map<String, String> passwordHashes;

    private OrganizationFile(Organization organization, Map<String, String> passwordHashes) {
        this.organization = organization;
        this.passwordHashes = Map.copyOf(passwordHashes);
    }

    public static OrganizationFile read(InputStream yaml) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Content content = mapper.readValue(yaml, Content.class);
        Map<String, String> hashes = new HashMap<>();
        List<Person> people = content.people().stream().map(p -> {
            if (p.passwordHash() != null) {
                hashes.put(p.id(), p.passwordHash());
            }
            return new Person(p.id(), p.name(), p.unitId(), p.roles() == null ? Set.of() : p.roles(),
                    p.active() == null || p.active());
        }).toList();
        List<Unit> units = content.units().stream()
                .map(u -> new Unit(u.id(), u.name(), u.kind(), u.parentId())).toList();
        validate(units, people);
        return new OrganizationFile(new Organization(units, people), hashes);
    }

    private static void validate(List<Unit> units, List<Person> people) {
        Set<String> unitIds = new java.util.HashSet<>();
        units.forEach(u -> {
            if (!unitIds.add(u.id())) {
                throw new IllegalStateException("Unit " + u.id() + " is listed twice in the organization file");
            }
        });
        units.stream().filter(u -> u.parentId() != null && !unitIds.contains(u.parentId())).findAny()
                .ifPresent(u -> {
                    throw new IllegalStateException("Unit " + u.id() + " has unknown parent " + u.parentId());
                });
        people.stream().filter(p -> !unitIds.contains(p.unitId())).findAny().ifPresent(p -> {
            throw new IllegalStateException("Person " + p.id() + " belongs to unknown unit " + p.unitId());
        });
    }

    @Override
    public Organization current() {
        return organization;
    }

    @Override
    public Optional<String> passwordHash(String personId) {
        return Optional.ofNullable(passwordHashes.get(personId));
    }

    record Content(List<UnitEntry> units, List<PersonEntry> people) {
    }

    record UnitEntry(String id, String name, UnitKind kind, String parentId) {
    }

    record PersonEntry(String id, String name, String unitId, Set<Role> roles, String passwordHash, Boolean active) {
    }
}
