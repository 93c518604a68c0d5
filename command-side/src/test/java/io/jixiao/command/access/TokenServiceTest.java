package io.jixiao.command.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.platform.organization.OrganizationFile;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.organization.Organization;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TokenServiceTest {
    private static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final OrganizationDirectory directory;
    private final TokenService tokens;

    TokenServiceTest() throws IOException {
        String hash = PASSWORDS.encode("handed-over-1");
        String yaml = """
                units:
                  - { id: QP-FIN, name: 青浦区财政局, kind: FINANCE_BUREAU }
                people:
                  - { id: new-admin, name: 新管理员, unitId: QP-FIN, roles: [ADMINISTRATOR], passwordHash: '%s', mustChangePassword: true }
                  - { id: sso-only, name: 只用统一认证, unitId: QP-FIN, roles: [AUDITOR] }
                """.formatted(hash);
        directory = OrganizationFile.read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        tokens = tokensOf(directory);
    }

    private static TokenService tokensOf(OrganizationDirectory directory) {
        return new TokenService(directory, PASSWORDS, new NimbusJwtEncoder(new ImmutableSecret<>(
                new SecretKeySpec(new byte[32], "HmacSHA256"))), Duration.ofHours(8), Clock.systemUTC());
    }

    /**
     * Issue 11 item 4: a token counts only if issued after its person's "tokens not before", in the whole seconds
     * {@code iat} has; one issued in the same second as a password change is dated at the next second, waited for.
     */
    @Test
    void aTokenIssuedInTheSecondOfAChangeIsDatedAfterItHavingWaitedForIt() throws IOException {
        Instant changed = Instant.now();
        TokenService afterChange = tokensOf(new OrganizationDirectory() {
            @Override
            public Organization current() {
                return directory.current();
            }

            @Override
            public Optional<String> passwordHash(String personId) {
                return directory.passwordHash(personId);
            }

            @Override
            public Optional<Instant> tokensNotBefore(String personId) {
                return Optional.of(changed);
            }
        });

        TokenService.IssuedToken issued = afterChange.issue("new-admin", "handed-over-1");

        String payload = new String(Base64.getUrlDecoder().decode(issued.token().split("\\.")[1]),
                StandardCharsets.UTF_8);
        Instant issuedAt = Instant.ofEpochSecond(new ObjectMapper().readTree(payload).path("iat").asLong());
        assertThat(issuedAt).isAfter(changed).isBeforeOrEqualTo(Instant.now());
        assertThat(issued.expiresAt()).isEqualTo(issuedAt.plus(Duration.ofHours(8)));
    }

    @Test
    void aWrongPasswordIsNotAuthenticatedAndTheAnswerSaysWhoMustChangeTheirPassword() {
        Refusal wrong = catchThrowableOfType(Refusal.class, () -> tokens.issue("new-admin", "not-the-password"));
        assertThat(wrong.kind()).isEqualTo(Refusal.Kind.NOT_AUTHENTICATED);
        assertThat(wrong.code()).isEqualTo("BAD_CREDENTIALS");
        assertThat(tokens.issue("new-admin", "handed-over-1").user().mustChangePassword()).isTrue();
    }

    @Test
    void aPersonWithoutAPasswordOfOursNeverSignsInHereNotEvenWithTheDummyHashesPassword() {
        // the hash checked for nobody, so that an unknown name costs as much time, is the demo password's
        for (String guess : new String[]{"jixiao-demo", "", "anything-else"}) {
            assertThat(catchThrowableOfType(Refusal.class, () -> tokens.issue("sso-only", guess)).code())
                    .isEqualTo("BAD_CREDENTIALS");
            assertThat(catchThrowableOfType(Refusal.class, () -> tokens.issue("nobody", guess)).code())
                    .isEqualTo("BAD_CREDENTIALS");
        }
    }
}
