package io.jixiao.kernel.organization;

import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * A person joined a unit with these roles. The password is kept only as a bcrypt hash; {@code mustChangePassword}
 * says the person must choose their own at the next sign-in (absent from events stored before it existed: false).
 */
@Revision("1")
public record PersonAddedEvent(String personId, String name, String unitId, Set<Role> roles, String passwordHash,
                               boolean mustChangePassword, Actor actor, String reason)
        implements OrganizationEvent {

    /** A person who may keep the password given (the organization file's people, events of earlier versions). */
    public PersonAddedEvent(String personId, String name, String unitId, Set<Role> roles, String passwordHash,
                            Actor actor, String reason) {
        this(personId, name, unitId, roles, passwordHash, false, actor, reason);
    }

    /** The hash stays out of logs. */
    @Override
    public String toString() {
        return "PersonAddedEvent[" + "personId=" + personId
                + ", name=" + name
                + ", unitId=" + unitId
                + ", roles=" + roles
                + ", passwordHash=" + (passwordHash == null ? null : "[hidden]")
                + ", mustChangePassword=" + mustChangePassword
                + ", actor=" + actor
                + ", reason=" + reason + "]";
    }
}
