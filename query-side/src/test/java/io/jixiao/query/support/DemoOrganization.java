package io.jixiao.query.support;

import io.jixiao.platform.organization.OrganizationFile;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.Unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The demo organization of the embedded default (README "Demo users"). */
public final class DemoOrganization {
    /** The file the embedded default ships, read as the command side reads it: one source of the demo people. */
    private static final Organization FROM_FILE = readDemoFile();
    public static final List<Unit> UNITS = List.copyOf(FROM_FILE.units());
    public static final List<Person> PEOPLE = List.copyOf(FROM_FILE.people());

    private DemoOrganization() {
    }

    private static Organization readDemoFile() {
        try (InputStream in = OrganizationFile.class.getResourceAsStream("demo-organization.yml")) {
            return OrganizationFile.read(in).current();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Organization organization() {
        return Organization.of(UNITS, PEOPLE);
    }

    /** The demo organization with more people. */
    public static Organization with(Person... more) {
        List<Person> people = new ArrayList<>(PEOPLE);
        people.addAll(List.of(more));
        return Organization.of(UNITS, people);
    }

    public static Person person(String id, String unitId, Role... roles) {
        return new Person(id, id, unitId, Set.of(roles), true);
    }

    /** The actor a demo person is when they act. */
    public static Actor actor(String personId) {
        Person person = PEOPLE.stream().filter(p -> p.id().equals(personId)).findFirst().orElseThrow();
        return new Actor(person.id(), person.name(), person.unitId(), person.roles());
    }
}
