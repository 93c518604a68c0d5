package io.jixiao.query.access;

import io.jixiao.kernel.organization.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {
    @Test
    void theCallerIsReadFromTheTokensClaimsIgnoringRolesTheKernelDoesNotKnow() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "none").subject("jd-auditor").claim("name", "审计")
                .claim("unitId", "JD-FIN").claim("roles", List.of("AUDITOR", "SUPERUSER")).build();

        assertThat(Caller.of(jwt)).isEqualTo(new Caller("jd-auditor", "审计", "JD-FIN", Set.of(Role.AUDITOR)));
    }
}
