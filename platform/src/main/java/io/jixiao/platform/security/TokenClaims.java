package io.jixiao.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** How every decoder, ours and a provider's, reads the claims of a token before they are validated. */
final class TokenClaims {
    private TokenClaims() {
    }

    /**
     * Spring's claim conversion, except that a token signed without {@code iat} keeps none: Spring makes one up
     * ({@code exp} minus one second), which would be later than any "tokens not before" and let the token pass it.
     */
    static Converter<Map<String, Object>, Map<String, Object>> asSigned() {
        MappedJwtClaimSetConverter spring = MappedJwtClaimSetConverter.withDefaults(Map.of());
        return signed -> {
            Map<String, Object> converted = new HashMap<>(spring.convert(signed));
            if (signed.get(JwtClaimNames.IAT) == null) {
                converted.remove(JwtClaimNames.IAT);
            }
            return converted;
        };
    }

    static OAuth2TokenValidator<Jwt> required(String claim) {
        return new JwtClaimValidator<Object>(claim, Objects::nonNull);
    }
}
