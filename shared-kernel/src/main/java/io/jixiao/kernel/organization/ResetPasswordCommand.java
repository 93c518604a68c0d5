package io.jixiao.kernel.organization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a person a new password, already hashed. */
public record ResetPasswordCommand(@TargetAggregateIdentifier String organizationId, String personId, String passwordHash, Actor actor,
        String reason) {

    /** Addressed to the installation's one organization. */
    public ResetPasswordCommand(String personId, String passwordHash, Actor actor, String reason) {
        this(OrganizationEvent.STREAM_ID, personId, passwordHash, actor, reason);
    }

    /** The hash stays out of logs. */
    @Override
    public String toString() {
        return "ResetPasswordCommand[" + "organizationId=" + organizationId
                + ", personId=" + personId
                + ", passwordHash=" + (passwordHash == null ? null : "[hidden]")
                + ", actor=" + actor
                + ", reason=" + reason + "]";
    }
}
