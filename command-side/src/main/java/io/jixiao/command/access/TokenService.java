package io.jixiao.command.access;

import io.jixiao.platform.security.LocalTokens;
import io.jixiao.platform.security.PasswordChangeFirst;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;
import io.jixiao.kernel.organization.Person;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Checks a person's password and issues a signed, expiring bearer token that names them and their unit, with an
 * issue time and an id: the issue time is what the person's "tokens not before" is checked against, the id what
 * signing out revokes.
 */
public class TokenService {
    /** Hash checked when the user does not exist, so a wrong user name costs as much time as a wrong password. */
    private static final String DUMMY_HASH = "{bcrypt}$2a$10$W1sYkl45rw4E1sHHiqX/uO7ZnKDhsRWyiyCPJEkuGd788D1DMzfyG";

    private final OrganizationDirectory directory;
    private final PasswordEncoder passwords;
    private final JwtEncoder encoder;
    private final Duration lifetime;
    private final Clock clock;

    public TokenService(OrganizationDirectory directory, PasswordEncoder passwords, JwtEncoder encoder,
                        Duration lifetime, Clock clock) {
        this.directory = directory;
        this.passwords = passwords;
        this.encoder = encoder;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public IssuedToken issue(String username, String password) {
        Person person = directory.current().person(username).filter(Person::active).orElse(null);
        if (!proves(person, password)) {
            // 401: the caller has not shown who they are (403 would say they had, and may not)
            throw new Refusal(Kind.NOT_AUTHENTICATED, "BAD_CREDENTIALS", "Unknown user name or wrong password.",
                    "用户名或密码错误。");
        }
        return issueFor(person);
    }

    /** A token for a person already proven (their password just checked, or just changed by them). */
    public IssuedToken issueFor(Person person) {
        Instant issuedAt = issueTimeAfterTokensNotBefore(person);
        Instant expiresAt = issuedAt.plus(lifetime);
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(LocalTokens.ISSUER)
                .subject(person.id())
                .id(UUID.randomUUID().toString())
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .claim("name", person.name())
                .claim("unitId", person.unitId())
                .claim("roles", person.roles().stream().map(Enum::name).sorted().toList())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new IssuedToken(token, expiresAt, new IssuedToken.User(person.id(), person.name(), person.unitId(),
                person.roles().stream().map(Enum::name).sorted().toList(), person.mustChangePassword()));
    }

    /**
     * Now, in the whole seconds a token carries; if that is not after the person's "tokens not before" (a password
     * changed or an account reactivated this very second), the start of the next second, waited for: a token is
     * valid only if issued after that instant, and one issued in the same second could not be told from one issued
     * just before it.
     */
    private Instant issueTimeAfterTokensNotBefore(Person person) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant notBefore = directory.tokensNotBefore(person.id()).orElse(null);
        if (notBefore == null || now.isAfter(notBefore)) {
            return now;
        }
        Instant nextSecond = notBefore.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Duration wait = Duration.between(clock.instant(), nextSecond);
        if (!wait.isNegative()) {
            try {
                Thread.sleep(wait.toMillis() + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting to issue a token", e);
            }
        }
        return nextSecond;
    }

    /**
     * Whether {@code password} is the active person's current one. Blocking (bcrypt); as slow for nobody as for
     * somebody, so a wrong user name is not told apart by time.
     */
    public boolean proves(Person person, String password) {
        String hash = person == null || !person.active() ? null : directory.passwordHash(person.id()).orElse(null);
        boolean matches = passwords.matches(password == null ? "" : password, hash == null ? DUMMY_HASH : hash);
        // a person without a password of ours (added for an external provider) never matches the dummy
        return hash != null && matches;
    }

    /**
     * A signed-in person's token. {@code mustChangePassword}: it serves only to change the password
     * ({@link PasswordChangeFirst}); the sign-in page goes there first.
     */
    public record IssuedToken(String token, Instant expiresAt, User user) {
        public record User(String id, String name, String unitId, List<String> roles, boolean mustChangePassword) {
        }
    }
}
