package io.jixiao.kernel.organization;

import org.axonframework.serialization.Revision;

/** A person chose a new password of their own, proving the current one (kept only as a bcrypt hash). */
@Revision("1")
public record PasswordChangedEvent(String personId, String passwordHash, Actor actor, String reason)
        implements OrganizationEvent {

    /** The hash stays out of logs. */
    @Override
    public String toString() {
        return "PasswordChangedEvent[" + "personId=" + personId
                + ", passwordHash=" + (passwordHash == null ? null : "[hidden]")
                + ", actor=" + actor
                + ", reason=" + reason + "]";
    }
}
