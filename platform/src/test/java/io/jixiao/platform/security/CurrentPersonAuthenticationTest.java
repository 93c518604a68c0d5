package io.jixiao.platform.security;

import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.kernel.organization.UnitKind;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.test.StepVerifier;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentPersonAuthenticationTest {
    private static final List<Unit> UNITS = List.of(new Unit("JD-FIN", "嘉定区财政局", UnitKind.FINANCE_BUREAU, null),
            new Unit("AT-GOV", "安亭镇人民政府", UnitKind.COMPETENT_DEPARTMENT, "JD-FIN"));
    private Organization organization = Organization.of(UNITS,
            List.of(new Person("at-gov-approver", "审批人", "AT-GOV", Set.of(Role.DEPARTMENT_APPROVER), true)));
    private final OrganizationDirectory directory = new OrganizationDirectory() {
        @Override
        public Organization current() {
            return organization;
        }

        @Override
        public Optional<String> passwordHash(String personId) {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> tokensNotBefore(String personId) {
            return Optional.ofNullable(notBefore.get(personId));
        }
    };
    private final Map<String, Instant> notBefore = new HashMap<>();
    private final Set<String> signedOut = new HashSet<>();
    private final RevokedTokens revoked = new RevokedTokens() {
        @Override
        public void revoke(String tokenId, String personId, Instant expiresAt) {
            signedOut.add(tokenId);
        }

        @Override
        public boolean isRevoked(String tokenId) {
            return signedOut.contains(tokenId);
        }
    };

    /** A token as it was issued: with the roles the person had then. */
    private static Jwt issued() {
        return Jwt.withTokenValue("t").header("alg", "HS256").subject("at-gov-approver").jti("token-1")
                .claim("unitId", "AT-GOV").claim("roles", List.of("DEPARTMENT_APPROVER"))
                .issuedAt(Instant.parse("2026-11-22T08:00:00Z")).expiresAt(Instant.parse("2026-11-22T16:00:00Z"))
                .build();
    }

    @Test
    void theClaimsEveryReaderSeesAreTheOrganizationsNow() {
        organization = Organization.of(UNITS,
                List.of(new Person("at-gov-approver", "审批人", "AT-GOV", Set.of(Role.AUDITOR), true)));

        StepVerifier.create(new CurrentPersonAuthentication(directory, "sub", revoked).convert(issued()))
                .assertNext(authentication -> {
                    Jwt current = ((JwtAuthenticationToken) authentication).getToken();
                    assertThat(current.getClaimAsStringList("roles")).containsExactly("AUDITOR");
                    assertThat(current.getClaimAsString("unitId")).isEqualTo("AT-GOV");
                    assertThat(authentication.getAuthorities()).extracting(Object::toString)
                            .containsExactly("ROLE_AUDITOR");
                    assertThat(authentication.getName()).isEqualTo("at-gov-approver");
                })
                .verifyComplete();
    }

    @Test
    void aDeactivatedPersonsTokenIsRefused() {
        organization = Organization.of(UNITS,
                List.of(new Person("at-gov-approver", "审批人", "AT-GOV", Set.of(Role.DEPARTMENT_APPROVER), false)));

        StepVerifier.create(new CurrentPersonAuthentication(directory, "sub", revoked).convert(issued()))
                .expectError(InvalidBearerTokenException.class)
                .verify();
    }

    @Test
    void aTokenIssuedNoLaterThanThePersonsTokensNotBeforeIsRefusedSayingWhy() {
        // issued 08:00:00 (iat counts whole seconds); deactivated and reactivated later that second
        notBefore.put("at-gov-approver", Instant.parse("2026-11-22T08:00:00.400Z"));
        StepVerifier.create(new CurrentPersonAuthentication(directory, "sub", revoked).convert(issued()))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(EndedSignIn.class,
                        ended -> assertThat(ended.code()).isEqualTo("SIGN_IN_SUPERSEDED")))
                .verify();

        notBefore.put("at-gov-approver", Instant.parse("2026-11-22T07:59:59.999Z"));
        StepVerifier.create(new CurrentPersonAuthentication(directory, "sub", revoked).convert(issued()))
                .expectNextCount(1)
                .verifyComplete();
    }

    @Test
    void aSignedOutTokenIsRefusedSayingWhy() {
        revoked.revoke("token-1", "at-gov-approver", Instant.parse("2026-11-22T16:00:00Z"));
        StepVerifier.create(new CurrentPersonAuthentication(directory, "sub", revoked).convert(issued()))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(EndedSignIn.class,
                        ended -> assertThat(ended.code()).isEqualTo("SIGNED_OUT")))
                .verify();
    }

    /** A provider's token: its own opaque subject, our person id in preferred_username, roles of its own. */
    private static Jwt fromProvider(String preferredUsername) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("5f0c2a6e-provider-subject")
                .claim("preferred_username", preferredUsername)
                .claim("roles", List.of("ADMINISTRATOR", "FINANCE_REVIEWER"))
                .claim("realm_access", Map.of("roles", List.of("ADMINISTRATOR")))
                .claim("name", "Somebody Else").claim("unitId", "JD-FIN")
                .issuedAt(Instant.parse("2026-11-22T08:00:00Z")).expiresAt(Instant.parse("2026-11-22T09:00:00Z"))
                .build();
    }

    @Test
    void aProvidersTokenNamesThePersonByTheConfiguredClaimAndCarriesOnlyTheOrganizationsIdentity() {
        StepVerifier.create(new CurrentPersonAuthentication(directory, "preferred_username", revoked)
                        .convert(fromProvider("at-gov-approver")))
                .assertNext(authentication -> {
                    Jwt current = ((JwtAuthenticationToken) authentication).getToken();
                    assertThat(current.getSubject()).isEqualTo("at-gov-approver");
                    assertThat(current.getClaimAsString("name")).isEqualTo("审批人");
                    assertThat(current.getClaimAsString("unitId")).isEqualTo("AT-GOV");
                    assertThat(current.getClaimAsStringList("roles")).containsExactly("DEPARTMENT_APPROVER");
                    assertThat(authentication.getAuthorities()).extracting(Object::toString)
                            .containsExactly("ROLE_DEPARTMENT_APPROVER");
                    assertThat(authentication.getName()).isEqualTo("at-gov-approver");
                })
                .verifyComplete();
    }

    @Test
    void aProvidersTokenNamingNobodyOfTheOrganizationIsRefusedEvenIfItsSubjectIsAPersonId() {
        Jwt subjectLooksLikeAPerson = Jwt.withTokenValue("t").header("alg", "RS256").subject("at-gov-approver")
                .claim("preferred_username", "stranger")
                .expiresAt(Instant.parse("2026-11-22T09:00:00Z")).build();

        StepVerifier.create(new CurrentPersonAuthentication(directory, "preferred_username", revoked)
                        .convert(subjectLooksLikeAPerson))
                .expectError(InvalidBearerTokenException.class)
                .verify();
    }

    @Test
    void aTokenWithoutThePersonClaimIsRefused() {
        StepVerifier.create(new CurrentPersonAuthentication(directory, "upn", revoked).convert(fromProvider("at-gov-approver")))
                .expectError(InvalidBearerTokenException.class)
                .verify();
    }
}
