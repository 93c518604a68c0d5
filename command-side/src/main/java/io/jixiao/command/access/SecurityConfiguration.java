package io.jixiao.command.access;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.jixiao.command.organization.OrganizationDirectory;
import io.jixiao.command.web.ErrorBodies;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

import org.springframework.security.core.AuthenticationException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import javax.crypto.SecretKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Bearer tokens everywhere but the login and the health probe. Tokens are HS256-signed by this installation;
 * an external OpenID Connect issuer can replace it through Spring's resource-server properties. Passwords are
 * kept as bcrypt hashes ({@code {bcrypt}...} through the delegating encoder).
 */
@Configuration
@EnableWebFluxSecurity
public class SecurityConfiguration {

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
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    TokenService tokenService(OrganizationDirectory directory, PasswordEncoder passwordEncoder, JwtEncoder jwtEncoder,
                              @Value("${jixiao.security.token-lifetime:PT8H}") Duration lifetime) {
        return new TokenService(directory, passwordEncoder, jwtEncoder, lifetime, Clock.systemUTC());
    }

    @Bean
    LoginAttempts loginAttempts(@Value("${jixiao.limits.login-failures-per-user:5}") int perUser,
                                @Value("${jixiao.limits.login-failures-per-address:20}") int perAddress,
                                @Value("${jixiao.limits.login-window:PT5M}") Duration window) {
        return new LoginAttempts(perUser, perAddress, window, Clock.systemUTC());
    }

    /** Closed unless origins are named: a browser page from elsewhere gets no Access-Control-Allow-Origin. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(
            @Value("${jixiao.cors.allowed-origins:}") List<String> allowedOrigins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, CorsConfigurationSource cors,
                                                  OrganizationDirectory directory,
                                                  @Value("${jixiao.limits.requests-per-minute:600}") int perMinute) {
        return http
                .cors(spec -> spec.configurationSource(cors))
                // Spring's defaults (nosniff, X-Frame-Options DENY, no-cache, HSTS on https only) plus two more
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .addFilterAfter(new UserRateLimit(perMinute, System::nanoTime), SecurityWebFiltersOrder.AUTHENTICATION)
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.POST, "/api/auth/token").permitAll()
                        .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .pathMatchers("/api/**", "/actuator/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new CurrentPersonAuthentication(directory)))
                        .authenticationEntryPoint(SecurityConfiguration::unauthenticated)
                        .accessDeniedHandler((exchange, e) -> ErrorBodies.write(exchange, HttpStatus.FORBIDDEN,
                                "FORBIDDEN", "You may not do this.", "您无权执行此操作。")))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(SecurityConfiguration::unauthenticated))
                .build();
    }

    private static Mono<Void> unauthenticated(ServerWebExchange exchange, AuthenticationException cause) {
        return ErrorBodies.write(exchange, HttpStatus.UNAUTHORIZED, "NOT_AUTHENTICATED",
                "A valid bearer token is required: sign in again.", "需要有效的登录凭证，请重新登录。");
    }
}
