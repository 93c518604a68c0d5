package io.jixiao.platform.security;

import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.kernel.organization.Person;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.util.List;

/**
 * Turns a valid bearer token into the person as the organization knows them now: the token names a person by
 * {@code personClaim} ({@code sub} in our own tokens, {@code preferred_username} or what is configured in an
 * external provider's); a token naming nobody, or a person who is no longer active, is refused (401). The claims
 * every reader sees (both sides read the token's claims, and take {@code sub} as the person's id) are rewritten
 * to the organization's {@code sub}, name, unit and roles, so a revoked role stops counting on the next request,
 * not when the token expires.
 * <p>
 * A token whose sign-in is over is refused too ({@link EndedSignIn}): one issued before the person's "tokens not
 * before" (their latest deactivation, reactivation, password change or reset, as the organization's events say on
 * every instance), and one signed out ({@link RevokedTokens}).
 */
public class CurrentPersonAuthentication implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {
    private final OrganizationDirectory directory;
    private final String personClaim;
    private final RevokedTokens revokedTokens;

    public CurrentPersonAuthentication(OrganizationDirectory directory, String personClaim,
                                       RevokedTokens revokedTokens) {
        this.directory = directory;
        this.personClaim = personClaim;
        this.revokedTokens = revokedTokens;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt token) {
        String personId = token.getClaimAsString(personClaim);
        Person person = personId == null ? null
                : directory.current().person(personId).filter(Person::active).orElse(null);
        if (person == null) {
            return Mono.error(new InvalidBearerTokenException("The person of this token is not an active user"));
        }
        if (issuedBeforeNotBefore(token, person)) {
            return Mono.error(EndedSignIn.superseded());
        }
        String tokenId = RevokedTokens.idOf(token);
        // a blocking read of MongoDB: off the event loop
        return Mono.fromCallable(() -> revokedTokens.isRevoked(tokenId))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(revoked -> revoked ? Mono.error(EndedSignIn.signedOut()) : Mono.just(current(token, person)));
    }

    /**
     * Whether the token was issued no later than the person's "tokens not before". {@code iat} counts whole seconds,
     * so a token of the very second of the change is refused as well: the sign-in that issues one after a change
     * waits for the next second ({@code TokenService}). A token without an issue time cannot be placed: refused.
     */
    private boolean issuedBeforeNotBefore(Jwt token, Person person) {
        Instant notBefore = directory.tokensNotBefore(person.id()).orElse(null);
        if (notBefore == null) {
            return false;
        }
        Instant issuedAt = token.getIssuedAt();
        return issuedAt == null || !issuedAt.isAfter(notBefore);
    }

    private AbstractAuthenticationToken current(Jwt token, Person person) {
        // Roles come from our organization only, never from the token (an external provider may send its own
        // "roles" or realm roles): who approved a form, in which role, is on our audit trail, so only a change
        // recorded in our organization may grant or revoke a role, not an administrator of the provider.
        List<String> roles = person.roles().stream().map(Enum::name).sorted().toList();
        Jwt current = Jwt.withTokenValue(token.getTokenValue())
                .headers(headers -> headers.putAll(token.getHeaders()))
                .claims(claims -> {
                    claims.putAll(token.getClaims());
                    claims.put(JwtClaimNames.SUB, person.id());
                    claims.put("name", person.name());
                    claims.put("unitId", person.unitId());
                    claims.put("roles", roles);
                })
                .build();
        return new JwtAuthenticationToken(current,
                roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(), person.id());
    }
}
