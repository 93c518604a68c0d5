package io.jixiao.command.organization;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.AddPersonCommand;
import io.jixiao.kernel.organization.ChangePasswordCommand;
import io.jixiao.kernel.organization.DeactivatePersonCommand;
import io.jixiao.kernel.organization.GrantRoleCommand;
import io.jixiao.kernel.organization.MoveUnitCommand;
import io.jixiao.kernel.organization.OrganizationEvent;
import io.jixiao.kernel.organization.PasswordChangedEvent;
import io.jixiao.kernel.organization.PasswordResetEvent;
import io.jixiao.kernel.organization.PersonAddedEvent;
import io.jixiao.kernel.organization.PersonDeactivatedEvent;
import io.jixiao.kernel.organization.PersonReactivatedEvent;
import io.jixiao.kernel.organization.ReactivatePersonCommand;
import io.jixiao.kernel.organization.RegisterUnitCommand;
import io.jixiao.kernel.organization.RenameUnitCommand;
import io.jixiao.kernel.organization.ResetPasswordCommand;
import io.jixiao.kernel.organization.RevokeRoleCommand;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.RoleGrantedEvent;
import io.jixiao.kernel.organization.RoleRevokedEvent;
import io.jixiao.kernel.organization.UnitKind;
import io.jixiao.kernel.organization.UnitMovedEvent;
import io.jixiao.kernel.organization.UnitRegisteredEvent;
import io.jixiao.kernel.organization.UnitRenamedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The organization aggregate: who may change which part, and what a well-formed change is. */
class OrganizationChartTest {
    static final Actor SYSTEM = Actor.system("organization file");
    static final Actor JD_ADMIN = new Actor("jd-admin", "嘉定管理员", "JD-FIN", Set.of(Role.ADMINISTRATOR));
    static final Actor SJ_ADMIN = new Actor("sj-admin", "松江管理员", "SJ-FIN", Set.of(Role.ADMINISTRATOR));
    static final Actor JD_FINANCE = new Actor("jd-finance", "嘉定复核人", "JD-FIN", Set.of(Role.FINANCE_REVIEWER));
    static final Actor DEPARTMENT_ADMIN = new Actor("at-gov-admin", "镇政府的管理员", "AT-GOV",
            Set.of(Role.ADMINISTRATOR));

    FixtureConfiguration<OrganizationChart> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OrganizationChart.class);
    }

    /** 嘉定 and 松江 bureaus, 安亭 under 嘉定 with one unit, and a filler there. */
    static List<OrganizationEvent> region() {
        return List.of(
                new UnitRegisteredEvent("JD-FIN", "嘉定区财政局", UnitKind.FINANCE_BUREAU, null, SYSTEM, null),
                new UnitRegisteredEvent("SJ-FIN", "松江区财政局", UnitKind.FINANCE_BUREAU, null, SYSTEM, null),
                new UnitRegisteredEvent("AT-GOV", "安亭镇人民政府", UnitKind.COMPETENT_DEPARTMENT, "JD-FIN", SYSTEM, null),
                new UnitRegisteredEvent("AT-CENTER", "安亭镇城运中心", UnitKind.IMPLEMENTING_UNIT, "AT-GOV", SYSTEM, null),
                new PersonAddedEvent("at-center-filler", "填报员", "AT-CENTER", Set.of(Role.FILLER), null, SYSTEM, null),
                new PersonAddedEvent("jd-admin", "嘉定管理员", "JD-FIN", Set.of(Role.ADMINISTRATOR), null, SYSTEM, null));
    }

    private ResultValidator<OrganizationChart> given(Object command) {
        return fixture.given(region().toArray()).when(command);
    }

    private void refused(Object command, String code) {
        given(command).expectNoEvents().expectException(Refusal.class)
                .expectException(org.axonframework.test.matchers.Matchers.predicate(
                        e -> ((Refusal) e).code().equals(code)));
    }

    @Test
    void theInstallationRegistersTheFirstBureauOnAnEmptyOrganization() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnitCommand("JD-FIN", " 嘉定区财政局 ", UnitKind.FINANCE_BUREAU, null, SYSTEM, "导入"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new UnitRegisteredEvent("JD-FIN", "嘉定区财政局", UnitKind.FINANCE_BUREAU, null, SYSTEM,
                        "导入"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aBureauAdministratorRegistersUnitsAndPeopleBelowTheBureau() {
        given(new RegisterUnitCommand("AT-SCHOOL", "安亭小学", UnitKind.IMPLEMENTING_UNIT, "AT-GOV", JD_ADMIN, "新设"))
                .expectEvents(new UnitRegisteredEvent("AT-SCHOOL", "安亭小学", UnitKind.IMPLEMENTING_UNIT, "AT-GOV",
                        JD_ADMIN, "新设"))
                .expectResultMessagePayload(7L);
        given(new AddPersonCommand("at-gov-approver", "审批人", "AT-GOV", Set.of(Role.DEPARTMENT_APPROVER),
                "{bcrypt}$2a$10$abc", JD_ADMIN, "入职"))
                .expectEvents(new PersonAddedEvent("at-gov-approver", "审批人", "AT-GOV",
                        Set.of(Role.DEPARTMENT_APPROVER), "{bcrypt}$2a$10$abc", true, JD_ADMIN, "入职"));
    }

    @Test
    void aPasswordSomeoneElseSetMustBeChangedAndOnlyItsPersonChangesIt() {
        given(new AddPersonCommand("at-gov-approver", "审批人", "AT-GOV", Set.of(Role.DEPARTMENT_APPROVER),
                "{bcrypt}$2a$10$abc", false, JD_ADMIN, "入职"))
                .expectEvents(new PersonAddedEvent("at-gov-approver", "审批人", "AT-GOV",
                        Set.of(Role.DEPARTMENT_APPROVER), "{bcrypt}$2a$10$abc", true, JD_ADMIN, "入职"));
        given(new AddPersonCommand("first-admin", "管理员", "JD-FIN", Set.of(Role.ADMINISTRATOR),
                "{bcrypt}$2a$10$abc", true, SYSTEM, null))
                .expectEvents(new PersonAddedEvent("first-admin", "管理员", "JD-FIN", Set.of(Role.ADMINISTRATOR),
                        "{bcrypt}$2a$10$abc", true, SYSTEM, null));
        given(new ResetPasswordCommand("at-center-filler", "{bcrypt}$2a$10$new", JD_ADMIN, "忘记密码"))
                .expectEvents(new PasswordResetEvent("at-center-filler", "{bcrypt}$2a$10$new", true, JD_ADMIN,
                        "忘记密码"));

        Actor filler = new Actor("at-center-filler", "填报员", "AT-CENTER", Set.of(Role.FILLER));
        given(new ChangePasswordCommand("at-center-filler", "{bcrypt}$2a$10$mine", filler, null))
                .expectEvents(new PasswordChangedEvent("at-center-filler", "{bcrypt}$2a$10$mine", filler, null));
        refused(new ChangePasswordCommand("at-center-filler", "{bcrypt}$2a$10$mine", JD_ADMIN, null),
                "OWN_PASSWORD_ONLY");
        refused(new ChangePasswordCommand("at-center-filler", "plain-text-password", filler, null),
                "INVALID_PASSWORD");
        fixture.given(region().toArray())
                .andGiven(new PersonDeactivatedEvent("at-center-filler", JD_ADMIN, "离职"))
                .when(new ChangePasswordCommand("at-center-filler", "{bcrypt}$2a$10$mine", filler, null))
                .expectNoEvents().expectException(Refusal.class);
    }

    @Test
    void onlyAnAdministratorOfABureauAboveTheUnitChangesIt() {
        refused(new RegisterUnitCommand("AT-X", "某单位", UnitKind.IMPLEMENTING_UNIT, "AT-GOV", SJ_ADMIN, null),
                "NOT_ADMINISTRATOR_OVER_UNIT");
        refused(new RegisterUnitCommand("AT-X", "某单位", UnitKind.IMPLEMENTING_UNIT, "AT-GOV", JD_FINANCE, null),
                "NOT_ADMINISTRATOR_OVER_UNIT");
        refused(new RegisterUnitCommand("AT-X", "某单位", UnitKind.IMPLEMENTING_UNIT, "AT-GOV", DEPARTMENT_ADMIN, null),
                "NOT_ADMINISTRATOR_OVER_UNIT");
        refused(new GrantRoleCommand("at-center-filler", Role.UNIT_REVIEWER, SJ_ADMIN, null),
                "NOT_ADMINISTRATOR_OVER_UNIT");
        refused(new RegisterUnitCommand("TOP", "市财政局", UnitKind.FINANCE_BUREAU, null, JD_ADMIN, null),
                "INVALID_PARENT_ID");
    }

    @Test
    void aBureauCannotRenameOrMoveItself() {
        refused(new RenameUnitCommand("JD-FIN", "嘉定财政", JD_ADMIN, null), "NOT_ADMINISTRATOR_OVER_UNIT");
        given(new RenameUnitCommand("AT-CENTER", "安亭镇城市运行管理中心", JD_ADMIN, "更名"))
                .expectEvents(new UnitRenamedEvent("AT-CENTER", "安亭镇城市运行管理中心", JD_ADMIN, "更名"));
    }

    @Test
    void unitsStayUniqueAndWellPlaced() {
        refused(new RegisterUnitCommand("AT-GOV", "又一个", UnitKind.COMPETENT_DEPARTMENT, "JD-FIN", JD_ADMIN, null),
                "UNIT_EXISTS");
        refused(new RegisterUnitCommand("bad id!", "某单位", UnitKind.IMPLEMENTING_UNIT, "AT-GOV", JD_ADMIN, null),
                "INVALID_UNIT_ID");
        refused(new RegisterUnitCommand("AT-TWIN", "安亭镇城运中心", UnitKind.IMPLEMENTING_UNIT, "AT-GOV", JD_ADMIN, null),
                "UNIT_NAME_TAKEN");
        refused(new RegisterUnitCommand("AT-DEPT", "部门", UnitKind.COMPETENT_DEPARTMENT, "AT-CENTER", JD_ADMIN, null),
                "INVALID_PARENT_ID");
        refused(new RegisterUnitCommand("AT-X", "某单位", UnitKind.IMPLEMENTING_UNIT, "NOWHERE", JD_ADMIN, null),
                "UNIT_NOT_FOUND");
        refused(new RegisterUnitCommand("AT-X", "某\u0000单位", UnitKind.IMPLEMENTING_UNIT, "AT-GOV", JD_ADMIN, null),
                "INVALID_NAME");
    }

    @Test
    void aMoveKeepsTheTreeATree() {
        given(new MoveUnitCommand("AT-CENTER", "JD-FIN", JD_ADMIN, "划转"))
                .expectEvents(new UnitMovedEvent("AT-CENTER", "JD-FIN", JD_ADMIN, "划转"));
        refused(new MoveUnitCommand("AT-GOV", "AT-CENTER", JD_ADMIN, null), "INVALID_PARENT_ID");
        refused(new MoveUnitCommand("AT-CENTER", "AT-GOV", JD_ADMIN, null), "NOTHING_CHANGES");
        refused(new MoveUnitCommand("AT-CENTER", "SJ-FIN", JD_ADMIN, null), "NOT_ADMINISTRATOR_OVER_UNIT");
    }

    @Test
    void rolesFitTheUnitAndNobodyChangesTheirOwn() {
        given(new GrantRoleCommand("at-center-filler", Role.UNIT_REVIEWER, JD_ADMIN, "兼任审核"))
                .expectEvents(new RoleGrantedEvent("at-center-filler", Role.UNIT_REVIEWER, JD_ADMIN, "兼任审核"));
        refused(new GrantRoleCommand("at-center-filler", Role.FINANCE_REVIEWER, JD_ADMIN, null), "INVALID_ROLE");
        refused(new GrantRoleCommand("at-center-filler", Role.FILLER, JD_ADMIN, null), "NOTHING_CHANGES");
        refused(new RevokeRoleCommand("jd-admin", Role.ADMINISTRATOR, JD_ADMIN, null), "OWN_ACCOUNT");
        refused(new RevokeRoleCommand("at-center-filler", Role.AUDITOR, JD_ADMIN, null), "NOTHING_CHANGES");
        given(new RevokeRoleCommand("at-center-filler", Role.FILLER, JD_ADMIN, "调岗"))
                .expectEvents(new RoleRevokedEvent("at-center-filler", Role.FILLER, JD_ADMIN, "调岗"));
        refused(new AddPersonCommand("system", "冒充", "AT-CENTER", Set.of(), null, JD_ADMIN, null), "INVALID_PERSON_ID");
        refused(new AddPersonCommand("at-center-filler", "重复", "AT-CENTER", Set.of(), null, JD_ADMIN, null),
                "PERSON_EXISTS");
        refused(new AddPersonCommand("p", "明文", "AT-CENTER", Set.of(), "secret-password", JD_ADMIN, null),
                "INVALID_PASSWORD");
    }

    @Test
    void deactivationIsRecordedAndCanBeUndone() {
        given(new DeactivatePersonCommand("at-center-filler", JD_ADMIN, "离职"))
                .expectEvents(new PersonDeactivatedEvent("at-center-filler", JD_ADMIN, "离职"));
        refused(new ReactivatePersonCommand("at-center-filler", JD_ADMIN, null), "NOTHING_CHANGES");
        fixture.given(region().toArray())
                .andGiven(new PersonDeactivatedEvent("at-center-filler", JD_ADMIN, "离职"))
                .when(new ReactivatePersonCommand("at-center-filler", JD_ADMIN, "返岗"))
                .expectEvents(new PersonReactivatedEvent("at-center-filler", JD_ADMIN, "返岗"));
        refused(new DeactivatePersonCommand("nobody", JD_ADMIN, null), "PERSON_NOT_FOUND");
    }

    @Test
    void theHashOfAPasswordNeverShowsInLogs() {
        assertThat(new PersonAddedEvent("p", "n", "U", Set.of(), "{bcrypt}$2a$10$secret", SYSTEM, null).toString())
                .doesNotContain("secret").contains("[hidden]");
    }
}
