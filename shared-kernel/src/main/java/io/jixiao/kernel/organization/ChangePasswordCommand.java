package io.jixiao.kernel.organization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A person sets their own new password, already hashed, after proving the current one. */
public record ChangePasswordCommand(@TargetAggregateIdentifier String organizationId, String personId,
                                    String passwordHash, Actor actor, String reason) {

    /** Addressed to the installation's one organization. */
    public ChangePasswordCommand(String personId, String passwordHash, Actor actor, String reason) {
        this(OrganizationEvent.STREAM_ID, personId, passwordHash, actor, reason);
    }

    /** The hash stays out of logs. */
    @Override
    public String toString() {
        return "ChangePasswordCommand[" + "organizationId=" + organizationId
                + ", personId=" + personId
                + ", passwordHash=" + (passwordHash == null ? null : "[hidden]")
                + ", actor=" + actor
                + ", reason=" + reason + "]";
    }
}
