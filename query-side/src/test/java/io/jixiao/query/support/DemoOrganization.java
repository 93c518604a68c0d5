package io.jixiao.query.support;

import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.kernel.organization.UnitKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The demo organization of API.md ("Demo organization of the embedded default"). */
public final class DemoOrganization {
    public static final List<Unit> UNITS = List.of(
            new Unit("SJ-FIN", "上海市松江区财政局", UnitKind.FINANCE_BUREAU, null),
            new Unit("SJ-OFFICE", "上海市松江区人民政府办公室", UnitKind.COMPETENT_DEPARTMENT, "SJ-FIN"),
            new Unit("SJ-BIGDATA", "上海市松江区大数据中心", UnitKind.IMPLEMENTING_UNIT, "SJ-OFFICE"),
            new Unit("JD-FIN", "上海市嘉定区财政局", UnitKind.FINANCE_BUREAU, null),
            new Unit("AT-GOV", "上海市嘉定区安亭镇人民政府", UnitKind.COMPETENT_DEPARTMENT, "JD-FIN"),
            new Unit("AT-CENTER", "上海市嘉定区安亭镇城市运行管理中心", UnitKind.IMPLEMENTING_UNIT, "AT-GOV"));

    public static final List<Person> PEOPLE = List.of(
            person("sj-finance", "SJ-FIN", Role.FINANCE_REVIEWER),
            person("sj-admin", "SJ-FIN", Role.ADMINISTRATOR),
            person("sj-auditor", "SJ-FIN", Role.AUDITOR),
            person("sj-office-filler", "SJ-OFFICE", Role.FILLER),
            person("sj-office-approver", "SJ-OFFICE", Role.DEPARTMENT_APPROVER),
            person("sj-bigdata-filler", "SJ-BIGDATA", Role.FILLER),
            person("sj-bigdata-reviewer", "SJ-BIGDATA", Role.UNIT_REVIEWER),
            person("jd-finance", "JD-FIN", Role.FINANCE_REVIEWER),
            person("jd-admin", "JD-FIN", Role.ADMINISTRATOR),
            person("jd-auditor", "JD-FIN", Role.AUDITOR),
            person("at-gov-approver", "AT-GOV", Role.DEPARTMENT_APPROVER),
            person("at-center-filler", "AT-CENTER", Role.FILLER),
            person("at-center-reviewer", "AT-CENTER", Role.UNIT_REVIEWER));

    private DemoOrganization() {
    }

    public static Organization organization() {
        return new Organization(UNITS, PEOPLE);
    }

    /** The demo organization with more people. */
    public static Organization with(Person... more) {
        List<Person> people = new ArrayList<>(PEOPLE);
        people.addAll(List.of(more));
        return new Organization(UNITS, people);
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
