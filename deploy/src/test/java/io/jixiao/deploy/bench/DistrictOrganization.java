package io.jixiao.deploy.bench;

import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.kernel.organization.UnitKind;
import org.springframework.security.crypto.bcrypt.BCrypt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A generated district: a finance bureau, its competent departments (each implementing projects of its own too) and
 * the implementing units below them, with enough distinct people that concurrent users are different people: two
 * fillers and a reviewer per unit, two approvers per department, finance reviewers, auditors and an administrator
 * in the bureau. Written as an organization file ({@code jixiao.organization-file}), which the launcher loads on
 * its first start through the organization commands; every person shares {@link #PASSWORD} (hashed at bcrypt cost
 * 4, so that signing in hundreds of people does not dominate a run) and none must change it first.
 */
public final class DistrictOrganization {
    public static final String PASSWORD = "bench-password-2026";
    public static final String BUREAU = "BD-FIN";
    public static final String ADMIN = "bd-admin";
    private static final List<String> DEPARTMENTS = List.of("教育局", "卫生健康委员会", "民政局", "城市管理局",
            "交通委员会", "文化旅游局", "农业农村委员会", "生态环境局", "科学技术委员会", "体育局", "人力资源和社会保障局",
            "住房保障和房屋管理局", "水务局", "绿化和市容管理局", "市场监督管理局", "应急管理局", "司法局", "商务委员会",
            "退役军人事务局", "医疗保障局", "统计局", "档案局", "规划和自然资源局", "发展和改革委员会");
    private static final List<String> UNIT_KINDS = List.of("事务中心", "管理所", "服务中心", "监测站", "保障中心",
            "指导中心", "研究所", "执法大队", "培训中心", "信息中心");
    private static final int FINANCE_REVIEWERS = 4;
    private static final int AUDITORS = 24;

    private final List<Unit> units = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<String> implementingUnits = new ArrayList<>();
    private final Map<String, List<Person>> byUnitAndRole = new HashMap<>();
    private final Organization organization;

    public DistrictOrganization(BenchScale scale) {
        units.add(new Unit(BUREAU, "示范区财政局", UnitKind.FINANCE_BUREAU, null));
        person(ADMIN, "财政局管理员", BUREAU, Role.ADMINISTRATOR);
        for (int i = 1; i <= FINANCE_REVIEWERS; i++) {
            person("bd-finance-" + i, "财政局复核员" + i, BUREAU, Role.FINANCE_REVIEWER);
        }
        for (int i = 1; i <= AUDITORS; i++) {
            person("bd-auditor-" + i, "财政局监督员" + i, BUREAU, Role.AUDITOR);
        }
        for (int d = 1; d <= scale.departments(); d++) {
            String department = String.format("BD-D%02d", d);
            String name = "示范区" + DEPARTMENTS.get((d - 1) % DEPARTMENTS.size())
                    + (d > DEPARTMENTS.size() ? "第" + ((d - 1) / DEPARTMENTS.size() + 1) + "分局" : "");
            units.add(new Unit(department, name, UnitKind.COMPETENT_DEPARTMENT, BUREAU));
            staff(department, name);
            for (int a = 1; a <= 2; a++) {
                person(department.toLowerCase() + "-approver-" + a, name + "审批人" + a, department,
                        Role.DEPARTMENT_APPROVER);
            }
            for (int u = 1; u <= scale.unitsPerDepartment(); u++) {
                String unit = department + String.format("-U%02d", u);
                String unitName = name + UNIT_KINDS.get((u - 1) % UNIT_KINDS.size())
                        + (u > UNIT_KINDS.size() ? (u - 1) / UNIT_KINDS.size() + 1 : "");
                units.add(new Unit(unit, unitName, UnitKind.IMPLEMENTING_UNIT, department));
                staff(unit, unitName);
            }
        }
        organization = Organization.of(units, people);
    }

    private void staff(String unitId, String unitName) {
        implementingUnits.add(unitId);
        for (int f = 1; f <= 2; f++) {
            person(unitId.toLowerCase() + "-filler-" + f, unitName + "填报员" + f, unitId, Role.FILLER);
        }
        person(unitId.toLowerCase() + "-reviewer", unitName + "审核人", unitId, Role.UNIT_REVIEWER);
    }

    private void person(String id, String name, String unitId, Role role) {
        Person person = new Person(id, name, unitId, Set.of(role), true);
        people.add(person);
        byUnitAndRole.computeIfAbsent(unitId + "/" + role, k -> new ArrayList<>()).add(person);
    }

    public Organization organization() {
        return organization;
    }

    /** Every unit that implements projects (departments included), in a fixed order. */
    public List<String> implementingUnits() {
        return implementingUnits;
    }

    public List<Person> holders(String unitId, Role role) {
        return byUnitAndRole.getOrDefault(unitId + "/" + role, List.of());
    }

    public String unitName(String unitId) {
        return organization.unit(unitId).orElseThrow().name();
    }

    public String parentOf(String unitId) {
        return organization.unit(unitId).orElseThrow().parentId();
    }

    /** Every filler, unit after unit: the HTTP users, each a different person. */
    public List<Person> fillers() {
        return people.stream().filter(p -> p.roles().contains(Role.FILLER)).toList();
    }

    public List<Person> auditors() {
        return people.stream().filter(p -> p.roles().contains(Role.AUDITOR)).toList();
    }

    /** The organization file, in the shape of the demo organization's. */
    public Path write(Path file) throws IOException {
        String hash = "{bcrypt}" + BCrypt.hashpw(PASSWORD, BCrypt.gensalt(4));
        StringBuilder yaml = new StringBuilder("# Generated by the benchmark harness (BenchHarness); password "
                + PASSWORD + "\nunits:\n");
        for (Unit unit : units) {
            yaml.append("  - { id: ").append(unit.id()).append(", name: ").append(unit.name()).append(", kind: ")
                    .append(unit.kind()).append(unit.parentId() == null ? "" : ", parentId: " + unit.parentId())
                    .append(" }\n");
        }
        yaml.append("people:\n");
        for (Person person : people) {
            yaml.append("  - { id: ").append(person.id()).append(", name: ").append(person.name())
                    .append(", unitId: ").append(person.unitId()).append(", roles: ")
                    .append(person.roles()).append(", passwordHash: '").append(hash).append("' }\n");
        }
        Files.createDirectories(file.getParent());
        return Files.writeString(file, yaml.toString(), StandardCharsets.UTF_8);
    }
}
