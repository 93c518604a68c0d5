package io.jixiao.kernel.organization;

import io.jixiao.kernel.approval.ApprovalPolicy;
import io.jixiao.kernel.approval.ReviewLevel;
import io.jixiao.kernel.approval.ReviewStep;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationFoldTest {
    private static final Actor ADMIN = new Actor("jd-admin", "管理员", "JD-FIN", Set.of(Role.ADMINISTRATOR));

    private static final List<OrganizationEvent> EVENTS = List.of(
            new UnitRegisteredEvent("JD-FIN", "嘉定区财政局", UnitKind.FINANCE_BUREAU, null, ADMIN, null),
            new UnitRegisteredEvent("AT-GOV", "安亭镇人民政府", UnitKind.COMPETENT_DEPARTMENT, "JD-FIN", ADMIN, null),
            new UnitRegisteredEvent("AT-CENTER", "城运中心", UnitKind.IMPLEMENTING_UNIT, "AT-GOV", ADMIN, null),
            new PersonAddedEvent("p", "某人", "AT-CENTER", Set.of(Role.FILLER), null, ADMIN, null),
            new RoleGrantedEvent("p", Role.UNIT_REVIEWER, ADMIN, null),
            new RoleRevokedEvent("p", Role.FILLER, ADMIN, null),
            new UnitRenamedEvent("AT-CENTER", "城市运行管理中心", ADMIN, "更名"),
            new UnitMovedEvent("AT-CENTER", "JD-FIN", ADMIN, "划转"),
            new PersonDeactivatedEvent("p", ADMIN, null));

    @Test
    void replayingIsApplyingOneEventAfterAnother() {
        Organization stepwise = Organization.empty();
        for (OrganizationEvent event : EVENTS) {
            stepwise = OrganizationFold.evolve(stepwise, event);
        }
        Organization replayed = OrganizationFold.replay(EVENTS);
        assertThat(replayed.units()).containsExactlyElementsOf(stepwise.units());
        assertThat(replayed.people()).containsExactlyElementsOf(stepwise.people());

        assertThat(replayed.unit("AT-CENTER")).contains(
                new Unit("AT-CENTER", "城市运行管理中心", UnitKind.IMPLEMENTING_UNIT, "JD-FIN"));
        Person person = replayed.person("p").orElseThrow();
        assertThat(person.roles()).containsExactly(Role.UNIT_REVIEWER);
        assertThat(person.active()).isFalse();
        assertThat(person.has(Role.UNIT_REVIEWER)).as("an inactive person holds no role").isFalse();
    }

    @Test
    void aPasswordSetBySomeoneElseMustBeChangedUntilThePersonChoosesTheirOwn() {
        String hash = "{bcrypt}$2a$10$hash";
        OrganizationFold.Builder fold = new OrganizationFold.Builder();
        EVENTS.subList(0, 3).forEach(fold::apply);
        fold.apply(new PersonAddedEvent("new", "新人", "AT-CENTER", Set.of(Role.FILLER), hash, true, ADMIN, null));
        fold.apply(new PersonAddedEvent("kept", "旧人", "AT-CENTER", Set.of(Role.FILLER), hash, ADMIN, null));
        fold.apply(new PersonAddedEvent("external", "外部", "AT-CENTER", Set.of(), null, true, ADMIN, null));
        assertThat(fold.build().person("new").orElseThrow().mustChangePassword()).isTrue();
        assertThat(fold.build().person("kept").orElseThrow().mustChangePassword())
                .as("an event stored before the flag existed keeps its meaning").isFalse();
        assertThat(fold.build().person("external").orElseThrow().mustChangePassword())
                .as("no password, nothing to change").isFalse();

        fold.apply(new RoleGrantedEvent("new", Role.UNIT_REVIEWER, ADMIN, null));
        fold.apply(new PersonDeactivatedEvent("new", ADMIN, null));
        fold.apply(new PersonReactivatedEvent("new", ADMIN, null));
        assertThat(fold.build().person("new").orElseThrow().mustChangePassword()).isTrue();
        Person self = fold.build().person("new").orElseThrow();
        fold.apply(new PasswordChangedEvent("new", hash, new Actor(self.id(), self.name(), self.unitId(),
                self.roles()), null));
        assertThat(fold.build().person("new").orElseThrow().mustChangePassword()).isFalse();

        fold.apply(new PasswordResetEvent("kept", hash, true, ADMIN, "忘记密码"));
        assertThat(fold.build().person("kept").orElseThrow().mustChangePassword()).isTrue();
        fold.apply(new PasswordResetEvent("kept", hash, ADMIN, null));
        assertThat(fold.build().person("kept").orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void aBuiltOrganizationDoesNotChangeWhenMoreEventsAreApplied() {
        OrganizationFold.Builder builder = new OrganizationFold.Builder();
        EVENTS.subList(0, 3).forEach(builder::apply);
        Organization before = builder.build();
        builder.apply(EVENTS.get(6));
        assertThat(before.unit("AT-CENTER").orElseThrow().name()).isEqualTo("城运中心");
        assertThat(builder.build().unit("AT-CENTER").orElseThrow().name()).isEqualTo("城市运行管理中心");
    }

    @Test
    void aFormOfAFinanceBureauIsReviewedOnceByTheBureau() {
        Organization organization = OrganizationFold.replay(List.of(EVENTS.get(0), EVENTS.get(1), EVENTS.get(2)));
        assertThat(ApprovalPolicy.reviewChain(organization, "JD-FIN", "JD-FIN"))
                .containsExactly(new ReviewStep(ReviewLevel.FINANCE, "JD-FIN"));
        assertThat(ApprovalPolicy.reviewChain(organization, "AT-CENTER", "AT-GOV")).containsExactly(
                new ReviewStep(ReviewLevel.DEPARTMENT, "AT-GOV"), new ReviewStep(ReviewLevel.FINANCE, "JD-FIN"));
    }

    @Test
    void rolesAndUnitsFitTheirPlace() {
        assertThat(Role.DEPARTMENT_APPROVER.allowedIn(UnitKind.COMPETENT_DEPARTMENT)).isTrue();
        assertThat(Role.DEPARTMENT_APPROVER.allowedIn(UnitKind.IMPLEMENTING_UNIT)).isFalse();
        assertThat(Role.ADMINISTRATOR.allowedIn(UnitKind.COMPETENT_DEPARTMENT)).isFalse();
        assertThat(Role.FILLER.allowedIn(UnitKind.FINANCE_BUREAU)).isTrue();
        assertThat(UnitKind.FINANCE_BUREAU.mayBeUnder(UnitKind.COMPETENT_DEPARTMENT)).isFalse();
        assertThat(UnitKind.COMPETENT_DEPARTMENT.mayBeUnder(UnitKind.IMPLEMENTING_UNIT)).isFalse();
        assertThat(UnitKind.IMPLEMENTING_UNIT.mayBeUnder(UnitKind.FINANCE_BUREAU)).isTrue();
    }
}
