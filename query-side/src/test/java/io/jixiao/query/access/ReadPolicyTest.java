package io.jixiao.query.access;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.organization.Role;
import io.jixiao.query.support.DemoOrganization;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rows of the access table the query side answers, over the demo organization. */
class ReadPolicyTest {
    private final ReadPolicy policy = new ReadPolicy(DemoOrganization.organization());

    private static Caller caller(String unitId, Role... roles) {
        return new Caller("someone", "someone", unitId, Set.of(roles));
    }

    private static Refusal refusal(ThrowingCallable call, Refusal.Kind kind, String code) {
        Refusal[] caught = new Refusal[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.kind()).isEqualTo(kind);
            assertThat(refusal.code()).isEqualTo(code);
            assertThat(refusal.getMessage()).isNotBlank();
            assertThat(refusal.messageZh()).isNotBlank();
            caught[0] = refusal;
        });
        return caught[0];
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleReadsItsOwnUnitAndTheUnitsBelowItAndNothingElse(Role role) {
        Caller department = caller("AT-GOV", role);

        assertThat(policy.canSeeForm(department, "AT-GOV", "AT-GOV")).isTrue();
        assertThat(policy.canSeeForm(department, "AT-CENTER", "AT-GOV")).isTrue();
        assertThat(policy.canSeeForm(department, "JD-FIN", "JD-FIN")).isFalse();
        assertThat(policy.canSeeForm(department, "SJ-BIGDATA", "SJ-OFFICE")).isFalse();
        assertThat(policy.canSeeUnit(department, "AT-CENTER")).isTrue();
        assertThat(policy.canSeeUnit(department, "JD-FIN")).isFalse();
        policy.requireUnit(department, "AT-GOV");
        policy.requireUnit(department, "AT-CENTER");
        refusal(() -> policy.requireUnit(department, "JD-FIN"), Refusal.Kind.FORBIDDEN, "FORBIDDEN_UNIT");
        assertThat(policy.listedUnit(department, "AT-CENTER")).contains("AT-CENTER");
        refusal(() -> policy.listedUnit(department, "SJ-OFFICE"), Refusal.Kind.FORBIDDEN, "FORBIDDEN_UNIT");
        assertThat(policy.auditedUnits(department, null)).containsExactlyInAnyOrder("AT-GOV", "AT-CENTER");
        refusal(() -> policy.auditedUnits(department, "JD-FIN"), Refusal.Kind.FORBIDDEN, "FORBIDDEN_UNIT");
    }

    @Test
    void anAtCenterFillerSeesAtCenterFormsAndNotThoseOfSongjiang() {
        Caller filler = caller("AT-CENTER", Role.FILLER);

        assertThat(policy.canSeeForm(filler, "AT-CENTER", "AT-GOV")).isTrue();
        assertThat(policy.canSeeForm(filler, "SJ-OFFICE", "SJ-OFFICE")).isFalse();
        assertThat(policy.canSeeForm(filler, "SJ-BIGDATA", "SJ-OFFICE")).isFalse();
    }

    @Test
    void aFillerDoesNotSeeTheFormsOfTheDepartmentAboveIt() {
        assertThat(policy.canSeeForm(caller("AT-CENTER", Role.FILLER), "AT-GOV", "AT-GOV")).isFalse();
    }

    @Test
    void aDepartmentSeesAFormItSupervisesEvenWhenTheImplementingUnitLiesElsewhere() {
        assertThat(policy.canSeeForm(caller("SJ-OFFICE", Role.DEPARTMENT_APPROVER), "AT-CENTER", "SJ-OFFICE"))
                .isTrue();
    }

    @Test
    void theFinanceBureausAuditorSeesEveryFormOfItsRegionAndNoneOfAnother() {
        Caller auditor = caller("JD-FIN", Role.AUDITOR);

        assertThat(policy.canSeeForm(auditor, "AT-CENTER", "AT-GOV")).isTrue();
        assertThat(policy.canSeeForm(auditor, "AT-GOV", "AT-GOV")).isTrue();
        assertThat(policy.canSeeForm(auditor, "SJ-BIGDATA", "SJ-OFFICE")).isFalse();
    }

    @Test
    void aCallerWithoutAUnitSeesNothing() {
        Caller nobody = caller(null, Role.AUDITOR);

        assertThat(policy.canSeeForm(nobody, "AT-CENTER", "AT-GOV")).isFalse();
        assertThat(policy.canSeeUnit(nobody, "AT-CENTER")).isFalse();
        refusal(() -> policy.requireUnit(nobody, "AT-CENTER"), Refusal.Kind.FORBIDDEN, "FORBIDDEN_UNIT");
        refusal(() -> policy.listedUnit(nobody, null), Refusal.Kind.FORBIDDEN, "NO_UNIT");
        refusal(() -> policy.auditedUnits(caller("GONE", Role.AUDITOR), null), Refusal.Kind.FORBIDDEN, "NO_UNIT");
    }

    @Test
    void aPersonWhoseLastRoleWasRevokedReadsNothingOfTheirOwnUnit() {
        Caller withoutRole = caller("AT-GOV");

        assertThat(policy.reads(withoutRole)).isFalse();
        assertThat(policy.canSeeForm(withoutRole, "AT-CENTER", "AT-GOV")).isFalse();
        assertThat(policy.canSeeUnit(withoutRole, "AT-GOV")).isFalse();
        refusal(() -> policy.requireForm(withoutRole, "ev-at", "AT-CENTER", "AT-GOV"), Refusal.Kind.FORBIDDEN,
                "NO_ROLE");
        refusal(() -> policy.requireUnit(withoutRole, "AT-GOV"), Refusal.Kind.FORBIDDEN, "NO_ROLE");
        refusal(() -> policy.listedUnit(withoutRole, null), Refusal.Kind.FORBIDDEN, "NO_ROLE");
        refusal(() -> policy.auditedUnits(withoutRole, "AT-CENTER"), Refusal.Kind.FORBIDDEN, "NO_ROLE");
    }

    @Test
    void aFormOutsideTheCallersSubtreeIsNotFoundExactlyAsAnUnknownForm() {
        Refusal refused = refusal(() -> policy.requireForm(caller("AT-CENTER", Role.FILLER), "ev-sj", "SJ-OFFICE",
                "SJ-OFFICE"), Refusal.Kind.NOT_FOUND, "EVALUATION_NOT_FOUND");

        assertThat(refused.details()).isEqualTo(java.util.Map.of("evaluationId", "ev-sj"));
        assertThat(refused.getMessage()).isEqualTo("No form ev-sj");
    }

    @Test
    void aUnitInThePathIsNotFoundWhenUnknownAndForbiddenOutsideTheCallersSubtree() {
        Caller auditor = caller("SJ-FIN", Role.AUDITOR);

        Refusal unknown = refusal(() -> policy.requireUnit(auditor, "NOWHERE"), Refusal.Kind.NOT_FOUND,
                "UNIT_NOT_FOUND");
        assertThat(unknown.details()).containsEntry("unitId", "NOWHERE");
        Refusal outside = refusal(() -> policy.requireUnit(auditor, "AT-GOV"), Refusal.Kind.FORBIDDEN,
                "FORBIDDEN_UNIT");
        assertThat(outside.details()).containsEntry("unitId", "AT-GOV").containsEntry("callerUnitId", "SJ-FIN");
    }

    @Test
    void aListIsNarrowedToAUnitOnlyWhenOneIsNamedAndAnUnknownOneIsABadParameter() {
        Caller auditor = caller("JD-FIN", Role.AUDITOR);

        assertThat(policy.listedUnit(auditor, null)).isEmpty();
        assertThat(policy.listedUnit(auditor, " ")).isEmpty();
        assertThat(policy.listedUnit(auditor, " AT-GOV ")).isEqualTo(Optional.of("AT-GOV"));
        Refusal unknown = refusal(() -> policy.listedUnit(auditor, "NOWHERE"), Refusal.Kind.INVALID_INPUT,
                "INVALID_PARAMETER");
        assertThat(unknown.details()).containsEntry("field", "unitId").containsEntry("value", "NOWHERE");
    }

    @Test
    void anAuditSearchCoversTheCallersSubtreeOrThePartOfItAskedFor() {
        Caller auditor = caller("JD-FIN", Role.AUDITOR);

        assertThat(policy.auditedUnits(auditor, "")).containsExactlyInAnyOrder("JD-FIN", "AT-GOV", "AT-CENTER");
        assertThat(policy.auditedUnits(auditor, "AT-GOV")).containsExactlyInAnyOrder("AT-GOV", "AT-CENTER");
        refusal(() -> policy.auditedUnits(auditor, "NOWHERE"), Refusal.Kind.INVALID_INPUT, "INVALID_PARAMETER");
    }

    @Test
    void administratorsAndFinanceReviewersOfAnyUnitLookAfterTheReadModelsAndNobodyElse() {
        policy.requireProcessorAdmin(caller("JD-FIN", Role.FINANCE_REVIEWER));
        policy.requireProcessorAdmin(caller("AT-CENTER", Role.ADMINISTRATOR));
        policy.requireProcessorAdmin(caller(null, Role.FILLER, Role.ADMINISTRATOR));
        for (Role role : Set.of(Role.FILLER, Role.UNIT_REVIEWER, Role.DEPARTMENT_APPROVER, Role.AUDITOR)) {
            Refusal refused = refusal(() -> policy.requireProcessorAdmin(caller("JD-FIN", role)),
                    Refusal.Kind.FORBIDDEN, "ADMIN_ROLE_REQUIRED");
            assertThat(refused.details()).containsEntry("callerRoles", List.of(role.name()));
            assertThat(refused.details().get("requiredRoles")).asList()
                    .containsExactlyInAnyOrder("ADMINISTRATOR", "FINANCE_REVIEWER");
        }
    }

    @Test
    void theOrganizationsHistoryIsForAuditorsAndAdministratorsOfTheUnitOrAUnitAboveIt() {
        policy.requireOrganizationHistory(caller("JD-FIN", Role.AUDITOR), "AT-CENTER");
        policy.requireOrganizationHistory(caller("AT-GOV", Role.ADMINISTRATOR), "AT-GOV");
        for (Role role : Set.of(Role.FILLER, Role.UNIT_REVIEWER, Role.DEPARTMENT_APPROVER, Role.FINANCE_REVIEWER)) {
            refusal(() -> policy.requireOrganizationHistory(caller("JD-FIN", role), "AT-GOV"),
                    Refusal.Kind.FORBIDDEN, "ORGANIZATION_HISTORY_ROLE_REQUIRED");
        }
        refusal(() -> policy.requireOrganizationHistory(caller("AT-GOV", Role.AUDITOR), "JD-FIN"),
                Refusal.Kind.FORBIDDEN, "FORBIDDEN_UNIT");
        refusal(() -> policy.requireOrganizationHistory(caller("JD-FIN", Role.ADMINISTRATOR), "NOWHERE"),
                Refusal.Kind.NOT_FOUND, "UNIT_NOT_FOUND");
    }
}
