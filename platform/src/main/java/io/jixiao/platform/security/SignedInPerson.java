package io.jixiao.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/** The person id of the request's bearer token once it was accepted; empty for a request without one. */
final class SignedInPerson {
    private SignedInPerson() {
    }

    static Mono<String> id() {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication())
                .filter(Authentication::isAuthenticated)
                .map(Authentication::getPrincipal)
                .filter(Jwt.class::isInstance)
                .map(principal -> ((Jwt) principal).getSubject());
    }
}
