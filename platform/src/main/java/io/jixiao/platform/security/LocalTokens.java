package io.jixiao.platform.security;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtValidators;

import java.util.List;

/**
 * What a token this installation signs must carry to be accepted: our issuer, an expiry (Spring checks {@code exp}
 * only when present, so a token without one would be valid forever), an issue time (checked against the person's
 * "tokens not before", {@link CurrentPersonAuthentication}) and an id (what signing out revokes). A token signed
 * with our key but lacking any of them was not made by our sign-in.
 */
public final class LocalTokens {
    /** The {@code iss} of every token this installation signs. */
    public static final String ISSUER = "jixiao";

    private LocalTokens() {
    }

    static OAuth2TokenValidator<Jwt> validator() {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                JwtValidators.createDefaultWithIssuer(ISSUER),
                TokenClaims.required(JwtClaimNames.EXP),
                TokenClaims.required(JwtClaimNames.IAT),
                TokenClaims.required(JwtClaimNames.JTI)));
    }
}
