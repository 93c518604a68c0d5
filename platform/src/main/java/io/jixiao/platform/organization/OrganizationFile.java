package io.jixiao.platform.organization;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.jixiao.kernel.evaluation.InputRules;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.AddPersonCommand;
import io.jixiao.kernel.organization.DeactivatePersonCommand;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.RegisterUnitCommand;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.kernel.organization.UnitKind;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organization as written in a YAML file: units with parents, people with roles and password hashes (and,
 * per person, whether the password must be changed at the first sign-in). Read once,
 * on an installation's first start ({@link OrganizationBootstrap}); also a fixed directory for tests.
 */
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
                    p.active() == null || p.active(), Boolean.TRUE.equals(p.mustChangePassword()));
        }).toList();
        List<Unit> units = content.units().stream()
                .map(u -> new Unit(u.id(), u.name(), u.kind(), u.parentId())).toList();
        validate(units, people);
        return new OrganizationFile(Organization.of(units, people), hashes);
    }

    private static void validate(List<Unit> units, List<Person> people) {
        Set<String> unitIds = new HashSet<>();
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
        units.forEach(u -> requireCleanName("Unit " + u.id(), u.name()));
        people.forEach(p -> requireCleanName("Person " + p.id(), p.name()));
    }

    /** The kernel's one text rule, before anything is stored: the start stops naming the entry and the character. */
    private static void requireCleanName(String entry, String name) {
        InputRules.forbiddenCharacter(name, false).ifPresent(found -> {
            throw new IllegalStateException("In the organization file, " + entry + ": name" + found.message()
                    + " / 组织架构文件中 " + entry + " 的 name" + found.messageZh());
        });
    }

    /**
     * The commands that build this organization from nothing, parents before children, as {@code actor} (the
     * installation itself on first start) with {@code reason}.
     */
    public List<Object> commands(Actor actor, String reason) {
        List<Object> commands = new ArrayList<>();
        Set<String> registered = new HashSet<>();
        List<Unit> pending = new ArrayList<>(organization.units());
        while (!pending.isEmpty()) {
            Unit next = pending.stream()
                    .filter(u -> u.parentId() == null || registered.contains(u.parentId())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The organization file's units form a cycle"));
            commands.add(new RegisterUnitCommand(next.id(), next.name(), next.kind(), next.parentId(), actor, reason));
            registered.add(next.id());
            pending.remove(next);
        }
        for (Person person : organization.people()) {
            commands.add(new AddPersonCommand(person.id(), person.name(), person.unitId(), person.roles(),
                    passwordHashes.get(person.id()), person.mustChangePassword(), actor, reason));
            if (!person.active()) {
                commands.add(new DeactivatePersonCommand(person.id(), actor, reason));
            }
        }
        return commands;
    }

    @Override
    public Organization current() {
        return organization;
    }

    @Override
    public Optional<String> passwordHash(String personId) {
        return Optional.ofNullable(passwordHashes.get(personId));
    }

    /** A file is a starting point without a past: no token of its people was issued before anything in it. */
    @Override
    public Optional<Instant> tokensNotBefore(String personId) {
        return Optional.empty();
    }

    record Content(List<UnitEntry> units, List<PersonEntry> people) {
    }

    record UnitEntry(String id, String name, UnitKind kind, String parentId) {
    }

    /** {@code mustChangePassword: true}: the person must choose their own password at the first sign-in. */
    record PersonEntry(String id, String name, String unitId, Set<Role> roles, String passwordHash, Boolean active,
                       Boolean mustChangePassword) {
    }
}
