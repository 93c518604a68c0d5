package io.jixiao.platform.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.jixiao.platform.organization.OrganizationDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import javax.crypto.SecretKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The embedded default: this installation checks passwords and signs its own HS256 tokens. Absent when an
 * external issuer is configured, so no signing key is created and nothing here can issue a token.
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
    JwtEncoder jwtEncoder(SecretKey tokenSigningKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(tokenSigningKey));
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecretKey tokenSigningKey) {
        return NimbusReactiveJwtDecoder.withSecretKey(tokenSigningKey).macAlgorithm(MacAlgorithm.HS256).build();
    }

    @Bean
    TokenService tokenService(OrganizationDirectory directory, PasswordEncoder passwordEncoder, JwtEncoder jwtEncoder,
                              @Value("${jixiao.security.token-lifetime:PT8H}") Duration lifetime) {
        return new TokenService(directory, passwordEncoder, jwtEncoder, lifetime, Clock.systemUTC());
    }
}
