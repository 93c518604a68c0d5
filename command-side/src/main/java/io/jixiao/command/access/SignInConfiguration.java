package io.jixiao.command.access;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.platform.security.ExternalIssuer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.SecretKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Signing in with a password and issuing local tokens: only the command side does it (the platform checks the
 * tokens on every side). Passwords are kept as bcrypt hashes ({@code {bcrypt}...} through the delegating encoder).
 * With an external issuer there is no signing key and no token service.
 */
@Configuration
class SignInConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginAttempts loginAttempts(@Value("${jixiao.limits.login-failures-per-user:5}") int perUser,
                                @Value("${jixiao.limits.login-failures-per-address:20}") int perAddress,
                                @Value("${jixiao.limits.login-window:PT5M}") Duration window) {
        return new LoginAttempts(perUser, perAddress, window, Clock.systemUTC());
    }

    /** Whose forwarding headers are believed for the client's address (none by default): see {@link ClientAddress}. */
    @Bean
    ClientAddress clientAddress(@Value("${jixiao.security.trusted-proxies:}") List<String> trustedProxies,
                                @Value("${jixiao.security.client-address-header:X-Forwarded-For}") String header) {
        return new ClientAddress(trustedProxies, header);
    }

    @Bean
    @Conditional(ExternalIssuer.NotConfigured.class)
    JwtEncoder jwtEncoder(SecretKey tokenSigningKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(tokenSigningKey));
    }

    @Bean
    @Conditional(ExternalIssuer.NotConfigured.class)
    TokenService tokenService(OrganizationDirectory directory, PasswordEncoder passwordEncoder, JwtEncoder jwtEncoder,
                              @Value("${jixiao.security.token-lifetime:PT8H}") Duration lifetime) {
        return new TokenService(directory, passwordEncoder, jwtEncoder, lifetime, Clock.systemUTC());
    }
}
