package io.jixiao.platform.security;

import com.mongodb.client.MongoDatabase;
import io.jixiao.platform.eventstore.EventStoreConfiguration;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.platform.web.ErrorBodies;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Bearer tokens everywhere but the login and the health probe. Tokens are HS256-signed by this installation
 * ({@link LocalIssuerConfiguration}) unless Spring's resource-server properties name an external OpenID Connect
 * issuer ({@link ExternalIssuerConfiguration}). Either way, {@link CurrentPersonAuthentication} turns a valid token
 * into the person as our organization knows them. The same chain guards both sides: the command side adds the
 * sign-in endpoint that issues local tokens, the only path open without one.
 */
@Configuration
@EnableWebFluxSecurity
public class SecurityConfiguration {

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

    /**
     * Signed-out tokens, in MongoDB so that every instance and both sides refuse them; expired entries are dropped by
     * a TTL index on a real MongoDB, by the next sign-out on the embedded server (which has no TTL indexes).
     */
    @Bean
    RevokedTokens revokedTokens(MongoDatabase database, Environment environment) {
        String uri = environment.getProperty(EventStoreConfiguration.MONGODB_URI);
        return new MongoRevokedTokens(database, uri != null && !uri.isBlank(), Clock.systemUTC());
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, CorsConfigurationSource cors,
                                                  OrganizationDirectory directory, RevokedTokens revokedTokens,
                                                  ObjectProvider<ExternalIssuer> externalIssuer,
                                                  @Value("${jixiao.limits.requests-per-minute:600}") int perMinute) {
        // our own tokens name the person in sub; a provider's sub is its own opaque id, so another claim does
        String personClaim = Optional.ofNullable(externalIssuer.getIfAvailable()).map(ExternalIssuer::personClaim)
                .orElse(JwtClaimNames.SUB);
        if (externalIssuer.getIfAvailable() == null) {
            http.addFilterAfter(new PasswordChangeFirst(directory), SecurityWebFiltersOrder.AUTHENTICATION);
        }
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
                        .pathMatchers("/actuator/**").hasAnyRole(OperationsRoles.roleNames())
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(
                                new CurrentPersonAuthentication(directory, personClaim, revokedTokens)))
                        .authenticationEntryPoint(SecurityConfiguration::unauthenticated)
                        .authenticationFailureHandler((filterExchange, cause) ->
                                cause instanceof AuthenticationServiceException
                                        ? issuerUnavailable(filterExchange.getExchange())
                                        : unauthenticated(filterExchange.getExchange(), cause))
                        .accessDeniedHandler((exchange, e) -> ErrorBodies.write(exchange, HttpStatus.FORBIDDEN,
                                "FORBIDDEN", "You may not do this.", "您无权执行此操作。")))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(SecurityConfiguration::unauthenticated))
                .build();
    }

    /** The token could not be checked at all (the external issuer's keys are out of reach): not the caller's fault. */
    private static Mono<Void> issuerUnavailable(ServerWebExchange exchange) {
        return ErrorBodies.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "ISSUER_UNAVAILABLE",
                "The sign-in provider cannot be reached to check your token: try again shortly.",
                "暂时无法连接登录服务以核验您的凭证，请稍后重试。");
    }

    private static Mono<Void> unauthenticated(ServerWebExchange exchange, AuthenticationException cause) {
        if (cause instanceof EndedSignIn ended) {
            return ErrorBodies.write(exchange, HttpStatus.UNAUTHORIZED, ended.code(), ended.getMessage(),
                    ended.messageZh());
        }
        return ErrorBodies.write(exchange, HttpStatus.UNAUTHORIZED, "NOT_AUTHENTICATED",
                "A valid bearer token is required: sign in again.", "需要有效的登录凭证，请重新登录。");
    }
}
