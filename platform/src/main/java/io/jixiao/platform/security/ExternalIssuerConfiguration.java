package io.jixiao.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierReactiveJwtDecoder;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Tokens of an external OpenID Connect provider: signatures checked against its published keys (any asymmetric
 * algorithm Spring knows, never a shared secret, so neither our own HS256 tokens nor a token "signed" with the
 * provider's public key as an HMAC secret pass), expiry and issue time always required, its issuer checked when
 * {@code issuer-uri} is given, and our audience when {@code jixiao.security.oidc.audience} is set.
 */
@Configuration
@Conditional(ExternalIssuer.Configured.class)
class ExternalIssuerConfiguration {

    @Bean
    ExternalIssuer externalIssuer(Environment environment) {
        return ExternalIssuer.configuredIn(environment).orElseThrow();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(ExternalIssuer issuer) {
        OAuth2TokenValidator<Jwt> validator = validator(issuer);
        ReactiveJwtDecoder decoder;
        if (issuer.jwkSetUri() != null) {
            NimbusReactiveJwtDecoder keys = NimbusReactiveJwtDecoder.withJwkSetUri(issuer.jwkSetUri())
                    .jwsAlgorithms(algorithms -> algorithms.addAll(EnumSet.allOf(SignatureAlgorithm.class)))
                    .build();
            keys.setClaimSetConverter(TokenClaims.asSigned());
            keys.setJwtValidator(validator);
            decoder = keys;
        } else {
            // Discovery asks the provider, so it waits for the first token (as Spring Boot's own default does):
            // the application starts while the provider is down, and a failed discovery is retried next time.
            decoder = new SupplierReactiveJwtDecoder(() -> {
                NimbusReactiveJwtDecoder discovered = ReactiveJwtDecoders.fromIssuerLocation(issuer.issuerUri());
                discovered.setClaimSetConverter(TokenClaims.asSigned());
                discovered.setJwtValidator(validator);
                return discovered;
            });
        }
        return token -> decoder.decode(token).onErrorMap(JwtDecoderInitializationException.class,
                // a JwtException that is not a BadJwtException becomes an AuthenticationServiceException, which
                // the security chain answers with 503 (the provider is unreachable), not 401 (the token is bad)
                unreachable -> new JwtException("The token issuer cannot be reached", unreachable));
    }

    static OAuth2TokenValidator<Jwt> validator(ExternalIssuer issuer) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(issuer.issuerUri() != null
                ? JwtValidators.createDefaultWithIssuer(issuer.issuerUri())
                : JwtValidators.createDefault());
        // Spring checks exp only when present; a token without one would be valid forever
        validators.add(TokenClaims.required(JwtClaimNames.EXP));
        // the person's "tokens not before" is checked against it (CurrentPersonAuthentication)
        validators.add(TokenClaims.required(JwtClaimNames.IAT));
        if (issuer.audience() != null) {
            validators.add(new JwtAudienceValidator(issuer.audience()));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }
}
