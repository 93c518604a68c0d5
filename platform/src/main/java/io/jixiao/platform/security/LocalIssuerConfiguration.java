package io.jixiao.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import javax.crypto.SecretKey;
import java.nio.file.Path;

/**
 * The embedded default: this installation checks passwords and signs its own HS256 tokens (the command side's
 * sign-in issues them with {@code tokenSigningKey}); every side checks them here. Absent when an external issuer is
 * configured, so no signing key is created and nothing can issue a token.
 */
@Configuration
@Conditional(ExternalIssuer.NotConfigured.class)
class LocalIssuerConfiguration {

    @Bean
    SecretKey tokenSigningKey(@Value("${jixiao.security.token-secret:}") String secret,
                              @Value("${jixiao.data-dir:./data}") Path dataDir) {
        return TokenKey.resolve(secret, dataDir);
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecretKey tokenSigningKey) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(tokenSigningKey)
                .macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setClaimSetConverter(TokenClaims.asSigned());
        decoder.setJwtValidator(LocalTokens.validator());
        return decoder;
    }
}
