package io.jixiao.command.access;

import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Person;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The person behind a request, with the unit and roles the organization gives them now (not those written in
 * the token), so a deactivated person or a revoked role stops counting at once.
 */
@Component
public class CurrentActor {
    private final OrganizationDirectory directory;

    public CurrentActor(OrganizationDirectory directory) {
        this.directory = directory;
    }

    public Mono<Actor> get() {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication().getPrincipal())
                .filter(Jwt.class::isInstance)
                .map(principal -> of((Jwt) principal))
                .switchIfEmpty(Mono.error(() -> new Refusal(Kind.NOT_AUTHENTICATED, "NOT_AUTHENTICATED",
                        "Sign in first.", "请先登录。")));
    }

    Actor of(Jwt jwt) {
        Person person = directory.current().person(jwt.getSubject()).filter(Person::active)
                .orElseThrow(() -> new Refusal(Kind.FORBIDDEN, "PERSON_INACTIVE",
                        "Your account is no longer active.", "您的账号已停用。"));
        return Actor.of(person);
    }
}
