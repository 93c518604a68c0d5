package io.jixiao.command.access;

import io.jixiao.command.organization.OrganizationDirectory;
import io.jixiao.kernel.organization.Person;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Turns a valid bearer token into the person as the organization knows them now: a token of a person who is
 * no longer active is refused (401), and the name, unit and roles every reader sees (both sides read the token's
 * claims) are the organization's, so a revoked role stops counting on the next request, not when the token
 * expires.
 */
public class CurrentPersonAuthentication implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {
    private final OrganizationDirectory directory;

    public CurrentPersonAuthentication(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt token) {
        Person person = directory.current().person(token.getSubject()).filter(Person::active).orElse(null);
        if (person == null) {
            return Mono.error(new InvalidBearerTokenException("The person of this token is not an active user"));
        }
        List<String> roles = person.roles().stream().map(Enum::name).sorted().toList();
        Jwt current = Jwt.withTokenValue(token.getTokenValue())
                .headers(headers -> headers.putAll(token.getHeaders()))
                .claims(claims -> {
                    claims.putAll(token.getClaims());
                    claims.put("name", person.name());
                    claims.put("unitId", person.unitId());
                    claims.put("roles", roles);
                })
                .build();
        return Mono.just(new JwtAuthenticationToken(current,
                roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(), person.id()));
    }
}
