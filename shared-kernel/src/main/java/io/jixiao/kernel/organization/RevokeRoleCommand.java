package io.jixiao.kernel.organization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revokes a role from a person. */
public record RevokeRoleCommand(@TargetAggregateIdentifier String organizationId, String personId, Role role, Actor actor,
        String reason) {

    /** Addressed to the installation's one organization. */
    public RevokeRoleCommand(String personId, Role role, Actor actor, String reason) {
        this(OrganizationEvent.STREAM_ID, personId, role, actor, reason);
    }
}
