package io.jixiao.platform.security;

import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.platform.web.ErrorBodies;
import io.jixiao.kernel.organization.Person;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A person whose password someone else set (the first administrator, a person an administrator added or whose
 * password an administrator reset) may use their sign-in for one thing only: choosing their own password
 * ({@code POST /api/auth/password}). Every other authenticated request, commands and queries alike, answers 403
 * {@code PASSWORD_CHANGE_REQUIRED}. Asked of the organization on every request, so a reset takes effect on tokens
 * already issued. Only with local sign-in: with an external provider passwords are not ours.
 */
public final class PasswordChangeFirst implements WebFilter {
    public static final String CHANGE_PASSWORD = "/api/auth/password";
    /** Revokes the token presented ({@link RevokedTokens}). */
    public static final String SIGN_OUT = "/api/auth/sign-out";

    private final OrganizationDirectory directory;

    PasswordChangeFirst(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return SignedInPerson.id()
                .map(personId -> directory.current().person(personId).map(Person::mustChangePassword).orElse(false))
                .defaultIfEmpty(false)
                .flatMap(mustChange -> !mustChange || isAllowed(exchange) ? chain.filter(exchange)
                        : ErrorBodies.write(exchange, HttpStatus.FORBIDDEN, "PASSWORD_CHANGE_REQUIRED",
                        "Choose your own password first (POST " + CHANGE_PASSWORD + "): the one you signed in with"
                                + " was set by someone else.",
                        "请先修改密码：您登录所用的密码由他人设置，须改为您自己的密码后才能继续使用。"));
    }

    /** Changing the password, signing in again or out, the health probe, and the pages themselves. */
    private static boolean isAllowed(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        boolean post = exchange.getRequest().getMethod() == HttpMethod.POST;
        return post && (path.equals(CHANGE_PASSWORD) || path.equals("/api/auth/token") || path.equals(SIGN_OUT))
                || path.startsWith("/actuator/health")
                || !path.startsWith("/api/") && !path.startsWith("/actuator/");
    }
}
