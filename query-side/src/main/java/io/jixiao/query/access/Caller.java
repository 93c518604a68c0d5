package io.jixiao.query.access;

import io.jixiao.kernel.organization.Role;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The person asking, as the bearer token names them. */
public record Caller(String userId, String name, String unitId, Set<Role> roles) {
    public Caller {
        roles = Set.copyOf(roles);
    }

    /** Claims {@code sub}, {@code name}, {@code unitId} and {@code roles} (Role names; others are ignored). */
    public static Caller of(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> names = jwt.getClaimAsStringList("roles");
        if (names != null) {
            for (String name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            }
        }
        return new Caller(jwt.getSubject(), jwt.getClaimAsString("name"), jwt.getClaimAsString("unitId"), roles);
    }
}
