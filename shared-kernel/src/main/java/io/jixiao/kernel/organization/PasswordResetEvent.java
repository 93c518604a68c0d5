package io.jixiao.kernel.organization;

import org.axonframework.serialization.Revision;

/**
 * Someone else gave a person a new password (kept only as a bcrypt hash). {@code mustChangePassword}: the person
 * must choose their own at the next sign-in (absent from events stored before it existed: false, as it was then).
 */
@Revision("1")
public record PasswordResetEvent(String personId, String passwordHash, boolean mustChangePassword, Actor actor,
                                 String reason)
        implements OrganizationEvent {

    /** A reset as recorded before the flag existed: the person keeps the password given. */
    public PasswordResetEvent(String personId, String passwordHash, Actor actor, String reason) {
        this(personId, passwordHash, false, actor, reason);
    }

    /** The hash stays out of logs. */
    @Override
    public String toString() {
        return "PasswordResetEvent[" + "personId=" + personId
                + ", passwordHash=" + (passwordHash == null ? null : "[hidden]")
                + ", mustChangePassword=" + mustChangePassword
                + ", actor=" + actor
                + ", reason=" + reason + "]";
    }
}
