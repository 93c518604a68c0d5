package io.jixiao.kernel.organization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Grants a role to a person. */
public record GrantRoleCommand(@TargetAggregateIdentifier String organizationId, String personId, Role role, Actor actor,
        String reason) {

    /** Addressed to the installation's one organization. */
    public GrantRoleCommand(String personId, Role role, Actor actor, String reason) {
        this(OrganizationEvent.STREAM_ID, personId, role, actor, reason);
    }
}
