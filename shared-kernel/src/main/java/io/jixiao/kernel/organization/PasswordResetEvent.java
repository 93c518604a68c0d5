package io.jixiao.kernel.organization;

import org.axonframework.serialization.Revision;

/** A person was given a new password (kept only as a bcrypt hash). */
@Revision("1")
public record PasswordResetEvent(String personId, String passwordHash, Actor actor, String reason)
        implements OrganizationEvent {

    /** The hash stays out of logs. */
    @Override
    public String toString() {
        return "PasswordResetEvent[" + "personId=" + personId
                + ", passwordHash=" + (passwordHash == null ? null : "[hidden]")
                + ", actor=" + actor
                + ", reason=" + reason + "]";
    }
}
