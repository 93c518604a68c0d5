package io.jixiao.kernel.organization;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** A person joined a unit with these roles. The password is kept only as a bcrypt hash. */
@Revision("1")
public record PersonAddedEvent(String personId, String name, String unitId, Set<Role> roles, String passwordHash, Actor actor, String reason)
        implements OrganizationEvent {

    /** The hash stays out of logs. */
    @Override
    public String toString() {
        return "PersonAddedEvent[" + "personId=" + personId
                + ", name=" + name
                + ", unitId=" + unitId
                + ", roles=" + roles
                + ", passwordHash=" + (passwordHash == null ? null : "[hidden]")
                + ", actor=" + actor
                + ", reason=" + reason + "]";
    }
}
