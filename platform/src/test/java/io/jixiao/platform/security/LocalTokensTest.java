package io.jixiao.platform.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.test.StepVerifier;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.UnaryOperator;

/**
 * Issue 11 item 7: a token signed with the installation's key is accepted only with every claim our sign-in writes:
 * our issuer, an expiry, an issue time and an id. Each missing or wrong one alone is refused.
 */
class LocalTokensTest {
    private static final SecretKey KEY = new SecretKeySpec("local-tokens-test-key-of-32-bytes!!".getBytes(),
            "HmacSHA256");
    private final ReactiveJwtDecoder decoder = new LocalIssuerConfiguration().jwtDecoder(
            TokenKey.resolve(Base64.getEncoder().encodeToString(KEY.getEncoded()), Path.of("unused")));

    private static String signed(UnaryOperator<JwtClaimsSet.Builder> claims) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder complete = JwtClaimsSet.builder().issuer(LocalTokens.ISSUER).subject("at-center-filler")
                .id("a-token-id").issuedAt(now).expiresAt(now.plus(Duration.ofHours(1)));
        return new NimbusJwtEncoder(new ImmutableSecret<>(KEY)).encode(JwtEncoderParameters.from(
                JwsHeader.with(MacAlgorithm.HS256).build(), claims.apply(complete).build())).getTokenValue();
    }

    @Test
    void aTokenAsOurSignInWritesItIsAccepted() {
        StepVerifier.create(decoder.decode(signed(claims -> claims))).expectNextCount(1).verifyComplete();
    }

    @Test
    void withoutAnExpiryItIsRefused() {
        refused(signed(claims -> claims.claims(all -> all.remove("exp"))));
    }

    @Test
    void fromAnotherIssuerItIsRefused() {
        refused(signed(claims -> claims.issuer("https://elsewhere.example")));
    }

    @Test
    void withoutAnIssuerItIsRefused() {
        refused(signed(claims -> claims.claims(all -> all.remove("iss"))));
    }

    @Test
    void withoutAnIssueTimeItIsRefused() {
        refused(signed(claims -> claims.claims(all -> all.remove("iat"))));
    }

    @Test
    void withoutAnIdItIsRefused() {
        refused(signed(claims -> claims.claims(all -> all.remove("jti"))));
    }

    private void refused(String token) {
        StepVerifier.create(decoder.decode(token)).expectError(BadJwtException.class).verify();
    }
}
