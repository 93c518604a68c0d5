package io.jixiao.query.access;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/** The caller of the current request, from the reactive security context the resource server fills. */
public final class Callers {
    private Callers() {
    }

    public static Mono<Caller> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .map(Authentication::getPrincipal)
                .filter(Jwt.class::isInstance)
                .map(principal -> Caller.of((Jwt) principal))
                // Spring Security answers this with 401; the resource server normally stops such a call earlier.
                .switchIfEmpty(Mono.error(() -> new AuthenticationCredentialsNotFoundException("No bearer token")));
    }
}
