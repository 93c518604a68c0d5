package io.jixiao.query.access;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.organization.Role;
import io.jixiao.query.support.DemoOrganization;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormVisibilityTest {
    private final FormVisibility visibility = new FormVisibility(DemoOrganization.organization());

    private static Caller caller(String userId, String unitId, Role role) {
        return new Caller(userId, userId, unitId, Set.of(role));
    }

    @Test
    void anAtCenterFillerSeesAtCenterFormsAndNotThoseOfSongjiang() {
        Caller filler = caller("at-center-filler", "AT-CENTER", Role.FILLER);

        assertThat(visibility.canSee(filler, "AT-CENTER", "AT-GOV")).isTrue();
        assertThat(visibility.canSee(filler, "SJ-OFFICE", "SJ-OFFICE")).isFalse();
        assertThat(visibility.canSee(filler, "SJ-BIGDATA", "SJ-OFFICE")).isFalse();
    }

    @Test
    void aFillerDoesNotSeeTheFormsOfTheDepartmentAboveIt() {
        Caller filler = caller("at-center-filler", "AT-CENTER", Role.FILLER);

        assertThat(visibility.canSee(filler, "AT-GOV", "AT-GOV")).isFalse();
    }

    @Test
    void theDepartmentApproverSeesTheFormsOfTheUnitsBelowIt() {
        Caller approver = caller("at-gov-approver", "AT-GOV", Role.DEPARTMENT_APPROVER);

        assertThat(visibility.canSee(approver, "AT-CENTER", "AT-GOV")).isTrue();
        assertThat(visibility.canSee(approver, "SJ-BIGDATA", "SJ-OFFICE")).isFalse();
    }

    @Test
    void aDepartmentSeesAFormItSupervisesEvenWhenTheImplementingUnitLiesElsewhere() {
        Caller approver = caller("sj-office-approver", "SJ-OFFICE", Role.DEPARTMENT_APPROVER);

        assertThat(visibility.canSee(approver, "AT-CENTER", "SJ-OFFICE")).isTrue();
    }

    @Test
    void theFinanceBureausAuditorSeesEveryFormOfItsRegionAndNoneOfAnother() {
        Caller auditor = caller("jd-auditor", "JD-FIN", Role.AUDITOR);

        assertThat(visibility.canSee(auditor, "AT-CENTER", "AT-GOV")).isTrue();
        assertThat(visibility.canSee(auditor, "AT-GOV", "AT-GOV")).isTrue();
        assertThat(visibility.canSee(auditor, "SJ-BIGDATA", "SJ-OFFICE")).isFalse();
    }

    @Test
    void aCallerWithoutAUnitSeesNothing() {
        assertThat(visibility.canSee(caller("system", null, Role.AUDITOR), "AT-CENTER", "AT-GOV")).isFalse();
    }

    @Test
    void aFormOutsideTheCallersSubtreeIsRefusedAsForbiddenNamingTheForm() {
        Caller filler = caller("at-center-filler", "AT-CENTER", Role.FILLER);

        assertThatThrownBy(() -> visibility.requireVisible(filler, "ev-sj", "SJ-OFFICE", "SJ-OFFICE"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
                    assertThat(refusal.code()).isEqualTo("FORBIDDEN_FORM");
                    assertThat(refusal.details()).containsEntry("evaluationId", "ev-sj")
                            .containsEntry("callerUnitId", "AT-CENTER");
                });
    }

    @Test
    void theCallerIsReadFromTheTokensClaimsIgnoringRolesTheKernelDoesNotKnow() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "none").subject("jd-auditor").claim("name", "审计")
                .claim("unitId", "JD-FIN").claim("roles", List.of("AUDITOR", "SUPERUSER")).build();

        assertThat(Caller.of(jwt)).isEqualTo(new Caller("jd-auditor", "审计", "JD-FIN", Set.of(Role.AUDITOR)));
    }
}
